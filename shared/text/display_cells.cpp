// Display cells: libthai's th_next_cell for Thai runs, user-perceived characters elsewhere.
#include "text/display_cells.hpp"

#include <thai/thcell.h>

#include <algorithm>

#include "text/char_classes.hpp"
#include "text/text_runs.hpp"
#include "text/tis620.hpp"
#include "text/utf8_decoder.hpp"

namespace siang::text {

std::vector<std::size_t> cell_boundaries(std::string_view utf8) {
    std::vector<std::size_t> starts;
    const DecodedText text = decode_with_offsets(utf8);
    const std::u32string& cps = text.cps;
    for (const TextRun& run : split_runs(cps, is_thai)) {
        if (run.matches) {
            const std::vector<thchar_t> tis = to_tis620(run.of(cps));
            const std::size_t len = run.end - run.begin;
            std::size_t pos = 0;
            while (pos < len) {
                starts.push_back(text.offsets[run.begin + pos]);
                thcell_t cell{};
                // With is_decomp_am, SARA AM joins its consonant's cell (น้ำ is one cell).
                pos +=
                    std::max<std::size_t>(1, th_next_cell(tis.data() + pos, len - pos, &cell, 1));
            }
        } else {
            for (std::size_t i = run.begin; i < run.end; ++i) {
                if (i == run.begin || !continues_user_char(cps[i - 1], cps[i])) {
                    starts.push_back(text.offsets[i]);
                }
            }
        }
    }
    return starts;
}

std::size_t next_cell_boundary(std::string_view utf8, std::size_t pos) {
    const std::vector<std::size_t> starts = cell_boundaries(utf8);
    const auto it = std::upper_bound(starts.begin(), starts.end(), pos);
    return it == starts.end() ? utf8.size() : *it;
}

std::size_t prev_cell_boundary(std::string_view utf8, std::size_t pos) {
    const std::vector<std::size_t> starts = cell_boundaries(utf8);
    const auto it = std::lower_bound(starts.begin(), starts.end(), pos);
    return it == starts.begin() ? 0 : *std::prev(it);
}

}  // namespace siang::text
