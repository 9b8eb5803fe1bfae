// Reading digits that a person may type in ASCII or in Thai (๐–๙, U+0E50–U+0E59).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace siang::domain {

// The value of the ASCII or Thai digit starting at s[pos], advancing pos past it; nullopt (pos
// unchanged) when no digit starts there.
std::optional<std::uint8_t> read_digit(std::string_view s, std::size_t& pos);

// `s` with every Thai digit replaced by its ASCII digit; everything else is kept as it is.
std::string thai_digits_to_ascii(std::string_view s);

// `s` with every ASCII digit replaced by its Thai digit, for screens configured to show them.
std::string ascii_digits_to_thai(std::string_view s);

}  // namespace siang::domain
