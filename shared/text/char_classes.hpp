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
// (Mn/Me), ZWJ, variation selectors and emoji modifiers. ZWJ itself joins the character before
// it but glues nothing after it on (see continues_user_char).
bool is_joining_mark(char32_t cp);

// True for C0 and C1 control characters and DEL.
bool is_control(char32_t cp);

// True for the bidirectional controls that can reorder what is shown: embeddings and overrides
// U+202A–U+202E, isolates U+2066–U+2069, and the direction marks LRM, RLM and ALM.
bool is_bidi_control(char32_t cp);

// True for characters that draw nothing on their own: white space, controls, joining marks,
// ZWNJ, WJ, the invisible operators, direction and bidi controls, soft hyphen, fillers, tags.
// Text made only of these looks empty to the person reading it.
bool is_invisible(char32_t cp);

// True when `cp`, following `prev`, belongs to the same user-perceived character (the subset of
// UAX #29 grapheme rules described at count_user_chars in utf8.hpp).
bool continues_user_char(char32_t prev, char32_t cp);

}  // namespace siang::text
