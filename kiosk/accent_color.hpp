// The configured accent colour ("#RRGGBB") as a theme colour.
#pragma once

#include <optional>
#include <string_view>

#include "ui/contrast.hpp"

namespace siang::kiosk {

// "#1F6FB2" → {0x1F, 0x6F, 0xB2}; nullopt for anything else.
std::optional<ui::Rgb> parse_accent(std::string_view hex);

}  // namespace siang::kiosk
