// The font atlas: TLWG Thai fonts found through fontconfig, rasterised by FreeType, with the
// Material Icons merged in, one ImFont per text role (sizes from fonts/font_roles.hpp).
#pragma once

#include <imgui.h>

#include <array>
#include <cstddef>
#include <string>

#include "core/error.hpp"
#include "ui/panel_sizing.hpp"

namespace siang::ui {

// What a piece of text is, which decides its family and size.
enum class FontRole : std::size_t {
    title,     // the screen's big title
    heading,   // card titles, section headings
    body,      // running text, form answers (≥ 5 mm on the kiosk, SPEC §4.10)
    small,     // secondary lines, table cells in the office
    keypad,    // on-screen keyboard and keypad keys
    icon,      // large stand-alone icons (Material Icons only)
    document,  // printed-document look (Laksaman, the metric twin of TH Sarabun)
    mark_key,  // a Thai mark over its carrier on a keyboard key, as large as the key holds
    count_
};

// Kiosk sizes are for touch at arm's length; office sizes for a desk monitor.
enum class FontProfile { kiosk, office };

// The fonts of one atlas build. Pointers belong to the atlas and die with its next build.
struct FontSet {
    std::array<ImFont*, static_cast<std::size_t>(FontRole::count_)> fonts{};
    ImFont* operator[](FontRole r) const { return fonts[static_cast<std::size_t>(r)]; }
};

// Clears `atlas` and builds every role for `profile` at `panel`'s size (text_scale included).
// Each font's FontSize becomes its full line height, with glyphs moved down so that Thai marks
// stacked above the tallest consonant stay inside the line box. Fails with not_found and a
// message for people (naming the Debian package and tools/setup) when a font is missing.
Result<FontSet> build_fonts(ImFontAtlas& atlas, FontProfile profile, const PanelSizing& panel);

// Message for a build_fonts failure, in English: i18n::report_error of it as a missing font.
std::string font_error_message(const Error& e);

}  // namespace siang::ui
