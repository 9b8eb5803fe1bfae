// A full-screen keyboard demo page: heading, a text field with its counter, the keyboard.
//
// NOTE for the kiosk (`siang-kiosk --screen keyboard`): include "ui/touch/keyboard_demo.hpp",
// link siang_ui_touch, keep one KeyboardDemoState alive, and each frame call
//     siang::ui::touch::draw_keyboard_demo(state, lang);   // lang: "th" or "en"
// inside a full-screen ImGui window (ui::Frame's host window). Set the style from the frame
// first: state.style = make_touch_style(frame.theme, frame.fonts); without it, the default theme
// and ImGui's current font are used.
// After the call, state.animating / state.wake_after_seconds say what the frame pacer should do.
#pragma once

#include <optional>
#include <string_view>

#include "ui/touch/keyboard_state.hpp"
#include "ui/touch/text_field.hpp"
#include "ui/touch/touch_style.hpp"

namespace siang::ui::touch {

struct KeyboardDemoState {
    TextFieldState field{TextEdit{TextEditOptions{200, false}}};
    KeyboardState keyboard{LayoutId::thai};
    std::optional<TouchStyle> style;  // set by the app; default_touch_style() otherwise

    // Out, after each draw: keep drawing frames while animating; otherwise draw one frame after
    // wake_after_seconds (0: none needed, wait for input).
    bool animating = false;
    double wake_after_seconds = 0.0;
    // Out: the text submitted by the last Enter (shown under the field as an echo).
    std::string submitted;
};

// Draws the demo filling the current window's content region. The keyboard starts in Thai;
// `lang` ("th" or "en") picks the heading's language.
void draw_keyboard_demo(KeyboardDemoState& state, std::string_view lang);

}  // namespace siang::ui::touch
