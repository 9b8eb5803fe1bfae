// The UI's cached entry to the text module's Thai display mapping.
#pragma once

#include <string_view>

namespace siang::ui {

// `utf8` as the font must draw it: Thai marks mapped to the font's positional variants
// (PUA U+F700–F71A) by text::to_display. Cached (bounded, most recently used kept); the view
// stays valid for thousands of further lookups, i.e. for the rest of the frame. It sees typed text,
// so it zeroes what it drops and the kiosk's wipe empties it (core/sensitive_memory.hpp).
std::string_view display_text(std::string_view utf8);

}  // namespace siang::ui
