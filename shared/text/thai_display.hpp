// Thai text as a font without shaping must show it: libthai cells mapped to the fonts' PUA glyphs.
#pragma once

#include <string>
#include <string_view>

namespace siang::text {

// "Display text" for a renderer that draws one glyph per code point with no shaping (Dear ImGui).
// Each Thai cell goes through libthai's Windows-convention cell rendering (SARA AM decomposed
// into NIKHAHIT + SARA AA) and the positioned variants it picks become the Private Use Area code
// points U+F700–U+F71A that the TLWG fonts (Loma, Garuda, Laksaman…) carry: tone marks lowered
// when no upper vowel is there (ก่), shifted left over tall consonants (ป่ ฝั่ง ฟ้า ฬ้), ญ/ฐ without
// their tails before a lower vowel (ญุ ฐุ), lower vowels dropped below ฎ/ฏ. A mark with no base
// character is shown on a dotted circle (U+25CC). Non-Thai text passes through unchanged.
// The result is for drawing only: never store, search or compare it.
std::string to_display(std::string_view utf8);

}  // namespace siang::text
