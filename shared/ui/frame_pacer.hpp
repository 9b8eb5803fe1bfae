// Decides when to draw: only on input, a running animation, a timer deadline or a wake-up.
#pragma once

#include <chrono>
#include <optional>

namespace siang::ui {

// Pure decision logic, no window: the app loop reports what happened and asks what to do.
// Immediate-mode rule: timer deadlines requested while drawing a frame are kept until the next
// frame is drawn, so each frame re-requests what it still needs (caret blink, countdown).
class FramePacer {
  public:
    using Clock = std::chrono::steady_clock;
    using Duration = std::chrono::duration<double>;

    // Extra frames drawn after input so ImGui's hover/click state settles.
    static constexpr int settle_frames = 3;
    // Frame interval while an animation runs (no vsync under Xvfb or llvmpipe).
    static constexpr Duration animation_interval{1.0 / 60.0};

    // Input arrived (touch, key, scroll, resize, focus) or another thread woke the loop.
    void on_input();
    // Draw one more frame, e.g. the state changed outside input handling.
    void request_frame();
    // Keep drawing frames until `deadline` (a transition or pressed-state animation).
    void animate_until(Clock::time_point deadline);
    // Draw one frame at `deadline` (a countdown tick, caret blink, an inactivity timeout).
    void wake_at(Clock::time_point deadline);

    // What the loop should do next at time `now`: draw now (nullopt), or wait for events at most
    // the returned time. Duration::max() means wait for input with no timeout.
    std::optional<Duration> wait_before_next_frame(Clock::time_point now) const;

    // The loop is about to draw a frame at `now`: consumes a pending or settle frame, drops the
    // timer deadlines (the frame requests again what it still needs) and a finished animation.
    void frame_started(Clock::time_point now);

  private:
    int pending_ = 1;  // the first frame is always drawn
    std::optional<Clock::time_point> animation_end_;
    std::optional<Clock::time_point> next_timer_;
    std::optional<Clock::time_point> last_frame_;
};

}  // namespace siang::ui
