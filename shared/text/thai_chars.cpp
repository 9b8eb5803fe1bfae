// Thai and non-Thai character classes for word segmentation and breaking.
#include "text/thai_chars.hpp"

namespace siang::text {

bool is_thai(char32_t cp) {
    return (cp >= 0x0E01 && cp <= 0x0E3A) || (cp >= 0x0E3F && cp <= 0x0E5B);
}

bool is_thai_word_char(char32_t cp) {
    switch (cp) {
        case 0x0E2F:  // PAIYANNOI, abbreviation mark
        case 0x0E3F:  // baht sign
        case 0x0E46:  // MAIYAMOK, repetition mark
        case 0x0E4F:  // FONGMAN
        case 0x0E5A:  // ANGKHANKHU
        case 0x0E5B:  // KHOMUT
            return false;
        default:
            return is_thai(cp);
    }
}

bool is_other_word_char(char32_t cp) {
    if (cp < 0x80) {
        return (cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') ||
               (cp >= U'A' && cp <= U'Z');
    }
    if (cp >= 0x0E00 && cp <= 0x0E7F) return false;  // Thai is segmented by libthai instead
    if (cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;  // C1, Latin-1 punctuation
    if (cp == 0xD7 || cp == 0xF7) return false;                     // × ÷
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // spaces, punctuation, symbols, arrows
    if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK spaces and punctuation
    if (cp >= 0xFE10 && cp <= 0xFE6F) return false;  // vertical and small forms
    if (cp == 0xFEFF) return false;                  // byte order mark
    if ((cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
        (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)) {
        return false;  // full-width punctuation
    }
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji and pictographs
    return cp != 0xFFFD;
}

}  // namespace siang::text
