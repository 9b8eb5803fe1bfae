// The kiosk's screens: each is a function of the kiosk state that draws one frame and returns
// what the citizen asked for (intents); kiosk_controller.cpp applies them in one place.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "ui/app_loop.hpp"
#include "ui/touch/keyboard_demo.hpp"

namespace siang::kiosk {

enum class ScreenId { specimen, keyboard };

// The Thai specimen page (`--screen specimen --text FILE --width PX`): how we check Thai by eye.
struct SpecimenPage {
    std::vector<std::string> lines;  // one paragraph per line of the file
    float column_width = 900.0f;     // wrap width in pixels
};

struct KioskState {
    ScreenId screen = ScreenId::specimen;
    std::string lang = "th";  // th | en
    double text_scale = 1.0;  // larger-text toggle
    SpecimenPage specimen;
    ui::touch::KeyboardDemoState keyboard;
};

// Intents: what a screen asks for. Screens never change KioskState themselves.
struct ToggleLanguage {};
struct ToggleLargerText {};
struct ShowScreen {
    ScreenId screen;
};
using Intent = std::variant<ToggleLanguage, ToggleLargerText, ShowScreen>;
using Intents = std::vector<Intent>;

// One function per screen, one file per screen (screens/<name>.cpp).
Intents draw_specimen(const KioskState& state, ui::Frame& frame);
// Widget state of the keyboard demo lives in `keyboard` (the touch widgets keep their own).
Intents draw_keyboard(const KioskState& state, ui::touch::KeyboardDemoState& keyboard,
                      ui::Frame& frame);

}  // namespace siang::kiosk
