// Column widths and padding of Thai text for terminal tables.
#include "terminal_text.hpp"

#include "text/char_classes.hpp"
#include "text/utf8.hpp"

namespace siang::cli {

std::size_t columns(std::string_view s) {
    std::size_t n = 0;
    for (char32_t cp : text::decode_utf8(s)) {
        bool zero_width = cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) ||
                          (cp >= 0x0E47 && cp <= 0x0E4E) || (cp >= 0x0300 && cp <= 0x036F);
        if (!zero_width) ++n;
    }
    return n;
}

std::string pad(std::string_view s, std::size_t width) {
    std::string out(s);
    std::size_t n = columns(s);
    out.append(n < width ? width - n : 1, ' ');
    return out;
}

std::string pad_left(std::string_view s, std::size_t width) {
    std::size_t n = columns(s);
    return std::string(n < width ? width - n : 1, ' ') + std::string(s);
}

std::string shorten(std::string_view s, std::size_t width) {
    // One pass with the rule count_user_chars uses; counting the whole prefix again for every
    // code point made `siang list` quadratic in the length of a subject.
    std::string out;
    std::size_t clusters = 0;
    char32_t prev = 0;
    for (char32_t cp : text::decode_utf8(s)) {
        if (clusters == 0 || !text::continues_user_char(prev, cp)) ++clusters;
        if (clusters > width) return out + "…";
        prev = cp;
        if (cp == U'\n' || cp == U'\t')
            out += ' ';
        else
            text::append_utf8(out, cp);
    }
    return out;
}

}  // namespace siang::cli
