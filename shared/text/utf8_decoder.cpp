// Strict UTF-8 decoding of one code point (RFC 3629 table of well-formed byte sequences).
#include "text/utf8_decoder.hpp"

namespace siang::text {

std::optional<char32_t> next_code_point(std::string_view s, std::size_t& pos) {
    const std::size_t start = pos;
    const auto byte = [&s](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned lead = byte(start);
    ++pos;
    if (lead < 0x80) return static_cast<char32_t>(lead);

    std::size_t extra = 0;
    char32_t cp = 0;
    // The allowed range of the second byte rules out overlong forms, surrogates and > U+10FFFF.
    unsigned lo = 0x80;
    unsigned hi = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
        cp = lead & 0x0F;
        if (lead == 0xE0) lo = 0xA0;
        if (lead == 0xED) hi = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
        cp = lead & 0x07;
        if (lead == 0xF0) lo = 0x90;
        if (lead == 0xF4) hi = 0x8F;
    } else {
        return std::nullopt;
    }
    if (start + extra >= s.size()) return std::nullopt;
    for (std::size_t i = 1; i <= extra; ++i) {
        const unsigned b = byte(start + i);
        const unsigned min = i == 1 ? lo : 0x80;
        const unsigned max = i == 1 ? hi : 0xBF;
        if (b < min || b > max) return std::nullopt;
        cp = (cp << 6) | (b & 0x3F);
    }
    pos = start + 1 + extra;
    return cp;
}

std::size_t prev_code_point_start(std::string_view s, std::size_t pos) {
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
        --start;
    }
    return start;
}

DecodedText decode_with_offsets(std::string_view s) {
    DecodedText out;
    out.cps.reserve(s.size());
    out.offsets.reserve(s.size() + 1);
    std::size_t pos = 0;
    while (pos < s.size()) {
        out.offsets.push_back(pos);
        out.cps.push_back(next_code_point(s, pos).value_or(kReplacementChar));
    }
    out.offsets.push_back(s.size());
    return out;
}

}  // namespace siang::text
