// The on-screen keyboard's state machine: current layout, shift and caps lock. No drawing.
#pragma once

#include <optional>

#include "ui/touch/key_event.hpp"
#include "ui/touch/keyboard_layout.hpp"

namespace siang::ui::touch {

enum class ShiftState {
    off,
    once,    // the next typed character uses the shifted layer, then shift turns off
    locked,  // stays on until shift is tapped again
};

// Turns key taps into KeyEvents for a text field. Shift cycles off -> once -> locked -> off, so
// a single Thai shifted character (ฤ, ๆ's neighbours, digits) needs one tap and a run of them
// two; the language key switches Thai <-> English and drops shift.
class KeyboardState {
  public:
    explicit KeyboardState(LayoutId layout = LayoutId::thai) : layout_(layout) {}

    // Handles a tap on `key`. Returns the event for the text field, or nothing when the key only
    // changed the keyboard (shift, language).
    std::optional<KeyEvent> tap(const Key& key);
    // Shows `layout` with shift off (a numeric field asks for LayoutId::numeric).
    void set_layout(LayoutId layout);

    LayoutId layout_id() const { return layout_; }
    ShiftState shift() const { return shift_; }
    // The layout and the layer the keyboard shows now.
    const KeyboardLayout& layout() const { return keyboard_layout(layout_); }
    const KeyboardLayer& layer() const;

  private:
    LayoutId layout_;
    ShiftState shift_ = ShiftState::off;
};

}  // namespace siang::ui::touch
