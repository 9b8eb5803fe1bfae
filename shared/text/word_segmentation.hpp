// Splitting text into words, Thai included, for full-text search.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace siang::text {

// The words of `utf8` in order. Thai runs are segmented by libthai's dictionary breaker
// ("ถนนชำรุด" → "ถนน", "ชำรุด"); other text is split at white space and punctuation. Spaces and
// punctuation (Thai ฯ ๆ too) are dropped; letter case is kept. Invalid UTF-8 bytes separate words.
std::vector<std::string> split_words(std::string_view utf8);

// split_words joined by single spaces: what to put in an SQLite FTS5 column so that searching
// one Thai word ("ถนน") finds a record whose text runs words together ("ถนนชำรุด").
// Apply the same function to the search query.
std::string segment_for_index(std::string_view utf8);

}  // namespace siang::text
