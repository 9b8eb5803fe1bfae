// Turning what a person typed into a safe FTS5 MATCH expression, and case text into index text.
#pragma once

#include <string>
#include <string_view>

namespace siang::store {

// The text indexed for a case: subject and details, segmented into words
// (text::segment_for_index) so that Thai, written without spaces, can be searched by word.
std::string fts_index_text(std::string_view subject, std::string_view details);

// Segments `query` the same way and makes every word a quoted prefix term ("word"*), AND-ed.
// Double quotes inside a word are doubled, so input is never read as FTS5 syntax (OR, NEAR, *,
// parentheses, column filters stay plain words). Returns "" when the query has no words.
std::string fts_match_expression(std::string_view query);

}  // namespace siang::store
