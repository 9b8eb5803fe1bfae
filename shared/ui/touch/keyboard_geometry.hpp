// Where each key of a keyboard layer goes for a given width: pure arithmetic, no drawing.
#pragma once

#include <cstddef>
#include <vector>

#include "ui/touch/keyboard_layout.hpp"

namespace siang::ui::touch {

struct KeyboardSizing {
    float min_key = 80.0f;   // smallest key side the panel allows (20 mm, SPEC §4.10)
    float max_key = 120.0f;  // keys stop growing here: a wide screen gets margins, not giant keys
    float gap = 16.0f;       // between keys (4 mm)
};

struct KeyBox {
    float x = 0.0f;  // relative to the keyboard's top-left corner
    float y = 0.0f;
    float w = 0.0f;
    float h = 0.0f;
    std::size_t row = 0;
    std::size_t index = 0;  // in the row
};

struct KeyboardGeometry {
    std::vector<KeyBox> keys;  // row by row, left to right
    float width = 0.0f;        // of the widest row
    float height = 0.0f;
    float unit = 0.0f;  // width of a 1-unit key
    float key_height = 0.0f;
    // False when `width` is too narrow for min_key-wide keys (a 13-key Thai row on a 1080 px
    // portrait panel): keys are then as wide as fit, but never lower than min_key.
    bool meets_min_width = true;
};

// Lays out `layer` in `width` pixels: keys as large as fit between min and max, a key of w units
// as wide as w letter keys and the gaps between them (so rows line up), each row centred.
KeyboardGeometry layout_keys(const KeyboardLayer& layer, float width, const KeyboardSizing& sizing);

}  // namespace siang::ui::touch
