// Parsing "#RRGGBB".
#include "kiosk/accent_color.hpp"

#include <charconv>
#include <cstdint>

namespace siang::kiosk {

std::optional<ui::Rgb> parse_accent(std::string_view hex) {
    if (hex.size() != 7 || hex[0] != '#') return std::nullopt;
    std::uint8_t c[3]{};
    for (int i = 0; i < 3; ++i) {
        const char* b = hex.data() + 1 + 2 * i;
        const auto [end, ec] = std::from_chars(b, b + 2, c[i], 16);
        if (ec != std::errc() || end != b + 2) return std::nullopt;
    }
    return ui::Rgb{c[0], c[1], c[2]};
}

}  // namespace siang::kiosk
