// The wrong-code limit of the track screen: after N wrong codes in a row, a pause (SPEC §4.8).
#pragma once

#include <chrono>
#include <optional>

#include "kiosk/flow/flow_time.hpp"

namespace siang::flow {

// Counts wrong codes in a row at this kiosk, whoever typed them: it guards the codes against
// guessing, so it outlives one citizen's visit (a wipe does not reset it). A mistyped code (bad
// check digit), a malformed one and an unknown one all count; a found code resets the count.
class TrackingThrottle {
  public:
    TrackingThrottle(int limit, std::chrono::seconds pause);

    // True while the pause runs; entry is refused then.
    bool paused(SteadyTime now) const;
    // The end of the running pause; nullopt when not paused.
    std::optional<SteadyTime> paused_until() const { return paused_until_; }

    // Records a wrong code at `now`; the limit-th in a row starts the pause.
    void record_wrong(SteadyTime now);
    // The office refused more lookups for now (rate_limited): the pause starts at once.
    void pause_now(SteadyTime now);
    // A code was found: the count starts again.
    void record_success();
    // Ends an elapsed pause (the count starts again after it).
    void update(SteadyTime now);

    // Codes that may still be tried before the pause.
    int attempts_left() const { return limit_ - wrong_; }

  private:
    int limit_;
    std::chrono::seconds pause_;
    int wrong_ = 0;
    std::optional<SteadyTime> paused_until_;
};

}  // namespace siang::flow
