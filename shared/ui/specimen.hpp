// The Thai specimen page: each line of a UTF-8 file as wrapped body text in a fixed column, the
// way both apps check Thai rendering and line breaking by eye (`--screen specimen`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "ui/app_loop.hpp"

namespace siang::ui {

// One paragraph per line, CR LF accepted. io_error when unreadable, invalid_utf8 when the file
// is not UTF-8 (nothing is drawn from a file that would show as boxes).
Result<std::vector<std::string>> read_specimen_lines(const std::string& path);

// A white page with `heading` and `lines` wrapped in a column `column_width` pixels wide (less
// when the window is narrower), hairlines marking the column. Nothing animates, so renders can
// be compared pixel by pixel.
void draw_specimen(Frame& frame, const std::vector<std::string>& lines, float column_width,
                   std::string_view heading);

}  // namespace siang::ui
