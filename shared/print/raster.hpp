// The slip as pixels: an 8-bit ink canvas to draw on, and the 1-bit image a thermal printer takes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace siang::print {

// Ink coverage, 0 = paper, 255 = full ink, row-major, one byte per dot. Text is drawn here
// anti-aliased and only then thresholded, so strokes keep their weight at every size.
struct InkCanvas {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> ink;

    InkCanvas() = default;
    InkCanvas(int w, int h);
    // Adds `coverage` at (x, y), saturating; dots outside the canvas are ignored.
    void add(int x, int y, std::uint8_t coverage);
    // Full ink over [x, x+w) × [y, y+h), clipped.
    void fill(int x, int y, int w, int h);
    std::uint8_t at(int x, int y) const;
};

// One bit per dot, 1 = burn (black), rows packed most significant bit first, each row padded to
// whole bytes: exactly the data of ESC/POS GS v 0.
struct MonoImage {
    int width = 0;   // dots
    int height = 0;  // rows
    std::vector<std::uint8_t> bits;  // height * bytes_per_row()

    int bytes_per_row() const { return (width + 7) / 8; }
    bool at(int x, int y) const;
    void set(int x, int y, bool black);
};

// Dots with ink >= `threshold` (0-255, 128 = half covered) become black. The canvas keeps its
// size; a width that is not a multiple of 8 is padded with white dots.
MonoImage threshold(const InkCanvas& canvas, std::uint8_t level = 128);

// Floyd–Steinberg error diffusion, serpentine: every dot becomes 0 or 255, so threshold() keeps
// it as it is, and an area keeps its average ink. For pictures (the municipality's logo), whose
// greys a hard threshold would turn into solid black or nothing; text and the QR are thresholded.
void dither(InkCanvas& canvas);

// Writes `image` as a black-on-white PNG (for review and the tests' reference images) through
// qr::write_png: private temporary, rename, never over the store or a device.
Result<void> write_png(const MonoImage& image, const std::string& path);

}  // namespace siang::print
