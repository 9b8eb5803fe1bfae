// The UI's only entry to the text module: Thai display mapping (cached) and line wrapping.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace siang::ui {

// `utf8` as the font must draw it: Thai marks mapped to the font's positional variants
// (PUA U+F700–F71A) by the text module. Cached; the view stays valid until trim_display_cache().
std::string_view display_text(std::string_view utf8);

// Drops cached display strings when the cache has grown large. Call between frames only: it
// invalidates views returned by display_text.
void trim_display_cache();

// One line of wrapped text: byte offsets into the logical UTF-8 string.
struct LineRange {
    std::size_t begin;
    std::size_t end;
};

// Splits `utf8` into lines no wider than `max_width` as measured by `measure` (which receives
// logical UTF-8 substrings): at '\n' and at libthai word boundaries; inside a word only when the
// word alone is wider than the line. Trailing spaces do not count toward a line's width.
std::vector<LineRange> wrap_lines(std::string_view utf8, float max_width,
                                  const std::function<float(std::string_view)>& measure);

}  // namespace siang::ui
