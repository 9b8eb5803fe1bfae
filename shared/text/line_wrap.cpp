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

// Longest run of whole cells from `begin` that fits `max_width` (at least one cell), ending at
// or before `limit`.
std::size_t fit_cells(std::string_view para, std::size_t begin, std::size_t limit, float max_width,
                      const std::function<float(std::string_view)>& measure) {
    const std::vector<std::size_t> cells = cell_boundaries(para.substr(begin, limit - begin));
    std::size_t end = cells.size() > 1 ? begin + cells[1] : limit;
    for (std::size_t k = 2; k <= cells.size(); ++k) {
        const std::size_t candidate = k < cells.size() ? begin + cells[k] : limit;
        if (measure(para.substr(begin, candidate - begin)) > max_width) break;
        end = candidate;
    }
    return end;
}

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
    auto next_break = breaks.begin();
    while (line < para_end) {
        next_break = std::upper_bound(next_break, breaks.end(), line);
        std::size_t fitted = line;  // end of the longest line that fits, spaces trimmed
        std::size_t resume = line;  // where the next line starts
        for (auto b = next_break; b != breaks.end(); ++b) {
            const std::size_t end = skip_spaces(para, *b, line, para_end, true);
            if (end > line && measure(para.substr(line, end - line)) > max_width) break;
            fitted = end;
            resume = *b;
        }
        if (resume == line) {
            // The first word alone is wider than the line: split it between cells.
            fitted = fit_cells(para, line, *next_break, max_width, measure);
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
