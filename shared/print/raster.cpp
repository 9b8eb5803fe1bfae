// Ink canvas, thresholding to 1 bit per dot, and PNG output of a slip image.
#include "print/raster.hpp"

#include <algorithm>
#include <utility>

#include "qr/qr_bitmap.hpp"

namespace siang::print {

InkCanvas::InkCanvas(int w, int h)
    : width(w), height(h),
      ink(static_cast<std::size_t>(std::max(w, 0)) * static_cast<std::size_t>(std::max(h, 0))) {}

void InkCanvas::add(int x, int y, std::uint8_t coverage) {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    std::uint8_t& v = ink[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                          static_cast<std::size_t>(x)];
    v = static_cast<std::uint8_t>(std::min(255, v + coverage));
}

void InkCanvas::fill(int x, int y, int w, int h) {
    for (int yy = std::max(y, 0); yy < std::min(y + h, height); ++yy)
        for (int xx = std::max(x, 0); xx < std::min(x + w, width); ++xx)
            ink[static_cast<std::size_t>(yy) * static_cast<std::size_t>(width) +
                static_cast<std::size_t>(xx)] = 255;
}

std::uint8_t InkCanvas::at(int x, int y) const {
    if (x < 0 || y < 0 || x >= width || y >= height) return 0;
    return ink[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
               static_cast<std::size_t>(x)];
}

bool MonoImage::at(int x, int y) const {
    if (x < 0 || y < 0 || x >= width || y >= height) return false;
    const auto byte = bits[static_cast<std::size_t>(y) * static_cast<std::size_t>(bytes_per_row()) +
                           static_cast<std::size_t>(x / 8)];
    return (byte & (0x80 >> (x % 8))) != 0;
}

void MonoImage::set(int x, int y, bool black) {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    auto& byte = bits[static_cast<std::size_t>(y) * static_cast<std::size_t>(bytes_per_row()) +
                      static_cast<std::size_t>(x / 8)];
    const auto mask = static_cast<std::uint8_t>(0x80 >> (x % 8));
    byte = static_cast<std::uint8_t>(black ? (byte | mask) : (byte & ~mask));
}

MonoImage threshold(const InkCanvas& canvas, std::uint8_t level) {
    MonoImage out;
    out.width = canvas.width;
    out.height = canvas.height;
    out.bits.assign(static_cast<std::size_t>(out.bytes_per_row()) *
                        static_cast<std::size_t>(std::max(out.height, 0)),
                    0);
    for (int y = 0; y < canvas.height; ++y)
        for (int x = 0; x < canvas.width; ++x)
            if (canvas.at(x, y) >= level) out.set(x, y, true);
    return out;
}

void dither(InkCanvas& canvas) {
    const int w = canvas.width;
    if (w <= 0 || canvas.height <= 0) return;
    // The error still to place on this row and the next, one slot of margin on either side.
    std::vector<float> here(static_cast<std::size_t>(w) + 2, 0.0f);
    std::vector<float> next(here.size(), 0.0f);
    for (int y = 0; y < canvas.height; ++y) {
        const bool rightwards = y % 2 == 0;
        const int step = rightwards ? 1 : -1;
        for (int i = 0; i < w; ++i) {
            const int x = rightwards ? i : w - 1 - i;
            const auto slot = static_cast<std::size_t>(x + 1);
            auto& dot = canvas.ink[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) +
                                   static_cast<std::size_t>(x)];
            const float wanted = static_cast<float>(dot) + here[slot];
            const std::uint8_t got = wanted >= 127.5f ? 255 : 0;
            const float error = wanted - static_cast<float>(got);
            dot = got;
            here[static_cast<std::size_t>(static_cast<int>(slot) + step)] += error * 7.0f / 16.0f;
            next[static_cast<std::size_t>(static_cast<int>(slot) - step)] += error * 3.0f / 16.0f;
            next[slot] += error * 5.0f / 16.0f;
            next[static_cast<std::size_t>(static_cast<int>(slot) + step)] += error * 1.0f / 16.0f;
        }
        std::swap(here, next);
        std::fill(next.begin(), next.end(), 0.0f);
    }
}

Result<void> write_png(const MonoImage& image, const std::string& path) {
    qr::Bitmap bitmap;
    bitmap.width = image.width;
    bitmap.height = image.height;
    bitmap.rgba.resize(static_cast<std::size_t>(image.width) *
                       static_cast<std::size_t>(image.height) * 4);
    std::size_t i = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t v = image.at(x, y) ? 0 : 255;
            bitmap.rgba[i++] = v;
            bitmap.rgba[i++] = v;
            bitmap.rgba[i++] = v;
            bitmap.rgba[i++] = 255;
        }
    return qr::write_png(bitmap, path);
}

}  // namespace siang::print
