// The on-screen keyboard widget: draws a KeyboardState's layer and reports the key tapped.
#pragma once

#include <imgui.h>

#include <optional>
#include <string_view>

#include "ui/touch/key_event.hpp"
#include "ui/touch/keyboard_geometry.hpp"
#include "ui/touch/keyboard_state.hpp"
#include "ui/touch/touch_style.hpp"

namespace siang::ui::touch {

// Colours of a mark key's face (issue 9 item 7): the mark itself at text contrast (≥ 4.5:1 on the
// key), the อ carrying it pale but readable (≥ 3:1), so the mark is what the eye finds. A key the
// input check refuses keeps the same order, both fainter, on its flat grey.
struct MarkKeyColours {
    Rgb base;
    Rgb mark;
};
MarkKeyColours mark_key_colours(const Palette& palette, bool refused);

// Key sizes for the style's panel: at least the touch target (20 mm), gaps of 4 mm.
KeyboardSizing keyboard_sizing(const TouchStyle& style);

// Height the keyboard takes at `width` (to lay out the screen above it): that of its tallest page,
// so turning a page never moves the screen.
float keyboard_height(const KeyboardState& state, float width, const TouchStyle& style);

// Draws the keyboard at the layout cursor, centred in `width`, and advances the cursor. A layer
// too wide for `width` is shown re-laid in pages (fit_layer), keys never under the touch target.
// Shift, language and next-page taps change `state` here; a character, space, backspace or enter
// tap is returned for the focused TextEdit (TextEdit::apply). Keys fire on release, and never at
// the end of a drag. Given the text before the field's caret, keys that the Thai input check would
// refuse next (a tone mark at the start, a second tone mark) are drawn flat and grey, so a citizen
// sees which marks can follow before trying; tapping one still reports it, and the field shakes.
std::optional<KeyEvent> draw_keyboard(KeyboardState& state, float width, const TouchStyle& style,
                                      std::optional<std::string_view> text_before_caret = {});

}  // namespace siang::ui::touch
