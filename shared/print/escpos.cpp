// The ESC/POS encoding of a 1-bit slip: band plan, GS v 0 commands, the real-time guard.
#include "print/escpos.hpp"

#include <algorithm>

namespace siang::print {
namespace {

constexpr int max_band = 255;  // under 256 and 255 % 48 != 0

bool realtime_second(std::uint8_t b) {
    return b == 0x04 || b == 0x05 || b == 0x14;
}

}  // namespace

std::vector<int> plan_bands(int height) {
    std::vector<int> bands;
    int left = height;
    while (left > 0) {
        const int take = std::min(left, max_band);
        bands.push_back(take);
        left -= take;
    }
    if (bands.empty() || bands.back() % 48 != 0) return bands;
    // The last band is a multiple of 48 (at most 240): one row moves to it from the band
    // before (255 → 254), or, alone, it splits into all but one row and one row.
    if (bands.size() > 1) {
        bands[bands.size() - 2] -= 1;
        bands.back() += 1;
    } else {
        bands.back() -= 1;
        bands.push_back(1);
    }
    return bands;
}

int guard_realtime(std::span<std::uint8_t> data) {
    int changed = 0;
    for (std::size_t i = 0; i + 1 < data.size(); ++i) {
        if (data[i] == 0x10 && realtime_second(data[i + 1])) {
            data[i] = 0x00;
            ++changed;
        }
    }
    return changed;
}

bool holds_realtime_sequence(std::span<const std::uint8_t> stream) {
    for (std::size_t i = 0; i + 1 < stream.size(); ++i)
        if (stream[i] == 0x10 && realtime_second(stream[i + 1])) return true;
    return false;
}

Bytes raster_band(const MonoImage& image, int first_row, int rows) {
    const int bpr = image.bytes_per_row();
    const std::size_t header = 8;
    const auto data = static_cast<std::size_t>(rows) * static_cast<std::size_t>(bpr);
    Bytes out(header + data);
    const std::uint8_t head[header] = {
        0x1D, 0x76, 0x30, 0x00, static_cast<std::uint8_t>(bpr & 0xFF),
        static_cast<std::uint8_t>(bpr >> 8), static_cast<std::uint8_t>(rows & 0xFF),
        static_cast<std::uint8_t>(rows >> 8)};
    std::copy(head, head + header, out.begin());
    const auto begin = image.bits.begin() + static_cast<std::ptrdiff_t>(first_row) * bpr;
    std::copy(begin, begin + static_cast<std::ptrdiff_t>(data), out.begin() + header);
    // The guard runs over the header's last byte too: yH (0 or 1) never starts a DLE, and a
    // data byte 0x10 that ends the band is followed by the next command's GS (0x1D) or ESC.
    (void)guard_realtime(std::span(out).subspan(7));  // the count matters only to the tests
    return out;
}

std::vector<Bytes> encode_slip(const MonoImage& image, bool cut) {
    std::vector<Bytes> out;
    out.push_back({0x1B, 0x40});  // ESC @: initialise
    int row = 0;
    for (int rows : plan_bands(image.height)) {
        out.push_back(raster_band(image, row, rows));
        row += rows;
    }
    // ESC d 4: feed four lines, past the tear bar; GS V 66 0: feed to the cutter and cut
    // partially (the slip stays hanging until it is taken).
    Bytes tail{0x1B, 0x64, 0x04};
    if (cut) tail.insert(tail.end(), {0x1D, 0x56, 0x42, 0x00});
    out.push_back(std::move(tail));
    return out;
}

}  // namespace siang::print
