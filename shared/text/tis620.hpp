// Conversion between Unicode code points and TIS-620, the 8-bit encoding libthai works in.
#pragma once

#include <thai/thailib.h>

#include <string_view>
#include <vector>

namespace siang::text {

// TIS-620 bytes followed by a terminating 0, as libthai's C functions expect.
// A code point TIS-620 cannot hold becomes `replacement` so offsets stay one byte per code point.
std::vector<thchar_t> to_tis620(std::u32string_view cps, thchar_t replacement = '?');

// The code point of a TIS-620 byte (0 for bytes TIS-620 leaves unassigned).
char32_t from_tis620(thchar_t c);

}  // namespace siang::text
