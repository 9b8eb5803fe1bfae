// What the touch widgets draw with: the theme, the fonts and the tap slop.
#pragma once

#include <imgui.h>

#include "ui/fonts.hpp"
#include "ui/theme.hpp"
#include "ui/touch/gesture.hpp"

namespace siang::ui::touch {

struct TouchStyle {
    Theme theme;
    ImFont* font = nullptr;          // labels and typed text; nullptr: ImGui's current font
    ImFont* small_font = nullptr;    // counters and hints; nullptr: `font`
    ImFont* key_font = nullptr;      // on-screen keyboard keys; nullptr: `font`
    ImFont* heading_font = nullptr;  // page headings; nullptr: `font`
    ImFont* mark_font = nullptr;  // a mark key's face (Thai marks and อ); nullptr: heading_font
    GestureConfig gesture;        // tap slop for this panel

    ImFont* label_font() const { return font != nullptr ? font : ImGui::GetFont(); }
    ImFont* hint_font() const { return small_font != nullptr ? small_font : label_font(); }
    ImFont* keys_font() const { return key_font != nullptr ? key_font : label_font(); }
    ImFont* title_font() const { return heading_font != nullptr ? heading_font : label_font(); }
    ImFont* mark_key_font() const { return mark_font != nullptr ? mark_font : title_font(); }
};

// The style for the app's theme and fonts (ui::Frame's theme and fonts): typed text in body,
// keys in keypad, counters in small, headings in title; the tap slop follows the panel's size.
TouchStyle make_touch_style(const Theme& theme, const FontSet& fonts);

// A usable style when the app gave none: the default theme on a 21.5" 1080p panel and ImGui's
// current font.
TouchStyle default_touch_style();

}  // namespace siang::ui::touch
