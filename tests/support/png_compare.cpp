// png_compare: compares a screenshot with a reviewed reference PNG pixel by pixel.
// Usage: png_compare IMAGE REFERENCE [--threshold T] [--max-pixels N] [--exclude x0,y0,x1,y1]...
//                    [--diff OUT.png]
// A pixel differs when any of its R, G, B channels differs by more than T (0-255); the check
// fails when more than N pixels differ (outside the excluded rectangles), and then writes a diff
// image (differing pixels red over a dimmed reference) and prints its path. With
// SIANG_UPDATE_REFERENCES=1 in the environment it copies IMAGE over REFERENCE instead and passes:
// the one way to regenerate references after an intended change (tools/update-references).
#include <stb_image.h>
#include <stb_image_write.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

struct ImageFree {
    void operator()(unsigned char* p) const { stbi_image_free(p); }
};

struct Image {
    std::unique_ptr<unsigned char, ImageFree> pixels;
    int width = 0, height = 0;
    const unsigned char* at(int x, int y) const {
        return pixels.get() + (static_cast<long>(y) * width + x) * 4;
    }
};

bool load(const std::string& path, Image& out) {
    int channels = 0;
    out.pixels.reset(stbi_load(path.c_str(), &out.width, &out.height, &channels, 4));
    if (!out.pixels) std::fprintf(stderr, "png_compare: cannot read %s\n", path.c_str());
    return static_cast<bool>(out.pixels);
}

struct Rect {
    int x0, y0, x1, y1;
    bool contains(int x, int y) const { return x >= x0 && x < x1 && y >= y0 && y < y1; }
};

bool update_requested() {
    const char* v = std::getenv("SIANG_UPDATE_REFERENCES");
    return v != nullptr && std::string_view(v) == "1";
}

// Differing pixels in pure red over the reference dimmed to a third of its contrast (towards
// white), excluded rectangles tinted grey-blue, so the eye finds what changed at once.
std::vector<unsigned char> diff_image(const Image& img, const Image& ref,
                                      const std::vector<Rect>& excluded, int threshold) {
    std::vector<unsigned char> out(static_cast<size_t>(img.width) * img.height * 3);
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const unsigned char* a = img.at(x, y);
            const unsigned char* b = ref.at(x, y);
            unsigned char* o = out.data() + (static_cast<long>(y) * img.width + x) * 3;
            bool skip = false;
            for (const Rect& r : excluded) skip = skip || r.contains(x, y);
            bool differs = false;
            for (int c = 0; c < 3; ++c) differs = differs || std::abs(a[c] - b[c]) > threshold;
            for (int c = 0; c < 3; ++c) o[c] = static_cast<unsigned char>(170 + b[c] / 3);
            if (skip) {
                o[0] = static_cast<unsigned char>(o[0] * 3 / 4);
                o[1] = static_cast<unsigned char>(o[1] * 3 / 4);
            } else if (differs) {
                o[0] = 255;
                o[1] = 0;
                o[2] = 0;
            }
        }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App cli{"Compares a screenshot with its reference PNG"};
    std::string image_path, reference_path, diff_path;
    int threshold = 24;
    long max_pixels = 0;
    std::vector<std::string> exclude_specs;
    cli.add_option("image", image_path, "The render under test")->required();
    cli.add_option("reference", reference_path, "The reviewed reference PNG")->required();
    cli.add_option("--threshold", threshold, "Largest per-channel difference still equal (0-255)")
        ->capture_default_str();
    cli.add_option("--max-pixels", max_pixels, "Most differing pixels allowed")
        ->capture_default_str();
    cli.add_option("--exclude", exclude_specs,
                   "x0,y0,x1,y1 not compared (what changes from run to run: a random code)");
    cli.add_option("--diff", diff_path, "Where the diff image goes (default: IMAGE.diff.png)");
    CLI11_PARSE(cli, argc, argv);

    std::vector<Rect> excluded;
    for (const std::string& spec : exclude_specs) {
        Rect r{};
        if (std::sscanf(spec.c_str(), "%d,%d,%d,%d", &r.x0, &r.y0, &r.x1, &r.y1) != 4) {
            std::fprintf(stderr, "png_compare: --exclude wants x0,y0,x1,y1, not %s\n",
                         spec.c_str());
            return 2;
        }
        excluded.push_back(r);
    }

    Image img;
    if (!load(image_path, img)) return 1;
    if (update_requested()) {
        std::error_code ec;
        std::filesystem::copy_file(image_path, reference_path,
                                   std::filesystem::copy_options::overwrite_existing, ec);
        if (ec) {
            std::fprintf(stderr, "png_compare: cannot update %s: %s\n", reference_path.c_str(),
                         ec.message().c_str());
            return 1;
        }
        std::printf("png_compare: updated %s from %s (look at it before committing)\n",
                    reference_path.c_str(), image_path.c_str());
        return 0;
    }

    Image ref;
    if (!load(reference_path, ref)) return 1;
    if (ref.width != img.width || ref.height != img.height) {
        std::fprintf(stderr, "png_compare: size %dx%d differs from reference %s %dx%d\n", img.width,
                     img.height, reference_path.c_str(), ref.width, ref.height);
        return 1;
    }
    long differing = 0;
    int bx0 = img.width, by0 = img.height, bx1 = -1, by1 = -1;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            bool skip = false;
            for (const Rect& r : excluded) skip = skip || r.contains(x, y);
            if (skip) continue;
            const unsigned char* a = img.at(x, y);
            const unsigned char* b = ref.at(x, y);
            bool differs = false;
            for (int c = 0; c < 3; ++c) differs = differs || std::abs(a[c] - b[c]) > threshold;
            if (!differs) continue;
            ++differing;
            bx0 = std::min(bx0, x);
            by0 = std::min(by0, y);
            bx1 = std::max(bx1, x);
            by1 = std::max(by1, y);
        }
    std::printf("png_compare: %s vs %s: %ld pixel(s) differ by more than %d (limit %ld)\n",
                image_path.c_str(), reference_path.c_str(), differing, threshold, max_pixels);
    if (differing <= max_pixels) return 0;

    if (diff_path.empty()) diff_path = image_path + ".diff.png";
    const auto out = diff_image(img, ref, excluded, threshold);
    if (stbi_write_png(diff_path.c_str(), img.width, img.height, 3, out.data(), img.width * 3) ==
        0) {
        std::fprintf(stderr, "png_compare: cannot write the diff image %s\n", diff_path.c_str());
    } else {
        std::fprintf(stderr, "png_compare: differences inside %d,%d-%d,%d; diff image: %s\n", bx0,
                     by0, bx1, by1, diff_path.c_str());
    }
    std::fprintf(stderr,
                 "png_compare: differs from %s. If the change is intended, run "
                 "tools/update-references and look at the new references before committing.\n",
                 reference_path.c_str());
    return 1;
}
