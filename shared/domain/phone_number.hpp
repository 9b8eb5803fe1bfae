// Phone numbers as citizens type them: Thai or ASCII digits with spaces, dashes and a '+'.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace siang::domain {

// Shortest and longest phone numbers accepted, in digits (Thai mobile 10, landline 9, with
// country codes up to the E.164 maximum of 15).
inline constexpr std::size_t phone_min_digits = 9;
inline constexpr std::size_t phone_max_digits = 15;

// The ASCII digits of `typed` after Thai digits are converted and spaces, dashes and '+' removed.
// Errors: invalid_phone (detail: what was typed) for other characters or a digit count outside
// [phone_min_digits, phone_max_digits].
Result<std::string> normalize_phone(std::string_view typed);

}  // namespace siang::domain
