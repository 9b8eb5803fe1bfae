// Column widths and padding of Thai text for terminal tables; neutralising terminal controls.
#include "terminal_text.hpp"

#include <cstring>

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

namespace {

// The same classes the input checks strip (text/char_classes), plus the line and paragraph
// separators, which some terminals treat as line breaks.
bool acts_on_terminal(char32_t cp) {
    if (cp == '\n' || cp == '\t') return false;
    return text::is_control(cp) || text::is_bidi_control(cp) || cp == 0x2028 || cp == 0x2029;
}

void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
    static constexpr char hex[] = "0123456789abcdef";
    out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += hex[(value >> shift) & 0xF];
}

bool continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

}  // namespace

std::size_t append_terminal_safe(std::string_view s, std::string& out, bool final) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (acts_on_terminal(c))
                append_hex(out, "\\u", c, 4);
            else
                out += static_cast<char>(c);
            ++i;
            continue;
        }
        const std::size_t len = c >= 0xC2 && c <= 0xDF   ? 2
                                : c >= 0xE0 && c <= 0xEF ? 3
                                : c >= 0xF0 && c <= 0xF4 ? 4
                                                         : 0;
        bool valid = len > 0;
        for (std::size_t k = 1; valid && k < len && i + k < s.size(); ++k)
            valid = continuation(static_cast<unsigned char>(s[i + k]));
        if (valid && i + len > s.size()) {
            if (!final) return i;  // the rest of this character comes with the next write
            valid = false;
        }
        char32_t cp = 0;
        if (valid) {
            cp = c & (0xFF >> (len + 1));
            for (std::size_t k = 1; k < len; ++k)
                cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
            valid = !(len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) &&
                    !(len == 4 && (cp < 0x10000 || cp > 0x10FFFF));
        }
        if (!valid) {
            append_hex(out, "\\x", c, 2);
            ++i;
            continue;
        }
        if (acts_on_terminal(cp))
            append_hex(out, "\\u", static_cast<unsigned>(cp), 4);
        else
            out.append(s.substr(i, len));
        i += len;
    }
    return i;
}

std::string terminal_safe(std::string_view s) {
    std::string out;
    append_terminal_safe(s, out, true);
    return out;
}

void TerminalSafeBuf::pass_on(bool final) {
    if (pending_.empty()) return;
    std::string out;
    const std::size_t used = append_terminal_safe(pending_, out, final);
    pending_.erase(0, used);
    dest_->sputn(out.data(), static_cast<std::streamsize>(out.size()));
}

void TerminalSafeBuf::finish() {
    pass_on(true);
    dest_->pubsync();
}

TerminalSafeBuf::int_type TerminalSafeBuf::overflow(int_type ch) {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    pending_ += traits_type::to_char_type(ch);
    if (ch == '\n' || pending_.size() >= 4096) pass_on(false);
    return ch;
}

std::streamsize TerminalSafeBuf::xsputn(const char* s, std::streamsize n) {
    pending_.append(s, static_cast<std::size_t>(n));
    if (pending_.size() >= 4096 || std::memchr(s, '\n', static_cast<std::size_t>(n)))
        pass_on(false);
    return n;
}

int TerminalSafeBuf::sync() {
    pass_on(false);
    return dest_->pubsync();
}

}  // namespace siang::cli
