// Character classes that segmentation, breaking, counting and rendering decide on.
#pragma once

namespace siang::text {

// True for code points of the Thai block that TIS-620 can represent (U+0E01–U+0E3A, U+0E3F–U+0E5B).
bool is_thai(char32_t cp);

// True for Thai letters, vowels, marks and digits: what libthai segments into words.
// Thai punctuation (ฯ ๆ ๏ ๚ ๛) and the baht sign are not word characters.
bool is_thai_word_char(char32_t cp);

// True for characters that are part of a non-Thai word: ASCII letters and digits and any other
// non-Thai letter, digit or mark; false for white space and punctuation.
bool is_other_word_char(char32_t cp);

// True for word characters of any script (is_thai_word_char or is_other_word_char).
bool is_word_char(char32_t cp);

// True for white space: ASCII, no-break, Unicode space separators, line/paragraph separators,
// ZERO WIDTH SPACE (Thai editors use it as an invisible word separator) and the BOM.
bool is_white_space(char32_t cp);

// True for white space a line may break after (white space other than the no-break spaces).
bool is_breaking_space(char32_t cp);

// True when `cp` continues the user-perceived character before it instead of starting a new one:
// Thai above/below vowels, tone marks and SARA AM, other scripts' nonspacing and enclosing marks
// (Mn/Me), ZWJ, variation selectors and emoji modifiers.
bool is_joining_mark(char32_t cp);

// True for C0 and C1 control characters and DEL.
bool is_control(char32_t cp);

// True when `cp`, following `prev`, belongs to the same user-perceived character (the subset of
// UAX #29 grapheme rules described at count_user_chars in utf8.hpp).
bool continues_user_char(char32_t prev, char32_t cp);

}  // namespace siang::text
