// Finding font files through fontconfig, checking the match is really the family asked for.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace siang::ui {

// Path of an installed TrueType/OpenType file of `family` (e.g. "Loma") in `style` ("Regular",
// "Bold"). Fontconfig substitutes silently; this fails with not_found (detail: the family)
// unless the file found belongs to `family`. WOFF files are skipped (FreeType may lack brotli).
Result<std::string> locate_font(std::string_view family, std::string_view style = "Regular");

}  // namespace siang::ui
