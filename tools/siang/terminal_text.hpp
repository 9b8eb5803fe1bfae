// Laying out Thai and English text in terminal columns for the CLI's tables.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace siang::cli {

// Terminal columns of UTF-8 text: Thai above/below marks take no column, SARA AM takes one.
std::size_t columns(std::string_view s);
// `s` followed by spaces up to `width` columns (at least one space).
std::string pad(std::string_view s, std::size_t width);
// Spaces then `s`, right-aligned in `width` columns (numbers in tables).
std::string pad_left(std::string_view s, std::size_t width);
// At most `width` user-perceived characters, with "…" when cut; newlines become spaces.
std::string shorten(std::string_view s, std::size_t width);

}  // namespace siang::cli
