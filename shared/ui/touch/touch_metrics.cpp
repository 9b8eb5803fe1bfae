// Panel size to pixels-per-millimetre.
#include "ui/touch/touch_metrics.hpp"

#include <cmath>

namespace siang::ui::touch {

TouchMetrics metrics_for_panel(int width_px, int height_px, float diagonal_inches) {
    if (width_px <= 0 || height_px <= 0 || !(diagonal_inches > 0.0f)) return {};
    const double diagonal_px =
        std::hypot(static_cast<double>(width_px), static_cast<double>(height_px));
    const double diagonal_mm = static_cast<double>(diagonal_inches) * 25.4;
    return TouchMetrics{static_cast<float>(diagonal_px / diagonal_mm)};
}

}  // namespace siang::ui::touch
