// Physical touch sizes (SPEC §4.10) turned into pixels for one panel.
#pragma once

namespace siang::ui::touch {

// Pixel sizes of the kiosk's touch rules, derived from the panel's real size so that a 20 mm
// target stays 20 mm on any screen. Build one with metrics_for_panel(); the defaults suit a
// 21.5" 1920x1080 panel (about 4 px per mm).
struct TouchMetrics {
    float px_per_mm = 4.03f;

    // Pixels for a length in millimetres on this panel.
    float mm(float millimetres) const { return millimetres * px_per_mm; }
    // Smallest side of anything a finger must hit (20 mm).
    float min_target_px() const { return mm(20.0f); }
    // Gap between neighbouring targets (4 mm, the middle of the 3–5 mm rule).
    float gap_px() const { return mm(4.0f); }
    // How far a finger may wander during a tap before it counts as a drag (4 mm: older hands
    // tremble, and a drag that starts late is less harmful than a tap that never fires).
    float tap_slop_px() const { return mm(4.0f); }
};

// Metrics for a panel of width_px x height_px pixels whose visible diagonal is diagonal_inches.
// A non-positive size gives the default metrics rather than a division by zero.
TouchMetrics metrics_for_panel(int width_px, int height_px, float diagonal_inches);

}  // namespace siang::ui::touch
