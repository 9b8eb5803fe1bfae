// Physical sizing: converts millimetres on the panel to pixels from its diagonal and resolution.
#pragma once

namespace siang::ui {

// The display's physical geometry, from configuration (SPEC §4.10).
struct PanelSizing {
    double px_per_mm = 4.03;  // a 21.5" 1920×1080 panel
    double text_scale = 1.0;  // the citizen's larger-text toggle multiplies text sizes

    // `mm` millimetres in pixels, rounded to whole pixels.
    float px(double mm) const;
    // A text size of `mm` in pixels, including the larger-text scale.
    float text_px(double mm) const;
    // Smallest touch target side (20 mm, SPEC §4.10), rounded up so that it is never under
    // 20 mm, and the gap between targets (4 mm).
    float touch_target() const;
    float touch_gap() const { return px(4.0); }
};

// Pixels per millimetre of a panel `diagonal_inches` across showing `width_px` × `height_px`
// (square pixels assumed). Returns 0 when an argument is not positive.
double px_per_mm(int width_px, int height_px, double diagonal_inches);

// Sizing for a panel; falls back to the 21.5" 1080p default when the geometry is unusable.
PanelSizing panel_sizing(int width_px, int height_px, double diagonal_inches);

}  // namespace siang::ui
