// The look of both apps (SPEC §11): calm light colours, one accent, generous rounded sizing.
#pragma once

#include <imgui.h>

#include "ui/contrast.hpp"
#include "ui/panel_sizing.hpp"

namespace siang::ui {

// Colours of the theme; every text/background pair used by screens has ≥ 4.5:1 contrast.
struct Palette {
    Rgb background;       // the page
    Rgb surface;          // cards and bars
    Rgb surface_pressed;  // a card or button while touched
    Rgb text;             // body text on background and surface
    Rgb text_muted;       // secondary text on background and surface (still ≥ 4.5:1)
    Rgb accent;           // primary buttons; darkened from the configured colour if too light
    Rgb on_accent;        // text and icons on the accent
    Rgb accent_soft;      // selected items, focus rings (background tint, not for text)
    Rgb danger;           // destructive actions and errors, as text on background
    Rgb border;           // hairlines between table rows (decoration only)
    Rgb shadow;           // card shadows
};

// Lengths in pixels, derived from the panel's physical size.
struct Metrics {
    float touch_target;  // minimum side of anything touchable (20 mm)
    float gap;           // between touch targets (4 mm)
    float margin;        // page margin
    float radius;        // card and button corner radius
    float shadow;        // card shadow blur
    float bar_height;    // the fixed bottom bar
};

struct Theme {
    Palette palette;
    Metrics metrics;
};

// The theme for a municipality's accent colour on a panel. A light accent is darkened until
// white text on it reaches 4.5:1.
Theme make_theme(Rgb accent, const PanelSizing& panel);

// Applies the theme to ImGui's style: no window chrome, rounded frames, theme colours, spacing.
void apply_theme(const Theme& theme, ImGuiStyle& style);

// Packs a theme colour for ImDrawList calls, with optional opacity.
ImU32 to_imu32(Rgb c, float alpha = 1.0f);
ImVec4 to_imvec4(Rgb c, float alpha = 1.0f);

}  // namespace siang::ui
