// Run splitting over code points.
#include "text/text_runs.hpp"

namespace siang::text {

std::vector<TextRun> split_runs(std::u32string_view cps, bool (*in_run)(char32_t)) {
    std::vector<TextRun> runs;
    std::size_t i = 0;
    while (i < cps.size()) {
        const bool matches = in_run(cps[i]);
        std::size_t end = i + 1;
        while (end < cps.size() && in_run(cps[end]) == matches) ++end;
        runs.push_back({i, end, matches});
        i = end;
    }
    return runs;
}

}  // namespace siang::text
