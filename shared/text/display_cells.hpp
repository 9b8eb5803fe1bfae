// Display cells: the units a caret steps over and a too-long word may be split between.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace siang::text {

// UTF-8 byte offsets where display cells start, ascending; holds 0 for non-empty text and never
// utf8.size(). A Thai cell is what libthai's th_next_cell groups: a base character with its
// upper/lower vowel, tone mark and SARA AM ("ที่", "น้ำ"); a mark with no valid base is a cell
// of its own. Other text uses user-perceived characters (count_user_chars). Caret positions are
// these offsets plus utf8.size().
std::vector<std::size_t> cell_boundaries(std::string_view utf8);

// The caret position one cell after `pos` (utf8.size() at the end).
std::size_t next_cell_boundary(std::string_view utf8, std::size_t pos);

// The caret position one cell before `pos` (0 at the start).
std::size_t prev_cell_boundary(std::string_view utf8, std::size_t pos);

}  // namespace siang::text
