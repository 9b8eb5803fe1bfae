// UTF-8 validation, decoding, encoding, cleaning and user-perceived character counting.
#include "text/utf8.hpp"

#include <algorithm>

#include "text/char_classes.hpp"
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
        } else if (!is_control(cp) && !is_bidi_control(cp)) {
            out.append(s.substr(start, pos - start));
        }
    }
    return out;
}

std::string_view trim(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t pos = begin;
        const auto cp = next_code_point(s, pos);
        if (!cp || !is_white_space(*cp)) break;
        begin = pos;
    }
    std::size_t end = s.size();
    while (end > begin) {
        const std::size_t start = std::max(begin, prev_code_point_start(s, end));
        std::size_t pos = start;
        const auto cp = next_code_point(s, pos);
        if (!cp || pos != end || !is_white_space(*cp)) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

std::size_t count_user_chars(std::string_view s) {
    return measure_text(s).user_chars;
}

TextMeasure measure_text(std::string_view s) {
    TextMeasure m;
    m.bytes = s.size();
    std::size_t marks = 0;  // joining marks in the current user-perceived character
    char32_t prev = 0;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const char32_t cp = next_code_point(s, pos).value_or(kReplacementChar);
        ++m.code_points;
        if (m.user_chars == 0 || !continues_user_char(prev, cp)) {
            ++m.user_chars;
            marks = 0;
        }
        // A mark that starts a character has no base: it is a mark all the same.
        if (is_joining_mark(cp)) m.most_marks = std::max(m.most_marks, ++marks);
        prev = cp;
    }
    return m;
}

bool has_visible_char(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        if (!is_invisible(next_code_point(s, pos).value_or(kReplacementChar))) return true;
    }
    return false;
}

}  // namespace siang::text
