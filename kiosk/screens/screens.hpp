// The kiosk's two demo pages (specimen and keyboard). Each is drawn by one function with no state
// of its own to change and asks for nothing, so they need no controller: the citizen screens take
// intents through CitizenApp (kiosk/citizen_app.hpp, kiosk/flow/intent.hpp).
#pragma once

#include <string>
#include <vector>

#include "ui/app_loop.hpp"
#include "ui/touch/keyboard_demo.hpp"

namespace siang::kiosk {

// The Thai specimen page (`--screen specimen --text FILE --width PX`): how we check Thai by eye.
struct SpecimenPage {
    std::vector<std::string> lines;  // one paragraph per line of the file
    float column_width = 900.0f;     // wrap width in pixels
};

// One function per page, one file per page (screens/<name>.cpp). `lang` is "th" or "en".
void draw_specimen(const SpecimenPage& page, const std::string& lang, ui::Frame& frame);
// Widget state of the keyboard demo lives in `keyboard` (the touch widgets keep their own).
void draw_keyboard(ui::touch::KeyboardDemoState& keyboard, const std::string& lang,
                   ui::Frame& frame);

// The text scale a demo page asks for: the citizen's larger-text factor when `larger_text`.
double demo_text_scale(bool larger_text);

}  // namespace siang::kiosk
