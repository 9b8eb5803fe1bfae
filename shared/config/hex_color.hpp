// "#RRGGBB" colours in siang.toml: the one parser the configuration check and the kiosk share.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace siang::config {

struct HexColor {
    std::uint8_t r = 0, g = 0, b = 0;
};

// "#1F6FB2" (either case) → {0x1F, 0x6F, 0xB2}; nullopt for anything else ("blue", "#1F6FB",
// "#1F6FB2FF", "1F6FB2", "#+F6FB2").
std::optional<HexColor> parse_hex_color(std::string_view s);

}  // namespace siang::config
