// Greedy line wrapping over break opportunities, with a cell-by-cell fallback for huge words.
#include "text/line_wrap.hpp"

#include <algorithm>

#include "text/char_classes.hpp"
#include "text/display_cells.hpp"
#include "text/utf8_decoder.hpp"
#include "text/word_break.hpp"

namespace siang::text {

namespace {

// Byte offset after the white space starting at `pos` (or before the white space ending at
// `pos` when `backwards`), staying within [lo, hi].
std::size_t skip_spaces(std::string_view s, std::size_t pos, std::size_t lo, std::size_t hi,
                        bool backwards) {
    while (backwards ? pos > lo : pos < hi) {
        const std::size_t start = backwards ? std::max(lo, prev_code_point_start(s, pos)) : pos;
        std::size_t next = start;
        if (!is_white_space(next_code_point(s, next).value_or(kReplacementChar))) break;
        pos = backwards ? start : next;
    }
    return pos;
}

// Whether [begin, end) of `s` is no wider than `max_width`. Growing prefixes are measured first
// (a prefix is never wider than the whole), so a candidate far longer than a line costs about a
// line's worth of measuring, not its own length: measuring the whole rest of a long paragraph
// for every line made wrapping quadratic.
bool fits(std::string_view s, std::size_t begin, std::size_t end, float max_width,
          const std::function<float(std::string_view)>& measure) {
    for (std::size_t probe = 256; end - begin > probe; probe *= 2) {
        std::size_t cut = begin + probe;
        while (cut > begin && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
        if (measure(s.substr(begin, cut - begin)) > max_width) return false;
    }
    return measure(s.substr(begin, end - begin)) <= max_width;
}

// Cell boundaries (absolute offsets) of the word being split across lines, found once for all
// of its lines: finding them again from each line's start was quadratic in the word's length.
struct WordCells {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<std::size_t> cells;

    const std::vector<std::size_t>& of(std::string_view para, std::size_t from, std::size_t to) {
        if (cells.empty() || from < begin || to != end) {
            begin = from;
            end = to;
            cells = cell_boundaries(para.substr(from, to - from));
            for (std::size_t& c : cells) c += from;
            cells.push_back(to);
        }
        return cells;
    }
};

// Longest run of whole cells from `begin` that fits `max_width` (at least one cell), ending at
// or before `limit`.
std::size_t fit_cells(std::string_view para, std::size_t begin, std::size_t limit, float max_width,
                      const std::function<float(std::string_view)>& measure, WordCells& word) {
    const std::vector<std::size_t>& cells = word.of(para, begin, limit);
    auto k = std::upper_bound(cells.begin(), cells.end(), begin);
    if (k == cells.end()) return limit;
    std::size_t end = *k;  // one cell always goes on the line
    for (++k; k != cells.end(); ++k) {
        if (measure(para.substr(begin, *k - begin)) > max_width) break;
        end = *k;
    }
    return end;
}

// How full a line must stay for a space before its last word break to end it instead.
constexpr float prefer_space_fill = 2.0f / 3.0f;

void wrap_paragraph(std::string_view text, std::size_t para_begin, std::size_t para_end,
                    float max_width, const std::function<float(std::string_view)>& measure,
                    std::vector<WrappedLine>& out) {
    const std::string_view para = text.substr(0, para_end);
    std::vector<std::size_t> breaks =
        break_positions(text.substr(para_begin, para_end - para_begin));
    for (std::size_t& b : breaks) b += para_begin;
    breaks.push_back(para_end);

    std::size_t line = skip_spaces(para, para_begin, para_begin, para_end, false);
    if (line == para_end) {
        out.push_back({para_begin, para_begin});  // a blank paragraph is still a line
        return;
    }
    WordCells word;
    auto next_break = breaks.begin();
    while (line < para_end) {
        next_break = std::upper_bound(next_break, breaks.end(), line);
        std::size_t fitted = line;  // end of the longest line that fits, spaces trimmed
        std::size_t resume = line;  // where the next line starts
        std::size_t space_fitted = line, space_resume = line;  // the last fitting space break
        bool broken = false;
        for (auto b = next_break; b != breaks.end(); ++b) {
            const std::size_t end = skip_spaces(para, *b, line, para_end, true);
            if (end > line && !fits(para, line, end, max_width, measure)) {
                broken = true;
                break;
            }
            fitted = end;
            resume = *b;
            if (end < *b && *b < para_end) space_fitted = end, space_resume = *b;
        }
        // A space is a phrase boundary in Thai: end the line there rather than at a later word
        // break, when the line stays at least two thirds full.
        if (broken && fitted == resume && space_fitted > line && space_resume < resume &&
            measure(para.substr(line, space_fitted - line)) >= max_width * prefer_space_fill) {
            fitted = space_fitted;
            resume = space_resume;
        }
        if (resume == line) {
            // The first word alone is wider than the line: split it between cells.
            fitted = fit_cells(para, line, *next_break, max_width, measure, word);
            resume = fitted;
        }
        out.push_back({line, fitted});
        line = skip_spaces(para, resume, line, para_end, false);
    }
}

}  // namespace

std::vector<WrappedLine> wrap_text(std::string_view utf8, float max_width,
                                   const std::function<float(std::string_view)>& measure) {
    std::vector<WrappedLine> lines;
    std::size_t begin = 0;
    while (begin < utf8.size()) {
        std::size_t nl = utf8.find('\n', begin);
        const bool last = nl == std::string_view::npos;
        if (last) nl = utf8.size();
        std::size_t end = nl;
        if (end > begin && utf8[end - 1] == '\r') --end;  // CRLF
        wrap_paragraph(utf8, begin, end, max_width, measure, lines);
        if (last) break;
        begin = nl + 1;
        if (begin == utf8.size()) lines.push_back({begin, begin});  // text ends with a newline
    }
    return lines;
}

}  // namespace siang::text
