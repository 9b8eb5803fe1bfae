// Kiosk state changes and screen dispatch.
#include "kiosk/kiosk_controller.hpp"

#include "kiosk/citizen_app.hpp"  // the citizen's larger-text factor, the one there is

namespace siang::kiosk {

void apply(KioskState& state, const Intent& intent) {
    struct Visitor {
        KioskState& s;
        void operator()(const ToggleLanguage&) const { s.lang = s.lang == "th" ? "en" : "th"; }
        void operator()(const ToggleLargerText&) const {
            s.text_scale = s.text_scale > 1.0 ? 1.0 : citizen_larger_text_scale;
        }
        void operator()(const ShowScreen& show) const { s.screen = show.screen; }
    };
    std::visit(Visitor{state}, intent);
}

void draw_current_screen(KioskState& state, ui::Frame& frame) {
    Intents intents;
    switch (state.screen) {
        case ScreenId::specimen:
            intents = draw_specimen(state, frame);
            break;
        case ScreenId::keyboard:
            intents = draw_keyboard(state, state.keyboard, frame);
            break;
    }
    for (const Intent& i : intents) apply(state, i);
    frame.wanted_text_scale = state.text_scale;
}

}  // namespace siang::kiosk
