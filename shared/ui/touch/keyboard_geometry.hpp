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

// The pages a layer is shown in at a given width. One page, the layer itself, when its widest
// row fits keys of min_key (a landscape panel: Kedmanee and QWERTY as printed on a keyboard).
struct KeyboardPages {
    std::vector<KeyboardLayer> pages;
    bool reflowed = false;  // true when the letters were re-laid for a narrow panel
};

// Most letter rows a page of a re-laid keyboard holds; more letters go on a further page.
inline constexpr std::size_t kMaxLetterRowsAPage = 5;

// `layer` as it fits `width` pixels with keys at least sizing.min_key wide and sizing.gap apart.
// When the layer's rows are too long (a 13-key Kedmanee row on a 1080 px portrait panel), its
// letters are re-laid, in their order, into rows of as many keys as fit: the original rows are
// kept when each fits (QWERTY), otherwise all letters are spread evenly over the fewest rows,
// the last row of a page left 3 keys short for shift and backspace (as Kedmanee's bottom row).
// Beyond kMaxLetterRowsAPage rows the letters go on further pages (spread evenly), reached by a
// next-page key. Every page ends with the same special keys in the same places: shift and
// backspace at the ends of the last letter row when they fit there on every page (else a row of
// their own), then language, next page (when paged), space and enter. The same layer shape
// gives the same pages, so a layout's two layers still line up key for key.
KeyboardPages fit_layer(const KeyboardLayer& layer, float width, const KeyboardSizing& sizing);

// Lays out `layer` in `width` pixels: keys as large as fit between min and max, a key of w units
// as wide as w letter keys and the gaps between them (so rows line up), each row centred.
KeyboardGeometry layout_keys(const KeyboardLayer& layer, float width, const KeyboardSizing& sizing);

}  // namespace siang::ui::touch
