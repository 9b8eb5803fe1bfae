// The on-screen keyboard's state machine: current layout, shift and caps lock. No drawing.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

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
// two; the language key switches Thai <-> English and drops shift. The two "on" states look
// different on the key (key_cap), so a locked layer is never mistaken for a one-shot one.
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
    // Which page of a paged layer (fit_layer) is shown, for a layer of `pages` pages: the
    // next-page key steps through them and wraps; a language or layout change returns to the
    // first. Shift keeps the page (both layers have the same pages).
    std::size_t page(std::size_t pages) const { return pages == 0 ? 0 : page_ % pages; }

  private:
    LayoutId layout_;
    ShiftState shift_ = ShiftState::off;
    std::size_t page_ = 0;
};

// How a key's face reads, for the drawing code: `on` is a one-shot shift (the next character
// only), `latched` a locked one (filled, and a lock beside the shift arrow).
enum class KeyTone { letter, modifier, on, latched };

struct KeyCap {
    std::string label;  // UTF-8, may hold Material Icons (ui/icons.hpp); empty for a letter key
    KeyTone tone = KeyTone::letter;
};

// The face of a non-letter key in `state` (shift, language, space, backspace, enter, next page;
// `page`/`pages` say which page is shown, for the next-page key). Letter keys get an empty
// label with tone `letter`: their face is the character (key_label).
KeyCap key_cap(const Key& key, const KeyboardState& state, std::size_t page = 0,
               std::size_t pages = 1);

}  // namespace siang::ui::touch
