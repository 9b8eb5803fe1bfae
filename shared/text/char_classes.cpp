// Character classes: Thai letters, word characters, white space, joining marks.
#include "text/char_classes.hpp"

#include <algorithm>
#include <array>
#include <utility>

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

bool is_word_char(char32_t cp) {
    return is_thai_word_char(cp) || is_other_word_char(cp);
}

bool is_white_space(char32_t cp) {
    switch (cp) {
        case U' ':
        case U'\t':
        case U'\n':
        case U'\v':
        case U'\f':
        case U'\r':
        case 0x0085:  // next line
        case 0x00A0:  // no-break space
        case 0x1680:  // ogham space mark
        case 0x200B:  // zero width space: Thai editors use it as an invisible word separator
        case 0x2028:  // line separator
        case 0x2029:  // paragraph separator
        case 0x202F:  // narrow no-break space
        case 0x205F:  // medium mathematical space
        case 0x3000:  // ideographic space
        case 0xFEFF:  // byte order mark / zero width no-break space
            return true;
        default:
            return cp >= 0x2000 && cp <= 0x200A;  // en quad .. hair space
    }
}

bool is_breaking_space(char32_t cp) {
    // No-break spaces hold their neighbours together; everything else white is a break chance.
    return is_white_space(cp) && cp != 0x00A0 && cp != 0x2007 && cp != 0x202F && cp != 0xFEFF;
}

// Nonspacing and enclosing marks (general category Mn/Me) of the scripts a Thai office meets:
// Latin, Greek, Cyrillic, Thai, Lao, Khmer, Myanmar, Devanagari, CJK, emoji. Sorted ranges.
constexpr std::array<std::pair<char32_t, char32_t>, 44> kMarkRanges{{
    {0x0300, 0x036F},   {0x0483, 0x0489},   {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
    {0x05C4, 0x05C5},   {0x05C7, 0x05C7},   {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0670, 0x0670},
    {0x0900, 0x0902},   {0x093A, 0x093A},   {0x093C, 0x093C}, {0x0941, 0x0948}, {0x094D, 0x094D},
    {0x0951, 0x0957},   {0x0E31, 0x0E31},   {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x0EB1, 0x0EB1},
    {0x0EB4, 0x0EBC},   {0x0EC8, 0x0ECE},   {0x102D, 0x1030}, {0x1032, 0x1037}, {0x1039, 0x103A},
    {0x103D, 0x103E},   {0x17B4, 0x17B5},   {0x17B7, 0x17BD}, {0x17C6, 0x17C6}, {0x17C9, 0x17D3},
    {0x17DD, 0x17DD},   {0x1AB0, 0x1AFF},   {0x1DC0, 0x1DFF}, {0x200D, 0x200D}, {0x20D0, 0x20F0},
    {0x302A, 0x302D},   {0x3099, 0x309A},   {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0x1F3FB, 0x1F3FF},
    {0xE0020, 0xE007F}, {0xE0100, 0xE01EF}, {0x0E33, 0x0E33}, {0x0EB3, 0x0EB3},
}};

bool is_joining_mark(char32_t cp) {
    return std::any_of(kMarkRanges.begin(), kMarkRanges.end(),
                       [cp](const auto& r) { return cp >= r.first && cp <= r.second; });
}

bool is_control(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

bool is_bidi_control(char32_t cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

bool is_invisible(char32_t cp) {
    if (is_white_space(cp) || is_control(cp) || is_joining_mark(cp) || is_bidi_control(cp))
        return true;
    switch (cp) {
        case 0x00AD:  // soft hyphen
        case 0x034F:  // combining grapheme joiner
        case 0x115F:  // Hangul choseong filler
        case 0x1160:  // Hangul jungseong filler
        case 0x180E:  // Mongolian vowel separator
        case 0x200C:  // zero width non-joiner
        case 0x3164:  // Hangul filler
        case 0xFFA0:  // halfwidth Hangul filler
            return true;
        default:
            return (cp >= 0x2060 && cp <= 0x206F) ||    // word joiner, invisible operators, …
                   (cp >= 0xFFF9 && cp <= 0xFFFB) ||    // interlinear annotation controls
                   (cp >= 0x1BCA0 && cp <= 0x1BCA3) ||  // shorthand format controls
                   (cp >= 0xE0000 && cp <= 0xE0FFF);    // tags and variation selectors
    }
}

bool continues_user_char(char32_t prev, char32_t cp) {
    if (prev == U'\r' && cp == U'\n') return true;  // CR LF is one line end
    if (is_control(prev)) return false;             // nothing joins onto a control (UAX #29 GB4)
    // ZWJ joins the character before it (it is in kMarkRanges) but, unlike UAX #29's emoji rule,
    // glues nothing after it on: otherwise any run of letters joined by ZWJ counts as one
    // character and a length limit means nothing. An emoji ZWJ sequence counts as its parts,
    // which only ever overcounts.
    return is_joining_mark(cp);
}

}  // namespace siang::text
