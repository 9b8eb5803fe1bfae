// Colour contrast as WCAG 2.x defines it: relative luminance and contrast ratio.
#pragma once

#include <cstdint>

namespace siang::ui {

// An opaque sRGB colour, 8 bits per channel.
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

// WCAG relative luminance in [0, 1] (sRGB channels linearised, weighted 0.2126/0.7152/0.0722).
double relative_luminance(Rgb c);

// WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 (same) to 21.
double contrast_ratio(Rgb a, Rgb b);

// `c` darkened (mixed toward black) just enough to reach `min_ratio` against `background`;
// unchanged when it already does. Used to keep a configured accent readable.
Rgb darken_to_contrast(Rgb c, Rgb background, double min_ratio);

// Near-black or white, whichever contrasts more with `background`: text on a coloured fill.
Rgb readable_on(Rgb background);

}  // namespace siang::ui
