// Editing model of one text field: UTF-8 text, a caret on a display-cell boundary, Thai input
// sequence checking and a limit in user-perceived characters. No drawing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "ui/touch/key_event.hpp"

namespace siang::ui::touch {

// What an edit did. The refusals are for the UI to show (a gentle shake, a short sound, the
// counter flashing): input is never dropped silently.
enum class EditResult {
    changed,           // text or caret changed
    nothing,           // nothing to do: backspace at the start, caret already at the end
    refused_sequence,  // Thai input sequence check (WTT 2.0) refused it, e.g. a second tone mark
    refused_limit,     // the field is full (SPEC §3 limits)
    refused_char,      // a control character, or a new line in a single-line field
    submit,            // Enter in a single-line field: the screen should move on
};

// True for the refused_* results.
constexpr bool is_refusal(EditResult r) {
    return r == EditResult::refused_sequence || r == EditResult::refused_limit ||
           r == EditResult::refused_char;
}

struct TextEditOptions {
    std::size_t max_chars = 200;  // in user-perceived characters (text::count_user_chars)
    bool multi_line = false;      // Enter inserts '\n' instead of submitting
};

// What a burst of characters (a barcode scanner typing a code and Enter, a clipboard paste) did.
struct PasteResult {
    std::size_t inserted = 0;  // code points inserted
    std::size_t refused = 0;   // code points refused (sequence, control, or cut off by the limit)
    bool hit_limit = false;    // the field filled up before the burst ended
    bool submitted = false;    // a single-line field saw Enter: the burst ended there
};

// The text is typed by a citizen, so its buffer never leaves a copy behind (the design is in
// core/sensitive_memory.hpp): it grows by allocating a new buffer, copying and zeroing the old one
// before it is freed; set_text() and clear() zero the whole capacity first; edits happen in place.
class TextEdit {
  public:
    explicit TextEdit(TextEditOptions options = {}) : options_(options) {}

    const std::string& text() const { return text_; }
    // Caret as a byte offset into text(); always on a display-cell boundary.
    std::size_t caret() const { return caret_; }
    // User-perceived characters in the text, the limit, and what is left: for "12/200".
    std::size_t count() const { return count_; }
    std::size_t max_chars() const { return options_.max_chars; }
    std::size_t remaining() const {
        return count_ >= options_.max_chars ? 0 : options_.max_chars - count_;
    }
    const TextEditOptions& options() const { return options_; }

    // Types `cp` at the caret, subject to the Thai input sequence check (against the text
    // before the caret) and the limit; the caret ends after it.
    EditResult insert(char32_t cp);
    // Removes the one code point before the caret: "ที่" becomes "ที", not "" (SPEC §8).
    EditResult backspace();
    // Caret by one display cell, so it never lands between a letter and its marks.
    EditResult caret_left();
    EditResult caret_right();
    EditResult caret_home();
    EditResult caret_end();
    // Puts the caret at byte `offset` (a tap in the field), moved back to the start of the cell
    // it falls in; past the end means the end.
    EditResult set_caret(std::size_t offset);
    // Applies a key from the on-screen or a physical keyboard.
    EditResult apply(const KeyEvent& key);
    // Types a burst of UTF-8 (scanner or paste) one code point at a time with the same rules as
    // insert(). CR LF, CR and LF are Enter (submit in a single-line field, which ends the burst);
    // a tab becomes a space; other control characters are refused. Invalid UTF-8 is refused whole.
    PasteResult paste(std::string_view utf8);
    // Replaces the text (a draft coming back from review), caret at the end. Fails with
    // invalid_utf8, or field_too_long (field "text", count, limit) rather than cutting the text.
    Result<void> set_text(std::string_view utf8);
    // Empties the field (inactivity wipe, "clear" button), zeroing its whole buffer.
    void clear();

  private:
    EditResult insert_checked(char32_t cp);

    TextEditOptions options_;
    std::string text_;
    std::size_t caret_ = 0;
    std::size_t count_ = 0;
};

}  // namespace siang::ui::touch
