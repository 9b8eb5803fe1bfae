// Line-break opportunities in Thai and mixed text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace siang::text {

// UTF-8 byte offsets where a line may break, ascending, each strictly between 0 and
// utf8.size(); a break at p means the next line starts at byte p. Thai runs break between the
// words libthai's dictionary breaker finds ("ไฟฟ้า|สาธารณะ|ดับ|หลาย|จุด"); any text breaks after
// white space (not after no-break spaces) and after a hyphen or dash between two word
// characters; Thai and Latin letters next to each other may break ("ไฟ|LED"), but a number
// stays with the Thai word before it ("ที่3"). Newlines are ordinary white space here: line_wrap
// forces the break.
std::vector<std::size_t> break_positions(std::string_view utf8);

}  // namespace siang::text
