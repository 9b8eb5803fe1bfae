// ESC/POS bytes for a slip: initialise, GS v 0 raster bands, feed, cut; real-time queries (issue 13).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "print/raster.hpp"

namespace siang::print {

using Bytes = std::vector<std::uint8_t>;

// Band heights for an image `height` rows tall, top to bottom: each at most 256 rows and never
// a multiple of 48 (some printers' firmware mis-feeds such bands), summing to `height`.
// Empty for height <= 0.
std::vector<int> plan_bands(int height);

// One GS v 0 command: "GS v 0 m xL xH yL yH" (m = 0, normal size) and the rows'
// bits, already passed through guard_realtime().
Bytes raster_band(const MonoImage& image, int first_row, int rows);

// A slip, in the order it is sent: [0] = ESC @ (initialise), then one element per band, then
// the feed and (when `cut`) a partial cut after feeding to the cutter. A transport sends them
// one by one with a pause between bands, so the printer's buffer drains.
std::vector<Bytes> encode_slip(const MonoImage& image, bool cut);

// Changes image data so that it never holds a real-time command: DLE EOT (10 04), DLE ENQ
// (10 05) or DLE DC4 (10 14). A printer acts on those wherever they stand in the stream, bit
// images included, so a row of dots that happened to spell one would stop, reset or query the
// printer mid-slip. Where a 0x10 byte is followed by 04, 05 or 14, its one black dot (bit 4,
// the fourth dot of that byte) is turned white: the byte becomes 0x00. One dot of 0.125 mm
// lost at worst: the eye does not see it, and a QR module (several dots square) keeps its
// colour. Returns how many dots were changed.
int guard_realtime(std::span<std::uint8_t> data);

// True when `stream` holds DLE EOT, DLE ENQ or DLE DC4 anywhere: the tests' scan.
bool holds_realtime_sequence(std::span<const std::uint8_t> stream);

// DLE EOT n: ask real-time status n (1 printer, 2 offline cause, 3 error cause, 4 paper).
inline Bytes status_query(std::uint8_t n) {
    return {0x10, 0x04, n};
}

}  // namespace siang::print
