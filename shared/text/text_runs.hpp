// Splitting decoded text into runs of one kind (Thai / not Thai), the unit libthai works on.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace siang::text {

// A maximal run of code points [begin, end) that all do, or all do not, satisfy a predicate.
struct TextRun {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool matches = false;  // the predicate holds for the run
    std::u32string_view of(std::u32string_view cps) const { return cps.substr(begin, end - begin); }
};

// The runs of `cps` in order, alternating between code points for which `in_run` holds and
// those for which it does not; together they cover `cps` exactly.
std::vector<TextRun> split_runs(std::u32string_view cps, bool (*in_run)(char32_t));

}  // namespace siang::text
