// QR matrices drawn as crisp RGBA bitmaps (texture-ready) and written as PNG files.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "qr/qr_matrix.hpp"

namespace siang::qr {

// 8-bit RGBA pixels, row-major, top row first, no padding between rows: the layout
// glTexImage2D(GL_RGBA, GL_UNSIGNED_BYTE) takes with the default unpack alignment.
struct Bitmap {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4 bytes
};

// Draws every module (quiet zone included) as a solid square of `scale` x `scale` pixels, black
// on opaque white. `scale` is the largest integer with matrix.size * scale <= target_px, at least
// 1, so the bitmap is exactly matrix.size * scale pixels square: never larger than target_px
// unless target_px is below one pixel per module, and usually a little smaller. Whole-pixel
// modules keep the edges sharp; the caller centres the bitmap in its target area and must draw
// it 1:1 or with nearest-neighbour sampling.
Bitmap render_qr(const QrMatrix& matrix, int target_px);

// Writes `bitmap` as a PNG file at `path`: encoded in memory, then written with write_output_file
// (private temporary, fsync, rename), so a reader never sees a half-written file and it never
// replaces the store, its key or a device. Errors: invalid_argument for an empty bitmap;
// output_protected, output_not_regular; io_error naming the path and the OS reason.
Result<void> write_png(const Bitmap& bitmap, const std::string& path);

}  // namespace siang::qr
