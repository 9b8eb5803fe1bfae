// Key positions of the on-screen keyboard layouts.
#include "ui/touch/keyboard_layout.hpp"

#include <algorithm>
#include <string_view>

#include "text/thai_display.hpp"
#include "text/utf8.hpp"

namespace siang::ui::touch {

namespace {

// Letter keys in order, one per code point.
KeyRow letters(std::u32string_view chars) {
    KeyRow row;
    row.reserve(chars.size() + 2);
    for (char32_t cp : chars) row.push_back(Key{KeyAction::insert, cp, 1.0f});
    return row;
}

Key special(KeyAction action, float width) {
    return Key{action, action == KeyAction::space ? U' ' : U'\0', width};
}

KeyRow with(KeyRow row, std::initializer_list<Key> before, std::initializer_list<Key> after) {
    row.insert(row.begin(), before);
    row.insert(row.end(), after);
    return row;
}

// Both layers share the special keys so that shifting never moves a key under the finger.
KeyboardLayer text_layer(std::u32string_view r1, std::u32string_view r2, std::u32string_view r3,
                         std::u32string_view r4, std::initializer_list<Key> bottom_extra_left,
                         std::initializer_list<Key> bottom_extra_right, float space_width) {
    KeyboardLayer layer;
    layer.rows.push_back(letters(r1));
    layer.rows.push_back(letters(r2));
    layer.rows.push_back(with(letters(r3), {}, {special(KeyAction::enter, 2.0f)}));
    layer.rows.push_back(with(letters(r4), {special(KeyAction::shift, 1.5f)},
                              {special(KeyAction::backspace, 1.5f)}));
    KeyRow bottom{special(KeyAction::switch_language, 2.0f)};
    bottom.insert(bottom.end(), bottom_extra_left);
    bottom.push_back(special(KeyAction::space, space_width));
    bottom.insert(bottom.end(), bottom_extra_right);
    layer.rows.push_back(std::move(bottom));
    return layer;
}

KeyboardLayout make_thai() {
    // TIS 820-2538 Kedmanee. Row 1 is the digit row of a PC keyboard (keys 1 to =), row 2 Q to
    // the backslash key (ฃ/ฅ sit on backslash), row 3 A to ', row 4 Z to /.
    KeyboardLayout k;
    k.id = LayoutId::thai;
    k.normal = text_layer(U"ๅ/-ภถุึคตจขช", U"ๆไำพะัีรนยบลฃ", U"ฟหกดเ้่าสวง", U"ผปแอิืทมใฝ", {}, {}, 9.0f);
    k.shifted =
        text_layer(U"+๑๒๓๔ู฿๕๖๗๘๙", U"๐\"ฎฑธํ๊ณฯญฐ,ฅ", U"ฤฆฏโฌ็๋ษศซ.", U"()ฉฮฺ์?ฒฬฦ", {}, {}, 9.0f);
    return k;
}

KeyboardLayout make_english() {
    // Digits on top because phone numbers, house numbers and e-mail addresses need them; '@'
    // and '.' next to space for e-mail addresses.
    KeyboardLayout k;
    k.id = LayoutId::english;
    const std::initializer_list<Key> at{Key{KeyAction::insert, U'@', 1.0f}};
    const std::initializer_list<Key> dot_dash{Key{KeyAction::insert, U'-', 1.0f},
                                              Key{KeyAction::insert, U'_', 1.0f}};
    k.normal =
        text_layer(U"1234567890", U"qwertyuiop", U"asdfghjkl", U"zxcvbnm,.", at, dot_dash, 5.0f);
    k.shifted =
        text_layer(U"!\"#$%&'()?", U"QWERTYUIOP", U"ASDFGHJKL", U"ZXCVBNM;:", at, dot_dash, 5.0f);
    return k;
}

KeyboardLayout make_numeric() {
    KeyboardLayout k;
    k.id = LayoutId::numeric;
    k.normal.rows = {letters(U"123"), letters(U"456"), letters(U"789"),
                     KeyRow{special(KeyAction::backspace, 1.0f), Key{KeyAction::insert, U'0', 1.0f},
                            special(KeyAction::enter, 1.0f)}};
    k.shifted = k.normal;
    return k;
}

}  // namespace

const KeyboardLayout& keyboard_layout(LayoutId id) {
    static const KeyboardLayout thai = make_thai();
    static const KeyboardLayout english = make_english();
    static const KeyboardLayout numeric = make_numeric();
    switch (id) {
        case LayoutId::thai:
            return thai;
        case LayoutId::english:
            return english;
        case LayoutId::numeric:
            return numeric;
    }
    return thai;
}

float row_units(const KeyRow& row) {
    float units = 0.0f;
    for (const Key& key : row) units += key.width;
    return units;
}

float widest_row_units(const KeyboardLayer& layer) {
    float widest = 0.0f;
    for (const KeyRow& row : layer.rows) widest = std::max(widest, row_units(row));
    return widest;
}

std::size_t most_keys_in_a_row(const KeyboardLayer& layer) {
    std::size_t most = 0;
    for (const KeyRow& row : layer.rows) most = std::max(most, row.size());
    return most;
}

bool is_combining_mark(char32_t cp) {
    // Thai: MAI HAN-AKAT, SARA I..PHINTHU (above and below vowels), MAITAIKHU..YAMAKKAN.
    if (cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) || (cp >= 0x0E47 && cp <= 0x0E4E))
        return true;
    // Combining Diacritical Marks, for Latin text typed with accents.
    return cp >= 0x0300 && cp <= 0x036F;
}

std::string key_label(const Key& key) {
    if (key.action != KeyAction::insert) return {};
    std::string label;
    // SARA AM is a spacing vowel but its nikhahit part hangs over the previous letter.
    if (is_combining_mark(key.code_point) || key.code_point == U'\u0E33')
        text::append_utf8(label, U'\u25CC');
    text::append_utf8(label, key.code_point);
    return label;
}

std::optional<MarkFace> mark_face(const Key& key) {
    if (key.action != KeyAction::insert ||
        !(is_combining_mark(key.code_point) || key.code_point == U'\u0E33'))
        return std::nullopt;
    std::string logical = "\u0E2D";  // อ, O ANG: the silent carrier of a lone vowel
    text::append_utf8(logical, key.code_point);
    const std::u32string shown = text::decode_utf8(text::to_display(logical));
    if (shown.empty()) return std::nullopt;
    MarkFace face;
    text::append_utf8(face.base, shown.front());
    face.marks = text::encode_utf8(std::u32string_view(shown).substr(1));
    return face;
}

}  // namespace siang::ui::touch
