// Frame pacing decisions: nearest deadline wins, an idle window never draws.
#include "ui/frame_pacer.hpp"

#include <algorithm>

namespace siang::ui {

void FramePacer::on_input() {
    pending_ = std::max(pending_, settle_frames);
}

void FramePacer::request_frame() {
    pending_ = std::max(pending_, 1);
}

void FramePacer::animate_until(Clock::time_point deadline) {
    animation_end_ = animation_end_ ? std::max(*animation_end_, deadline) : deadline;
}

void FramePacer::wake_at(Clock::time_point deadline) {
    next_timer_ = next_timer_ ? std::min(*next_timer_, deadline) : deadline;
}

std::optional<FramePacer::Duration> FramePacer::wait_before_next_frame(
    Clock::time_point now) const {
    if (pending_ > 0) return std::nullopt;
    std::optional<Clock::time_point> due = next_timer_;
    if (animation_end_) {
        // Animating: one interval after the last frame, and a final frame exactly at the end.
        auto tick = *animation_end_;
        if (last_frame_)
            tick = std::min(tick, *last_frame_ + std::chrono::duration_cast<Clock::duration>(
                                                     animation_interval));
        due = due ? std::min(*due, tick) : tick;
    }
    if (!due) return Duration::max();
    if (*due <= now) return std::nullopt;
    return std::chrono::duration_cast<Duration>(*due - now);
}

void FramePacer::frame_started(Clock::time_point now) {
    if (pending_ > 0) --pending_;
    next_timer_.reset();
    if (animation_end_ && *animation_end_ <= now) animation_end_.reset();
    last_frame_ = now;
}

}  // namespace siang::ui
