// One-axis drag-to-scroll with inertia, clamped to the content: pure logic, explicit time.
#pragma once

#include <array>
#include <cstddef>

namespace siang::ui::touch {

struct InertiaConfig {
    // Velocity decays as exp(-t / decay_seconds) after the finger lifts (a flick coasts ~1 s).
    double decay_seconds = 0.325;
    // Below this speed (px/s) the fling stops: sub-pixel creeping would keep frames coming.
    double stop_speed = 20.0;
    // Only pointer samples this recent count towards the release velocity, so a finger that
    // stopped before lifting does not fling.
    double velocity_window_seconds = 0.1;
    // Flings faster than this (px/s) are capped; a stray fast swipe should not fly to the end.
    double max_speed = 8000.0;
    // When true, dragging past an end moves at half speed and springs back on release;
    // when false, the offset stops hard at the ends.
    bool rubber_band = true;
    // Time constant of the spring back to the nearest end.
    double spring_seconds = 0.08;
};

// Scroll offset of a viewport over taller (or wider) content. Offset 0 shows the start; the
// largest offset is content - viewport. Feed it pointer positions along the scroll axis while a
// drag is on (begin_drag/drag_to/end_drag), then call update() each frame with the frame time;
// animating() says whether another frame is needed, so idle screens stay idle.
class InertialScroll {
  public:
    explicit InertialScroll(InertiaConfig config = {}) : config_(config) {}

    // Content and viewport extents in pixels; the offset is pulled back inside the new bounds.
    void set_extents(float content, float viewport);
    // A finger went down (or a drag was recognised) at `pointer`: any fling stops at once.
    void begin_drag(float pointer, double seconds);
    // The finger is at `pointer`: content follows it (moving the finger up scrolls down).
    void drag_to(float pointer, double seconds);
    // The finger lifted: start coasting with the recent velocity, or spring back inside.
    void end_drag(double seconds);
    // Scroll by `delta` pixels at once (mouse wheel, keyboard), clamped, stopping any fling.
    void scroll_by(float delta);
    // Jump so that offset is `value`, clamped, stopping any motion.
    void scroll_to(float value);
    // Advance the fling or spring to time `seconds`.
    void update(double seconds);

    float offset() const { return offset_; }
    float max_offset() const { return max_offset_; }
    // Current coasting speed in px/s (0 when still or dragging).
    double velocity() const { return velocity_; }
    bool dragging() const { return mode_ == Mode::dragging; }
    // True while a fling or spring-back is moving: the frame pacer should keep drawing.
    bool animating() const { return mode_ == Mode::coasting || mode_ == Mode::springing; }

  private:
    enum class Mode { still, dragging, coasting, springing };
    struct Sample {
        double seconds = 0.0;
        float pointer = 0.0f;
    };

    float clamp_offset(float value) const;
    float resisted(float raw) const;
    double release_velocity(double now) const;
    void push_sample(float pointer, double seconds);

    InertiaConfig config_;
    Mode mode_ = Mode::still;
    float offset_ = 0.0f;
    float max_offset_ = 0.0f;
    float grab_pointer_ = 0.0f;
    float grab_offset_ = 0.0f;
    double velocity_ = 0.0;
    double last_seconds_ = 0.0;
    std::array<Sample, 16> samples_{};
    std::size_t sample_count_ = 0;  // samples stored, newest at (next_sample_ - 1)
    std::size_t next_sample_ = 0;
};

}  // namespace siang::ui::touch
