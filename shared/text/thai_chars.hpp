// Classes of Thai code points that segmentation, breaking and rendering decide on.
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

}  // namespace siang::text
