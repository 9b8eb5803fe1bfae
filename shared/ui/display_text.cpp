// Thai display mapping cache and line wrapping, delegating the Thai rules to the text module.
#include "ui/display_text.hpp"

#include <string>
#include <unordered_map>

#if SIANG_HAVE_TEXT_DISPLAY
#include "text/line_wrap.hpp"
#include "text/thai_display.hpp"
#endif

namespace siang::ui {
namespace {

// Plenty for every string on a screen; a screen with more just refills after a trim.
constexpr std::size_t max_cached = 4096;

struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

std::unordered_map<std::string, std::string, Hash, std::equal_to<>>& cache() {
    static std::unordered_map<std::string, std::string, Hash, std::equal_to<>> c;
    return c;
}

#if !SIANG_HAVE_TEXT_DISPLAY
// Until the text module lands: no mapping, and breaks at spaces only.
std::string to_display(std::string_view utf8) {
    return std::string(utf8);
}

// Thai code point starting at byte `at`, or 0 when none starts there.
char32_t thai_at(std::string_view s, std::size_t at) {
    if (at + 2 >= s.size() || static_cast<unsigned char>(s[at]) != 0xE0) return 0;
    const auto b1 = static_cast<unsigned char>(s[at + 1]);
    const auto b2 = static_cast<unsigned char>(s[at + 2]);
    if (b1 != 0xB8 && b1 != 0xB9) return 0;
    return static_cast<char32_t>((0xE << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
}

// A break inside a word may not separate a Thai mark from its base, nor split a UTF-8 sequence.
bool can_split_at(std::string_view s, std::size_t at) {
    if (at >= s.size() || (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) return false;
    const char32_t t = thai_at(s, at);
    return !(t == 0x0E31 || (t >= 0x0E33 && t <= 0x0E3A) || (t >= 0x0E47 && t <= 0x0E4E));
}

// Greedy wrap of one paragraph (no '\n') at spaces; offsets are relative to `p`.
void wrap_paragraph(std::string_view p, std::size_t base, float max_width,
                    const std::function<float(std::string_view)>& measure,
                    std::vector<LineRange>& out) {
    std::size_t begin = 0;
    while (begin < p.size()) {
        std::size_t end = begin;  // best end found so far (exclusive)
        std::size_t pos = begin;
        while (pos < p.size()) {
            std::size_t next = p.find(' ', pos);
            next = next == std::string_view::npos ? p.size() : next;
            if (end != begin && measure(p.substr(begin, next - begin)) > max_width) break;
            end = next;
            pos = next + 1;
            while (pos < p.size() && p[pos] == ' ') ++pos;
        }
        if (measure(p.substr(begin, end - begin)) > max_width) {
            // One word wider than the line: cut it where it still fits (at least one character).
            std::size_t cut = begin + 1;
            while (cut < end && !can_split_at(p, cut)) ++cut;
            for (std::size_t c = cut + 1; c < end; ++c)
                if (can_split_at(p, c)) {
                    if (measure(p.substr(begin, c - begin)) > max_width) break;
                    cut = c;
                }
            end = cut;
        }
        out.push_back({base + begin, base + end});
        begin = end;
        while (begin < p.size() && p[begin] == ' ') ++begin;
    }
}
#endif

}  // namespace

std::string_view display_text(std::string_view utf8) {
    auto& c = cache();
    if (auto it = c.find(utf8); it != c.end()) return it->second;
#if SIANG_HAVE_TEXT_DISPLAY
    std::string shown = text::to_display(utf8);
#else
    std::string shown = to_display(utf8);
#endif
    return c.emplace(std::string(utf8), std::move(shown)).first->second;
}

std::vector<LineRange> wrap_lines(std::string_view utf8, float max_width,
                                  const std::function<float(std::string_view)>& measure) {
    std::vector<LineRange> out;
    std::size_t start = 0;
    while (start <= utf8.size()) {
        std::size_t nl = utf8.find('\n', start);
        if (nl == std::string_view::npos) nl = utf8.size();
        const std::string_view para = utf8.substr(start, nl - start);
        if (para.empty()) {
            out.push_back({start, start});
        } else {
#if SIANG_HAVE_TEXT_DISPLAY
            for (const auto& r : text::wrap_text(para, max_width, measure))
                out.push_back({start + r.begin, start + r.end});
#else
            wrap_paragraph(para, start, max_width, measure, out);
#endif
        }
        if (nl == utf8.size()) break;
        start = nl + 1;
    }
    return out;
}

void trim_display_cache() {
    if (cache().size() > max_cached) cache().clear();
}

}  // namespace siang::ui
