// Wrapping text into lines of a given width, breaking Thai between words; UI-free.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace siang::text {

// One line of wrapped text: the byte range [begin, end) of the logical text passed in.
// Leading and trailing white space and the newline are not part of the range.
struct WrappedLine {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool operator==(const WrappedLine&) const = default;
};

// Lays `utf8` out in lines no wider than `max_width`, as measured by `measure` (which gets
// logical UTF-8 substrings and returns their width; convert to display text inside it if the
// renderer needs that). Lines break at '\n' (an empty paragraph gives an empty line) and at
// break_positions(), preferring a space (a phrase boundary in Thai) to a later word break when
// the line stays at least two thirds full; a word is split only when it alone is wider than a
// line, and then between display cells (at least one cell per line, so a huge glyph cannot
// loop). Empty text gives no lines.
std::vector<WrappedLine> wrap_text(std::string_view utf8, float max_width,
                                   const std::function<float(std::string_view)>& measure);

}  // namespace siang::text
