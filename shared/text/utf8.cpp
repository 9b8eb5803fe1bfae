// UTF-8 validation, decoding, encoding, cleaning and user-perceived character counting.
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "text/utf8_decoder.hpp"

namespace siang::text {

bool is_valid_utf8(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        if (!next_code_point(s, pos)) return false;
    }
    return true;
}

std::u32string decode_utf8(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    std::size_t pos = 0;
    while (pos < s.size()) {
        // Precondition says valid; still never loop forever or read past the end on bad input.
        out.push_back(next_code_point(s, pos).value_or(kReplacementChar));
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    auto put = [&out](unsigned v) { out.push_back(static_cast<char>(v)); };
    if (cp < 0x80) {
        put(cp);
    } else if (cp < 0x800) {
        put(0xC0 | (cp >> 6));
        put(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        // Lone surrogates cannot be encoded in well-formed UTF-8.
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = kReplacementChar;
        put(0xE0 | (cp >> 12));
        put(0x80 | ((cp >> 6) & 0x3F));
        put(0x80 | (cp & 0x3F));
    } else if (cp <= 0x10FFFF) {
        put(0xF0 | (cp >> 18));
        put(0x80 | ((cp >> 12) & 0x3F));
        put(0x80 | ((cp >> 6) & 0x3F));
        put(0x80 | (cp & 0x3F));
    } else {
        append_utf8(out, kReplacementChar);
    }
}

std::string encode_utf8(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size() * 3);
    for (char32_t cp : cps) append_utf8(out, cp);
    return out;
}

namespace {

bool is_control(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

}  // namespace

std::string strip_controls(std::string_view s, bool keep_newlines) {
    std::string out;
    out.reserve(s.size());
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t start = pos;
        const char32_t cp = next_code_point(s, pos).value_or(kReplacementChar);
        if (cp == U'\r') {
            // CRLF and a lone CR are both one line end.
            if (pos < s.size() && s[pos] == '\n') ++pos;
            out.push_back(keep_newlines ? '\n' : ' ');
        } else if (cp == U'\n' || cp == U'\t') {
            out.push_back(keep_newlines ? static_cast<char>(cp) : ' ');
        } else if (!is_control(cp)) {
            out.append(s.substr(start, pos - start));
        }
    }
    return out;
}

namespace {

bool is_space(char32_t cp) {
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

}  // namespace

std::string_view trim(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t pos = begin;
        const auto cp = next_code_point(s, pos);
        if (!cp || !is_space(*cp)) break;
        begin = pos;
    }
    std::size_t end = s.size();
    while (end > begin) {
        std::size_t start = end - 1;
        // Step back over continuation bytes to the start of the last code point.
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        std::size_t pos = start;
        const auto cp = next_code_point(s, pos);
        if (!cp || pos != end || !is_space(*cp)) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

namespace {

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

// True when `cp` continues the cluster before it instead of starting a new one.
bool joins_previous(char32_t cp) {
    return std::any_of(kMarkRanges.begin(), kMarkRanges.end(),
                       [cp](const auto& r) { return cp >= r.first && cp <= r.second; });
}

}  // namespace

std::size_t count_user_chars(std::string_view s) {
    std::size_t count = 0;
    char32_t prev = 0;
    bool first = true;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const char32_t cp = next_code_point(s, pos).value_or(kReplacementChar);
        // ZWJ glues the next character on (emoji sequences); CR LF is one line end.
        // Nothing joins onto a control character (UAX #29 GB4).
        const bool joins =
            !first && ((!is_control(prev) && (joins_previous(cp) || prev == 0x200D)) ||
                       (prev == U'\r' && cp == U'\n'));
        if (!joins) ++count;
        prev = cp;
        first = false;
    }
    return count;
}

}  // namespace siang::text
