// Dictionary word breaking of a Thai run through libthai's th_brk, one breaker per thread.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace siang::text {

// Positions (code point offsets, strictly between 0 and run.size()) where libthai's dictionary
// breaker puts a word boundary in `run`, a sequence of Thai characters. Empty when the
// run is one word, or when libthai's dictionary is missing (the run is then kept whole).
// Thread-safe: each thread uses its own ThBrk, since th_brk objects are not.
std::vector<std::size_t> thai_word_breaks(std::u32string_view run);

}  // namespace siang::text
