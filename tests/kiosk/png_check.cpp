// png_check: checks a screenshot is not blank and, optionally, matches a reference image.
// Usage: png_check IMAGE [--region x0,y0,x1,y1] [--min-dark F] [--reference REF --max-diff D
//                        [--diff-region x0,y0,x1,y1]]
#include <stb_image.h>

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct ImageFree {
    void operator()(unsigned char* p) const { stbi_image_free(p); }
};

struct Image {
    std::unique_ptr<unsigned char, ImageFree> pixels;
    int width = 0, height = 0;
};

bool load(const std::string& path, Image& out) {
    int channels = 0;
    out.pixels.reset(stbi_load(path.c_str(), &out.width, &out.height, &channels, 4));
    if (!out.pixels) std::fprintf(stderr, "png_check: cannot read %s\n", path.c_str());
    return static_cast<bool>(out.pixels);
}

double luminance(const unsigned char* p) {
    return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App cli{"Screenshot checks for the GUI tests"};
    std::string image_path, reference_path;
    std::vector<int> region;
    double min_dark = 0.005, max_diff = 2.0;
    cli.add_option("image", image_path)->required();
    cli.add_option("--region", region, "x0,y0,x1,y1 counted for dark pixels (default: all)")
        ->delimiter(',')
        ->expected(4);
    cli.add_option("--min-dark", min_dark, "Least fraction of dark pixels (text) in the region");
    cli.add_option("--reference", reference_path, "Reference PNG of the same size");
    cli.add_option("--max-diff", max_diff, "Largest mean absolute channel difference (0-255)");
    std::vector<int> diff_region;
    cli.add_option("--diff-region", diff_region,
                   "x0,y0,x1,y1 compared with the reference (default: all)")
        ->expected(4)
        ->delimiter(',');
    CLI11_PARSE(cli, argc, argv);

    Image img;
    if (!load(image_path, img)) return 1;
    int x0 = 0, y0 = 0, x1 = img.width, y1 = img.height;
    if (region.size() == 4) {
        x0 = std::max(0, region[0]);
        y0 = std::max(0, region[1]);
        x1 = std::min(img.width, region[2]);
        y1 = std::min(img.height, region[3]);
    }
    long dark = 0, total = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x, ++total)
            if (luminance(img.pixels.get() + (static_cast<long>(y) * img.width + x) * 4) < 110.0)
                ++dark;
    const double fraction = total > 0 ? static_cast<double>(dark) / static_cast<double>(total) : 0;
    std::printf("png_check: %s %dx%d, dark fraction %.4f in region\n", image_path.c_str(),
                img.width, img.height, fraction);
    if (fraction < min_dark) {
        std::fprintf(stderr, "png_check: looks blank (dark fraction %.4f < %.4f)\n", fraction,
                     min_dark);
        return 1;
    }
    if (reference_path.empty()) return 0;

    Image ref;
    if (!load(reference_path, ref)) return 1;
    if (ref.width != img.width || ref.height != img.height) {
        std::fprintf(stderr, "png_check: size %dx%d differs from reference %dx%d\n", img.width,
                     img.height, ref.width, ref.height);
        return 1;
    }
    int dx0 = 0, dy0 = 0, dx1 = img.width, dy1 = img.height;
    if (diff_region.size() == 4) {
        dx0 = std::max(0, diff_region[0]);
        dy0 = std::max(0, diff_region[1]);
        dx1 = std::min(img.width, diff_region[2]);
        dy1 = std::min(img.height, diff_region[3]);
    }
    double sum = 0;
    long n = 0;
    for (int y = dy0; y < dy1; ++y)
        for (int x = dx0; x < dx1; ++x)
            for (int c = 0; c < 4; ++c, ++n) {
                const long i = (static_cast<long>(y) * img.width + x) * 4 + c;
                sum += std::abs(static_cast<int>(img.pixels.get()[i]) -
                                static_cast<int>(ref.pixels.get()[i]));
            }
    const double mean = n > 0 ? sum / static_cast<double>(n) : 0.0;
    std::printf("png_check: mean absolute difference %.3f (limit %.3f)\n", mean, max_diff);
    if (mean > max_diff) {
        std::fprintf(stderr, "png_check: differs from %s\n", reference_path.c_str());
        return 1;
    }
    return 0;
}
