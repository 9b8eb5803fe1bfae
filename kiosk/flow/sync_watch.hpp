// The staff's sync indicator (issue 11 item 6): what the outbox holds and when the office last
// acknowledged, re-read when the uploader says something changed, amber after failing a while.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>

#include "core/error.hpp"
#include "domain/thai_calendar.hpp"
#include "kiosk/flow/flow_time.hpp"

namespace siang::flow {

// One read of the outbox's state (Outbox::status).
struct SyncReading {
    std::int64_t pending = 0;
    std::optional<domain::TimePoint> last_success;
    bool last_attempt_failed = false;
};

// What the indicator shows.
struct SyncView {
    std::int64_t pending = 0;
    std::optional<domain::TimePoint> last_success;
    // Uploads have failed for at least `failing_after` with something still to send: the dot
    // turns amber for staff. A failure or two on the way is not worth a colour.
    bool failing = false;
};

inline constexpr std::chrono::seconds sync_failing_after{120};
inline constexpr std::chrono::seconds sync_refresh_every{30};

class SyncWatch {
  public:
    using Read = std::function<Result<SyncReading>()>;
    explicit SyncWatch(Read read, SteadyClock::duration failing_after = sync_failing_after);

    // The uploader's changed callback: from any thread, quick.
    void mark_changed() { changed_.store(true, std::memory_order_release); }

    // On the UI thread each frame: reads the outbox again when it changed or after
    // sync_refresh_every (so "failing for a while" turns amber without a change). A failed read
    // keeps the last view.
    const SyncView& update(SteadyTime now);
    const SyncView& view() const { return view_; }
    // When update() next reads without a change.
    SteadyTime next_refresh() const { return next_read_; }

  private:
    Read read_;
    SteadyClock::duration failing_after_;
    std::atomic<bool> changed_{true};
    SteadyTime next_read_{};
    std::optional<SteadyTime> failing_since_;
    SyncView view_;
};

}  // namespace siang::flow
