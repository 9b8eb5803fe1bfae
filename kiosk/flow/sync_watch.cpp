// The sync indicator's state.
#include "kiosk/flow/sync_watch.hpp"

#include <utility>

namespace siang::flow {

SyncWatch::SyncWatch(Read read, SteadyClock::duration failing_after)
    : read_(std::move(read)), failing_after_(failing_after) {}

const SyncView& SyncWatch::update(SteadyTime now) {
    const bool changed = changed_.exchange(false, std::memory_order_acq_rel);
    if (!changed && now < next_read_) return view_;
    next_read_ = now + sync_refresh_every;
    auto r = read_ ? read_() : Result<SyncReading>(SyncReading{});
    if (!r) return view_;
    view_.pending = r->pending;
    view_.last_success = r->last_success;
    if (r->last_attempt_failed && r->pending > 0) {
        if (!failing_since_) failing_since_ = now;
    } else {
        failing_since_.reset();
    }
    view_.failing = failing_since_ && now - *failing_since_ >= failing_after_;
    if (failing_since_ && !view_.failing && *failing_since_ + failing_after_ < next_read_)
        next_read_ = *failing_since_ + failing_after_;  // turn amber on time
    return view_;
}

}  // namespace siang::flow
