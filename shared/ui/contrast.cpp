// WCAG 2.x relative luminance and contrast ratio.
#include "ui/contrast.hpp"

#include <algorithm>
#include <cmath>

namespace siang::ui {
namespace {

double linear(std::uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t scaled(std::uint8_t channel, double factor) {
    return static_cast<std::uint8_t>(std::lround(channel * factor));
}

}  // namespace

double relative_luminance(Rgb c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a);
    const double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb darken_to_contrast(Rgb c, Rgb background, double min_ratio) {
    // Luminance falls monotonically with the factor: 101 steps are exact enough for 8 bits.
    for (int step = 100; step >= 0; --step) {
        const double f = step / 100.0;
        const Rgb d{scaled(c.r, f), scaled(c.g, f), scaled(c.b, f)};
        if (contrast_ratio(d, background) >= min_ratio) return d;
    }
    return Rgb{0, 0, 0};
}

Rgb readable_on(Rgb background) {
    constexpr Rgb ink{0x1A, 0x1F, 0x2B};
    constexpr Rgb white{0xFF, 0xFF, 0xFF};
    return contrast_ratio(ink, background) >= contrast_ratio(white, background) ? ink : white;
}

}  // namespace siang::ui
