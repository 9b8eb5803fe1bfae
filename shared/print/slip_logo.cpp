// Reading, scaling and dithering the slip's logo.
#include "print/slip_logo.hpp"

#include <stb_image.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace siang::print {
namespace {

struct StbiFree {
    void operator()(unsigned char* p) const { stbi_image_free(p); }
};

// A grey picture in floats, 0 = paper, 255 = full ink.
struct Grey {
    int width = 0;
    int height = 0;
    std::vector<float> ink;
    float& at(int x, int y) {
        return ink[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                   static_cast<std::size_t>(x)];
    }
};

// One axis of an area-average resample: each destination dot takes the source dots it covers,
// weighted by how much of each it covers. Works both ways (an enlarged dot covers part of one or
// two source dots), so a seal keeps its weight at every size.
struct Span {
    int first = 0;
    std::vector<float> weights;
};
std::vector<Span> spans(int from, int to) {
    std::vector<Span> out(static_cast<std::size_t>(to));
    const double scale = static_cast<double>(from) / to;
    for (int d = 0; d < to; ++d) {
        const double lo = d * scale, hi = (d + 1) * scale;
        Span& s = out[static_cast<std::size_t>(d)];
        s.first = static_cast<int>(std::floor(lo));
        for (int i = s.first; i < from && i < hi; ++i) {
            const double cover = std::min<double>(hi, i + 1) - std::max<double>(lo, i);
            s.weights.push_back(static_cast<float>(cover / scale));
        }
    }
    return out;
}

Grey resample(Grey& src, int width, int height) {
    const auto across = spans(src.width, width);
    Grey wide{width, src.height, std::vector<float>(static_cast<std::size_t>(width) *
                                                    static_cast<std::size_t>(src.height))};
    for (int y = 0; y < src.height; ++y)
        for (int x = 0; x < width; ++x) {
            const Span& s = across[static_cast<std::size_t>(x)];
            float v = 0;
            for (std::size_t k = 0; k < s.weights.size(); ++k)
                v += s.weights[k] * src.at(s.first + static_cast<int>(k), y);
            wide.at(x, y) = v;
        }
    const auto down = spans(src.height, height);
    Grey out{width, height, std::vector<float>(static_cast<std::size_t>(width) *
                                               static_cast<std::size_t>(height))};
    for (int y = 0; y < height; ++y) {
        const Span& s = down[static_cast<std::size_t>(y)];
        for (int x = 0; x < width; ++x) {
            float v = 0;
            for (std::size_t k = 0; k < s.weights.size(); ++k)
                v += s.weights[k] * wide.at(x, s.first + static_cast<int>(k));
            out.at(x, y) = v;
        }
    }
    return out;
}

}  // namespace

int slip_logo_side(int width_dots) {
    return width_dots * 3 / 8;
}

Result<InkCanvas> load_slip_logo(const std::string& path, int max_width, int max_height) {
    int w = 0, h = 0, channels = 0;
    // The size first: a huge image is refused before it is decoded into memory.
    if (stbi_info(path.c_str(), &w, &h, &channels) == 0)
        return fail(Errc::io_error, path + ": " + stbi_failure_reason());
    if (w <= 0 || h <= 0 || w > 4096 || h > 4096)
        return fail({.code = Errc::invalid_argument, .detail = path, .field = "logo_path"});
    std::unique_ptr<unsigned char, StbiFree> rgba(stbi_load(path.c_str(), &w, &h, &channels, 4));
    if (!rgba) return fail(Errc::io_error, path + ": " + stbi_failure_reason());

    Grey src{w, h, std::vector<float>(static_cast<std::size_t>(w) * static_cast<std::size_t>(h))};
    for (std::size_t i = 0; i < src.ink.size(); ++i) {
        const unsigned char* p = rgba.get() + i * 4;
        // Rec. 601 luma of the sRGB values, on white paper by its alpha. Not linearised: a
        // thermal dot spreads, so a linear-light dither would print the midtones too dark.
        const float luma = 0.299f * p[0] + 0.587f * p[1] + 0.114f * p[2];
        const float alpha = p[3] / 255.0f;
        src.ink[i] = (255.0f - luma) * alpha;
    }
    const double scale = std::min(static_cast<double>(max_width) / w,
                                  static_cast<double>(max_height) / h);
    const int dw = std::max(1, static_cast<int>(std::lround(w * scale)));
    const int dh = std::max(1, static_cast<int>(std::lround(h * scale)));
    Grey fitted = resample(src, dw, dh);

    InkCanvas out(dw, dh);
    for (std::size_t i = 0; i < out.ink.size(); ++i)
        out.ink[i] = static_cast<std::uint8_t>(std::clamp(std::lround(fitted.ink[i]), 0L, 255L));
    dither(out);
    return out;
}

}  // namespace siang::print
