// The kiosk's hidden window for tests that draw the real citizen screens in their own process.
#pragma once

#include "config/config.hpp"
#include "kiosk/accent_color.hpp"
#include "ui/app_loop.hpp"

namespace siang::testing {

// As the kiosk configures its window from `config`: touch input, the kiosk's fonts, the
// configured panel diagonal and accent; hidden and 64×64 (the tests lay out at panel size).
inline ui::AppConfig kiosk_window_config(const config::Config& config, const char* title) {
    ui::AppConfig ac;
    ac.window.title = title;
    ac.window.width = 64;
    ac.window.height = 64;
    ac.window.visible = false;
    ac.window.touch = true;
    ac.font_profile = ui::FontProfile::kiosk;
    ac.panel_diagonal_inches = config.kiosk.panel_diagonal_in;
    if (auto accent = kiosk::parse_accent(config.kiosk.accent_color)) ac.accent = *accent;
    return ac;
}

}  // namespace siang::testing
