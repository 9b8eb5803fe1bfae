// Tap-versus-drag recognition.
#include "ui/touch/gesture.hpp"

namespace siang::ui::touch {

namespace {

bool beyond_slop(Point a, Point b, float slop) {
    const float dx = a.x - b.x;
    const float dy = a.y - b.y;
    return dx * dx + dy * dy > slop * slop;
}

}  // namespace

GestureConfig gesture_config_for(double px_per_mm) {
    constexpr double kSlopMillimetres = 4.0;
    GestureConfig config;
    if (px_per_mm > 0.0) config.slop_px = static_cast<float>(kSlopMillimetres * px_per_mm);
    return config;
}

void GestureRecognizer::press(Point at, double seconds) {
    phase_ = GesturePhase::pressed;
    press_at_ = at;
    current_ = at;
    press_seconds_ = seconds;
}

bool GestureRecognizer::move(Point to, double /*seconds*/) {
    if (phase_ == GesturePhase::idle) return false;
    current_ = to;
    if (phase_ == GesturePhase::pressed && beyond_slop(to, press_at_, config_.slop_px)) {
        phase_ = GesturePhase::dragging;
        return true;
    }
    return false;
}

GestureEnd GestureRecognizer::release(Point at, double seconds) {
    if (phase_ == GesturePhase::idle) return GestureEnd::none;
    move(at, seconds);
    const GesturePhase was = phase_;
    phase_ = GesturePhase::idle;
    if (was == GesturePhase::dragging) return GestureEnd::drag;
    if (seconds - press_seconds_ > config_.max_tap_seconds) return GestureEnd::held_long;
    return GestureEnd::tap;
}

}  // namespace siang::ui::touch
