// Wrong tracking codes in a row and the pause after the limit.
#include "kiosk/flow/tracking_throttle.hpp"

#include <algorithm>

namespace siang::flow {

TrackingThrottle::TrackingThrottle(int limit, std::chrono::seconds pause)
    : limit_(std::max(limit, 1)), pause_(pause) {}

bool TrackingThrottle::paused(SteadyTime now) const {
    return paused_until_ && now < *paused_until_;
}

void TrackingThrottle::record_wrong(SteadyTime now) {
    update(now);
    if (paused(now)) return;
    if (++wrong_ >= limit_) paused_until_ = now + pause_;
}

void TrackingThrottle::pause_now(SteadyTime now) {
    update(now);
    if (!paused(now)) paused_until_ = now + pause_;
}

void TrackingThrottle::record_success() {
    wrong_ = 0;
}

void TrackingThrottle::update(SteadyTime now) {
    if (paused_until_ && now >= *paused_until_) {
        paused_until_.reset();
        wrong_ = 0;
    }
}

}  // namespace siang::flow
