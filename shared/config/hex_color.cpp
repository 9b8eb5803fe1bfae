// Parsing "#RRGGBB".
#include "config/hex_color.hpp"

namespace siang::config {
namespace {

std::optional<std::uint8_t> hex_digit(char c) {
    if (c >= '0' && c <= '9') return static_cast<std::uint8_t>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<std::uint8_t>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<std::uint8_t>(c - 'A' + 10);
    return std::nullopt;
}

}  // namespace

std::optional<HexColor> parse_hex_color(std::string_view s) {
    if (s.size() != 7 || s[0] != '#') return std::nullopt;
    std::uint8_t c[3]{};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto hi = hex_digit(s[1 + 2 * i]);
        const auto lo = hex_digit(s[2 + 2 * i]);
        if (!hi || !lo) return std::nullopt;
        c[i] = static_cast<std::uint8_t>(*hi * 16 + *lo);
    }
    return HexColor{c[0], c[1], c[2]};
}

}  // namespace siang::config
