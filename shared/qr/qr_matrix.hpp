// QR symbols as a plain grid of dark/light modules, quiet zone included (SPEC §5).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace siang::qr {

// A square QR symbol: `size` modules per side, row-major, 1 = dark. The quiet zone is part of
// the grid, so renderers draw every module and need no margin logic of their own.
struct QrMatrix {
    int size = 0;
    std::vector<std::uint8_t> dark;

    // True for a dark module; coordinates outside the grid are light (quiet zone beyond).
    bool at(int x, int y) const {
        if (x < 0 || y < 0 || x >= size || y >= size) return false;
        return dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) +
                    static_cast<std::size_t>(x)] != 0;
    }
};

// Encodes `payload` as bytes (8-bit mode), error correction level M, the smallest version that
// fits, surrounded by `quiet_zone` light modules on each side (4 is what the standard asks).
// Errors: invalid_argument for an empty payload or a negative quiet zone; qr_failed when
// libqrencode refuses (payload too long for version 40, out of memory).
Result<QrMatrix> encode_qr(std::string_view payload, int quiet_zone = 4);

}  // namespace siang::qr
