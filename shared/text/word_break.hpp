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
//
// Over libthai's words, so that a Thai line reads right (issue 9 item 9):
// - No break inside a compound of the project's dictionary (shared/text/thai_compounds.txt:
//   ความคิดเห็น, คิวอาร์โค้ด, ประพฤติมิชอบ, หน่วยงาน… which libthai splits into their parts).
// - No break right before the word ไม่ or มิ (as libthai finds it, so มิถุนายน still breaks):
//   "ติดต่อกลับ|ไม่ได้" would leave "will contact you" alone at the end of a line. Nor right
//   after it when the word it negates is short (at most 4 code points: ได้, ใช่, ชอบ, ต้อง), so
//   ไม่ได้ stays whole. A space before ไม่ is a phrase boundary and still breaks.
// - No break before ๆ (it repeats the word before it), even after a space ("ใด ๆ").
// - No break between a number and the Thai word after a space ("1 วันทำการ", "12 หลัก"), nor
//   between an abbreviation ending in a full stop and the number after it ("พ.ศ. 2569").
std::vector<std::size_t> break_positions(std::string_view utf8);

}  // namespace siang::text
