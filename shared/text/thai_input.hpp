// Thai input sequence checking for the on-screen keyboard (WTT 2.0, strict level, via libthai).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "text/display_cells.hpp"  // cell_boundaries(): the caret moves by display cell

namespace siang::text {

// True when typing `next` right after `text_before_caret` makes a possible Thai sequence by
// WTT 2.0 at its strict level (libthai th_isaccept with ISC_STRICT): a tone mark or vowel sign
// needs a consonant (or a mark that may carry it) before it, so a tone mark at the start, after
// a space or Latin letter, or right after another tone mark is refused, as is an upper vowel
// after a tone mark (Thai order is consonant, vowel, tone). Strict rather than basic so that
// doubled leading vowels (เเ typed for แ) are refused too. Non-Thai characters are always accepted.
bool accepts(std::string_view text_before_caret, char32_t next);

// What typing a character does to the text before the caret: erase `erase_bytes` bytes
// immediately before the caret, then insert `insert`.
struct InputEdit {
    std::size_t erase_bytes = 0;
    std::string insert;
    bool operator==(const InputEdit&) const = default;
};

// The edit libthai's input sequence correction (th_validate_leveled, ISC_STRICT) makes for
// typing `next` after `text_before_caret`: usually just inserting it; for a sequence typed out
// of order it rewrites the last cell into canonical order (ก่ then ิ gives กิ่; a second tone mark
// replaces the first; ํ then า gives ำ). nullopt when even a correction cannot make it valid.
// Use it to apply a key press; use accepts() to grey out keys that would be refused outright.
std::optional<InputEdit> input_edit(std::string_view text_before_caret, char32_t next);

// Removes the last code point of `text` (backspace on the keyboard removes one code point, so a
// mistyped tone mark can go without its consonant). Returns the number of bytes removed
// (0 when `text` is empty).
std::size_t remove_last_code_point(std::string& text);

}  // namespace siang::text
