// Records the citizen's "call staff" presses through the help port and asks, at a modest rate,
// whether the office has seen the open one, so the kiosk can say staff are on their way.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

#include "core/error.hpp"
#include "kiosk/flow/flow_ports.hpp"
#include "kiosk/flow/kiosk_session.hpp"

namespace siang::flow {

// How often the kiosk asks whether its help request was acknowledged.
inline constexpr std::chrono::seconds help_poll_interval{3};

class HelpWatch {
  public:
    // `port` must outlive the watch.
    explicit HelpWatch(HelpPort& port, SteadyClock::duration every = help_poll_interval)
        : port_(port), every_(every) {}

    // Once per frame, after the session handled the frame's intents: records a new press (the
    // session's take_help_request), asks the port when a poll is due and tells the session on
    // acknowledgement; forgets the request when the visit ended. A failed record tells the
    // session (help_call_failed: the citizen is told to ask at the counter) and returns the
    // error for the caller's log, and so does a request the port later reports as never
    // delivered (HelpPort::record_failed); a failed poll is tried again at the next interval.
    Result<void> update(KioskSession& session, SteadyTime now);

    // When update() next has something to ask; nullopt while no request is open.
    std::optional<SteadyTime> next_poll() const;

  private:
    HelpPort& port_;
    SteadyClock::duration every_;
    std::optional<std::int64_t> open_;
    SteadyTime next_{};
};

}  // namespace siang::flow
