// Millimetres to pixels for the configured panel.
#include "ui/panel_sizing.hpp"

#include <cmath>

namespace siang::ui {

float PanelSizing::px(double mm) const {
    return static_cast<float>(std::round(mm * px_per_mm));
}

float PanelSizing::touch_target() const {
    return static_cast<float>(std::ceil(20.0 * px_per_mm - 1e-6));
}

float PanelSizing::text_px(double mm) const {
    return static_cast<float>(std::round(mm * px_per_mm * text_scale));
}

double px_per_mm(int width_px, int height_px, double diagonal_inches) {
    if (width_px <= 0 || height_px <= 0 || !(diagonal_inches > 0.0)) return 0.0;
    const double diagonal_px = std::hypot(static_cast<double>(width_px), height_px);
    return diagonal_px / (diagonal_inches * 25.4);
}

PanelSizing panel_sizing(int width_px, int height_px, double diagonal_inches) {
    PanelSizing s;
    if (const double p = px_per_mm(width_px, height_px, diagonal_inches); p > 0.0) s.px_per_mm = p;
    return s;
}

}  // namespace siang::ui
