// What the touch widgets draw with: the theme, the fonts and the tap slop.
#pragma once

#include <imgui.h>

#include "ui/panel_sizing.hpp"
#include "ui/theme.hpp"
#include "ui/touch/gesture.hpp"

namespace siang::ui::touch {

struct TouchStyle {
    Theme theme;
    ImFont* font = nullptr;        // labels, keys and typed text; nullptr: ImGui's current font
    ImFont* small_font = nullptr;  // counters and hints; nullptr: `font`
    GestureConfig gesture;         // tap slop for this panel

    ImFont* label_font() const { return font != nullptr ? font : ImGui::GetFont(); }
    ImFont* hint_font() const { return small_font != nullptr ? small_font : label_font(); }
};

// The style for the app's theme and panel (the slop follows the panel's pixels per mm).
TouchStyle make_touch_style(const Theme& theme, const PanelSizing& panel, ImFont* font,
                            ImFont* small_font = nullptr);

// A usable style when the app gave none: the default theme on a 21.5" 1080p panel and ImGui's
// current font.
TouchStyle default_touch_style();

}  // namespace siang::ui::touch
