// The configured "#RRGGBB" as a theme colour, parsed by the configuration's own parser.
#include "kiosk/accent_color.hpp"

#include "config/hex_color.hpp"

namespace siang::kiosk {

std::optional<ui::Rgb> parse_accent(std::string_view hex) {
    const auto c = config::parse_hex_color(hex);
    if (!c) return std::nullopt;
    return ui::Rgb{c->r, c->g, c->b};
}

}  // namespace siang::kiosk
