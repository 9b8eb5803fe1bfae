// The primary pointer's tap-or-drag state for the current ImGui frame, shared by all widgets.
#pragma once

#include "ui/touch/gesture.hpp"

namespace siang::ui::touch {

struct PointerGesture {
    GesturePhase phase = GesturePhase::idle;
    GestureEnd ended = GestureEnd::none;  // set on the frame the pointer was released
    bool drag_started = false;            // true on the frame the pointer left the slop
    Point press;                          // where the current or last press began
    Point current;
};

// Feeds ImGui's mouse/touch input (button 0) into one GestureRecognizer, once per ImGui frame
// however many widgets ask, and returns its state. A button fires only when `ended` is tap, so
// a scroll that starts on a button never presses it.
const PointerGesture& pointer_gesture(const GestureConfig& config);

// Forgets the gesture under way, so the press that changed the screen cannot end as a tap on
// the new one; also needed after a new ImGui context (its frame numbers start again).
void reset_pointer_gesture();

}  // namespace siang::ui::touch
