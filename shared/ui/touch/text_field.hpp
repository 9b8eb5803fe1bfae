// A touch text field: draws a TextEdit with its caret and "12/200" counter, takes keys from
// the on-screen keyboard and from a physical keyboard or barcode scanner.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <optional>
#include <string_view>

#include "ui/touch/key_event.hpp"
#include "ui/touch/text_edit.hpp"
#include "ui/touch/touch_style.hpp"

namespace siang::ui::touch {

// Kept by the screen between frames, one per field.
struct TextFieldState {
    TextEdit edit;
    // Receives keys; a tap on the field focuses it. A screen with several fields keeps exactly
    // one focused (unfocus the others when one reports `tapped`), since the focused field
    // consumes ImGui's typed characters.
    bool focused = true;
    double last_input = 0.0;   // ImGui time of the last edit: the caret shows solid after it
    double refused_at = -1.0;  // ImGui time of the last refusal: the field shakes briefly
    EditResult last = EditResult::nothing;  // what the last key did (for a sound or a hint)
    // Set by the screen each frame for fixed-length entries (a date, a tracking code): the text
    // is a full, valid entry, so its full counter is done, not a warning.
    bool complete = false;
};

// How the "12/200" counter reads: normal (muted), done (accent: a full, valid fixed-length
// entry), or full (danger: a free-text field at its limit, the reason a key is refused).
enum class CounterTone { normal, done, full };
CounterTone counter_tone(std::size_t count, std::size_t max_chars, bool complete);

// What the field needs from the screen and the frame pacer after this frame.
struct TextFieldOutcome {
    bool changed = false;    // the text changed (save the draft, clear an error)
    bool tapped = false;     // the citizen tapped the field: it is now focused
    bool submitted = false;  // Enter in a single-line field (keyboard, physical key or scanner)
    bool refused = false;    // an input was refused this frame (play the gentle "no" sound)
    bool animating = false;  // the refusal shake is running: keep drawing frames
    // The caret blinks: draw one frame after this many seconds (FramePacer::wake_at) rather than
    // redrawing continuously. Zero when no timer is needed (unfocused, or idle long enough that
    // the caret stays solid).
    double wake_after_seconds = 0.0;
};

// Draws the field at the layout cursor, `width` wide and `lines` text lines high (1 for a
// single-line field; multi-line fields wrap at word boundaries and keep the caret's line in
// view), with the character counter below it, and advances the cursor. `key` is the on-screen
// keyboard's event this frame; when focused, the field also reads ImGui's typed characters
// (consuming them) and Backspace, Enter, arrows, Home and End. `placeholder` shows when empty.
TextFieldOutcome draw_text_field(const char* id, TextFieldState& state, float width, int lines,
                                 const TouchStyle& style, std::optional<KeyEvent> key,
                                 std::string_view placeholder = {});

}  // namespace siang::ui::touch
