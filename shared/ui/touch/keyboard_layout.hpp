// On-screen keyboard layouts as data: Thai Kedmanee, English QWERTY and a numeric keypad.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace siang::ui::touch {

enum class KeyAction {
    insert,           // types code_point
    space,            // types U+0020; drawn as a wide bar
    shift,            // switches to the shifted layer (see KeyboardState)
    switch_language,  // ไทย <-> ABC
    backspace,        // removes the code point before the caret
    enter,            // done (single-line field) or new line (multi-line field)
    next_page,        // a narrow panel's keyboard: shows the layer's next page of letters
};

struct Key {
    KeyAction action = KeyAction::insert;
    char32_t code_point = 0;  // what insert types; 0 for the other actions
    float width = 1.0f;       // in key units: 1 = a letter key
};

using KeyRow = std::vector<Key>;

// One layer of keys, top row first.
struct KeyboardLayer {
    std::vector<KeyRow> rows;
};

enum class LayoutId { thai, english, numeric };

struct KeyboardLayout {
    LayoutId id = LayoutId::thai;
    KeyboardLayer normal;
    KeyboardLayer shifted;  // same shape as normal; equal to it when the layout has no shift
};

// The layout's data, built once. Thai follows TIS 820-2538 Kedmanee key for key (the 44 keys of
// rows 1-4 and both layers); English is QWERTY with digits; numeric is a 3x4 phone keypad with
// backspace and enter, for phone numbers and tracking codes.
const KeyboardLayout& keyboard_layout(LayoutId id);

// Width of a row in key units, gaps not included.
float row_units(const KeyRow& row);
// Width of the widest row of a layer in key units: what the keyboard must fit in its width.
float widest_row_units(const KeyboardLayer& layer);
// Number of keys in the longest row (gaps between keys are counted per key).
std::size_t most_keys_in_a_row(const KeyboardLayer& layer);

// True for marks drawn above or below the previous character (Thai upper/lower vowels, tone
// marks, thanthakhat, nikhahit, phinthu, mai han-akat, and general combining diacritics).
bool is_combining_mark(char32_t cp);

// Text to draw on an insert key: the character itself, or U+25CC DOTTED CIRCLE followed by it
// for a combining mark (and SARA AM) so the mark has a base to sit on. Display only: typing inserts
// code_point alone. Empty for keys other than insert.
std::string key_label(const Key& key);

// The face of a combining-mark key (and SARA AM), ready to draw: the mark over อ as Thai primers
// write the vowels and tone marks (อิ อ่ อ้ อ๊), in display form (text::to_display), so the mark
// sits where the Thai pipeline puts it over a letter: a tone mark alone comes lowered (U+F70A…),
// SARA AM as NIKHAHIT + SARA AA. `base` is the carrier's display text, drawn pale; `marks` the
// display text drawn after it in full colour. Nothing for other keys.
struct MarkFace {
    std::string base;
    std::string marks;
};
std::optional<MarkFace> mark_face(const Key& key);

}  // namespace siang::ui::touch
