// UTF-8 validation, decoding and cleaning: the one place that looks at bytes of text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace siang::text {

// True when `s` is well-formed UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view s);

// Decodes valid UTF-8 to code points. Precondition: is_valid_utf8(s).
std::u32string decode_utf8(std::string_view s);

// Encodes code points as UTF-8.
std::string encode_utf8(std::u32string_view cps);
void append_utf8(std::string& out, char32_t cp);

// Removes C0/C1 control characters and DEL except '\n' and '\t' (when keep_newlines is false,
// newlines and tabs become single spaces); CRLF and lone CR become '\n'. Also removes the bidi
// controls and direction marks (is_bidi_control): everything we accept is written left to right,
// so they change nothing honest, and they are how "txt.exe" is made to show as "exe.txt" to
// staff. Stripped rather than refused: a citizen who pasted them cannot see them to delete them.
// Input must be valid UTF-8.
std::string strip_controls(std::string_view s, bool keep_newlines);

// Removes leading and trailing white space (ASCII and U+00A0/U+200B/U+3000 class spaces).
std::string_view trim(std::string_view s);

// User-perceived characters (extended grapheme clusters as UAX #29 defines them for the scripts
// we meet): a base character and the marks that follow it count as one. Thai: a consonant with
// its above/below vowels, tone marks and SARA AM is one cluster ("ที่" = 1, "น้ำ" = 1, "ถนน" = 3).
// Joining: U+0E31, U+0E33 (a SpacingMark), U+0E34–U+0E3A, U+0E47–U+0E4E, general category Mn/Me,
// ZWJ and variation selectors; CR LF is one. ZWJ joins nothing after it on, so it cannot glue
// letters into one character. Input must be valid UTF-8.
std::size_t count_user_chars(std::string_view s);

// One pass over text for the limits: user-perceived characters as count_user_chars counts them,
// the most joining marks in any one of them (a mark with no base counts too), code points, bytes.
struct TextMeasure {
    std::size_t user_chars = 0;
    std::size_t most_marks = 0;
    std::size_t code_points = 0;
    std::size_t bytes = 0;
};
TextMeasure measure_text(std::string_view s);

// False when every character of `s` is invisible (is_invisible: spaces, ZWJ/ZWNJ/WJ, direction
// marks, marks without a letter…): such text looks empty and is treated as empty.
bool has_visible_char(std::string_view s);

}  // namespace siang::text
