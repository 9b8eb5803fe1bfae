// Decoding one UTF-8 code point at a time: the step every text function in this module builds on.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace siang::text {

// What invalid input decodes to when a caller needs a code point anyway.
inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at s[pos] and moves pos past it. On malformed input (overlong,
// surrogate, above U+10FFFF, truncated) returns nullopt and moves pos past the first byte only,
// so a caller that keeps going resynchronises on the next byte. Precondition: pos < s.size().
std::optional<char32_t> next_code_point(std::string_view s, std::size_t& pos);

// Start of the code point that ends at byte `pos` (pos > 0): steps back over continuation bytes,
// at most three, so malformed input cannot make it run away.
std::size_t prev_code_point_start(std::string_view s, std::size_t pos);

// Text as code points together with where each starts in the UTF-8 bytes.
struct DecodedText {
    std::u32string cps;
    std::vector<std::size_t> offsets;  // offsets[i] = byte offset of cps[i]; one extra = size
};

// Decodes `s` keeping byte offsets, so work done on code points can be mapped back to bytes.
// Malformed bytes decode to U+FFFD one byte each.
DecodedText decode_with_offsets(std::string_view s);

}  // namespace siang::text
