// Drag-to-scroll with exponential-decay inertia and an optional rubber band.
#include "ui/touch/inertial_scroll.hpp"

#include <algorithm>
#include <cmath>

namespace siang::ui::touch {

namespace {

// Past an end, content moves this fraction of the finger's movement: resistance a person feels.
constexpr float kRubberBandFactor = 0.5f;
// A spring-back closer than this to the end snaps there and stops.
constexpr float kSnapPixels = 0.5f;

}  // namespace

float InertialScroll::clamp_offset(float value) const {
    return std::clamp(value, 0.0f, max_offset_);
}

float InertialScroll::resisted(float raw) const {
    if (!config_.rubber_band) return clamp_offset(raw);
    if (raw < 0.0f) return raw * kRubberBandFactor;
    if (raw > max_offset_) return max_offset_ + (raw - max_offset_) * kRubberBandFactor;
    return raw;
}

void InertialScroll::set_extents(float content, float viewport) {
    max_offset_ = std::max(0.0f, content - viewport);
    if (mode_ == Mode::still || mode_ == Mode::coasting) offset_ = clamp_offset(offset_);
}

void InertialScroll::push_sample(float pointer, double seconds) {
    samples_[next_sample_] = Sample{seconds, pointer};
    next_sample_ = (next_sample_ + 1) % samples_.size();
    sample_count_ = std::min(sample_count_ + 1, samples_.size());
}

void InertialScroll::begin_drag(float pointer, double seconds) {
    mode_ = Mode::dragging;
    velocity_ = 0.0;
    sample_count_ = 0;
    grab_pointer_ = pointer;
    // Grabbing content that is still springing back: undo the resistance so it does not jump.
    grab_offset_ = offset_;
    if (config_.rubber_band && offset_ < 0.0f) grab_offset_ = offset_ / kRubberBandFactor;
    if (config_.rubber_band && offset_ > max_offset_)
        grab_offset_ = max_offset_ + (offset_ - max_offset_) / kRubberBandFactor;
    push_sample(pointer, seconds);
    last_seconds_ = seconds;
}

void InertialScroll::drag_to(float pointer, double seconds) {
    if (mode_ != Mode::dragging) return;
    offset_ = resisted(grab_offset_ - (pointer - grab_pointer_));
    push_sample(pointer, seconds);
    last_seconds_ = seconds;
}

double InertialScroll::release_velocity(double now) const {
    if (sample_count_ < 2) return 0.0;
    const std::size_t n = samples_.size();
    const Sample& newest = samples_[(next_sample_ + n - 1) % n];
    if (now - newest.seconds > config_.velocity_window_seconds) return 0.0;
    const Sample* oldest = &newest;
    for (std::size_t back = 2; back <= sample_count_; ++back) {
        const Sample& s = samples_[(next_sample_ + n - back) % n];
        if (now - s.seconds > config_.velocity_window_seconds) break;
        oldest = &s;
    }
    const double dt = newest.seconds - oldest->seconds;
    if (dt < 1e-4) return 0.0;
    // Content moves against the finger.
    const double speed = -static_cast<double>(newest.pointer - oldest->pointer) / dt;
    return std::clamp(speed, -config_.max_speed, config_.max_speed);
}

void InertialScroll::end_drag(double seconds) {
    if (mode_ != Mode::dragging) return;
    last_seconds_ = seconds;
    velocity_ = 0.0;
    if (offset_ < 0.0f || offset_ > max_offset_) {
        mode_ = Mode::springing;
        return;
    }
    const double v = release_velocity(seconds);
    if (std::abs(v) > config_.stop_speed) {
        velocity_ = v;
        mode_ = Mode::coasting;
    } else {
        mode_ = Mode::still;
    }
}

void InertialScroll::scroll_by(float delta) {
    scroll_to(offset_ + delta);
}

void InertialScroll::scroll_to(float value) {
    offset_ = clamp_offset(value);
    velocity_ = 0.0;
    if (mode_ != Mode::dragging) mode_ = Mode::still;
}

void InertialScroll::update(double seconds) {
    const double dt = seconds - last_seconds_;
    if (dt <= 0.0) return;
    last_seconds_ = seconds;
    if (mode_ == Mode::coasting) {
        // Exact integral of v0 * exp(-t / tau): the result does not depend on the frame rate.
        const double decay = std::exp(-dt / config_.decay_seconds);
        const double moved = velocity_ * config_.decay_seconds * (1.0 - decay);
        velocity_ *= decay;
        const float next = offset_ + static_cast<float>(moved);
        offset_ = clamp_offset(next);
        if (offset_ != next || std::abs(velocity_) < config_.stop_speed) {
            velocity_ = 0.0;
            mode_ = Mode::still;
        }
    } else if (mode_ == Mode::springing) {
        const float target = clamp_offset(offset_);
        const double keep = std::exp(-dt / config_.spring_seconds);
        offset_ = target + static_cast<float>(static_cast<double>(offset_ - target) * keep);
        if (std::abs(offset_ - target) < kSnapPixels) {
            offset_ = target;
            mode_ = Mode::still;
        }
    }
}

}  // namespace siang::ui::touch
