// Reads a recorded ESC/POS stream back: the GS v 0 bands joined into one image, and what else
// was sent (initialise, feed, cut, status queries), for the printer tests (issue 13).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "print/raster.hpp"

namespace siang::testing {

struct DecodedSlip {
    print::MonoImage image;          // every band stacked, top first
    std::vector<int> band_rows;      // each band's height
    int inits = 0;                   // ESC @
    int cuts = 0;                    // GS V
    int status_queries = 0;          // DLE EOT n
    std::string problem;             // empty, or the first byte the decoder did not know
};

inline DecodedSlip decode_escpos(std::span<const std::uint8_t> s) {
    DecodedSlip out;
    std::size_t i = 0;
    const auto left = [&] { return s.size() - i; };
    while (i < s.size() && out.problem.empty()) {
        if (left() >= 2 && s[i] == 0x1B && s[i + 1] == 0x40) {
            ++out.inits;
            i += 2;
        } else if (left() >= 3 && s[i] == 0x10 && s[i + 1] == 0x04) {
            ++out.status_queries;
            i += 3;
        } else if (left() >= 3 && s[i] == 0x1B && s[i + 1] == 0x64) {
            i += 3;
        } else if (left() >= 4 && s[i] == 0x1D && s[i + 1] == 0x56 && s[i + 2] == 0x42) {
            ++out.cuts;
            i += 4;
        } else if (left() >= 8 && s[i] == 0x1D && s[i + 1] == 0x76 && s[i + 2] == 0x30) {
            const int bpr = s[i + 4] | (s[i + 5] << 8);
            const int rows = s[i + 6] | (s[i + 7] << 8);
            const std::size_t n = static_cast<std::size_t>(bpr) * static_cast<std::size_t>(rows);
            if (left() < 8 + n) {
                out.problem = "band cut short";
                break;
            }
            if (out.image.width == 0) out.image.width = bpr * 8;
            if (out.image.bytes_per_row() != bpr) {
                out.problem = "bands of different widths";
                break;
            }
            out.image.bits.insert(out.image.bits.end(), s.begin() + static_cast<std::ptrdiff_t>(i + 8),
                                  s.begin() + static_cast<std::ptrdiff_t>(i + 8 + n));
            out.image.height += rows;
            out.band_rows.push_back(rows);
            i += 8 + n;
        } else {
            out.problem = "unknown byte " + std::to_string(s[i]) + " at " + std::to_string(i);
        }
    }
    return out;
}

}  // namespace siang::testing
