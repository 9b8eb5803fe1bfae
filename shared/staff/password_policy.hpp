// The rules a new staff password must meet (length, not the username, not a common password):
// one place for the CLI, the console and `siang init`.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace siang::staff {

// Shortest password accepted, in Unicode code points (a Thai vowel or tone mark counts).
inline constexpr std::size_t min_password_code_points = 10;

// Checks a password about to be set for `username`. Applies only when a password is set:
// existing accounts log in with whatever they had. Errors: weak_password with the first rule
// broken as detail: "too_short", "username" (is or contains it, any case), "common" (in the
// shipped list, also with digits or symbols added or letters swapped for look-alike symbols;
// digits only; one short group repeated); invalid_utf8.
Result<void> check_new_password(std::string_view password, std::string_view username);

// The shipped list (shared/staff/common_passwords.txt), lower case, without comments.
const std::vector<std::string_view>& common_passwords();

}  // namespace siang::staff
