// render_qr and write_png: module scaling and the PNG file.
#include "qr/qr_bitmap.hpp"

#include <stb_image_write.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/output_file.hpp"

namespace siang::qr {
namespace {

constexpr std::uint8_t black = 0x00;
constexpr std::uint8_t white = 0xFF;

void append_bytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

}  // namespace

Bitmap render_qr(const QrMatrix& matrix, int target_px) {
    Bitmap bmp;
    if (matrix.size <= 0) return bmp;
    const int scale = std::max(1, target_px / matrix.size);
    bmp.width = bmp.height = matrix.size * scale;
    const auto side = static_cast<std::size_t>(bmp.width);
    bmp.rgba.assign(side * side * 4, white);

    for (int my = 0; my < matrix.size; ++my) {
        for (int mx = 0; mx < matrix.size; ++mx) {
            if (!matrix.at(mx, my)) continue;
            for (int py = my * scale; py < (my + 1) * scale; ++py) {
                auto* px = bmp.rgba.data() + (static_cast<std::size_t>(py) * side +
                                              static_cast<std::size_t>(mx * scale)) *
                                                 4;
                for (int i = 0; i < scale; ++i, px += 4) {
                    px[0] = px[1] = px[2] = black;  // alpha stays opaque
                }
            }
        }
    }
    return bmp;
}

Result<void> write_png(const Bitmap& bitmap, const std::string& path) {
    if (bitmap.width <= 0 || bitmap.height <= 0 ||
        bitmap.rgba.size() !=
            static_cast<std::size_t>(bitmap.width) * static_cast<std::size_t>(bitmap.height) * 4) {
        return fail(Errc::internal, "empty or inconsistent bitmap for " + path);
    }
    std::vector<std::uint8_t> png;
    if (stbi_write_png_to_func(append_bytes, &png, bitmap.width, bitmap.height, 4,
                               bitmap.rgba.data(), bitmap.width * 4) == 0) {
        return fail(Errc::io_error, path + ": PNG encoding failed");
    }
    return write_output_file(
        path, std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
}

}  // namespace siang::qr
