// The console's idle lock: after 10 minutes without input the screen locks (SPEC §6).
#pragma once

#include <chrono>

namespace siang::office {

// Pure timekeeping, no window: the app reports input and asks whether it is locked, so a test
// can drive it with made-up instants.
class IdleLock {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::minutes default_timeout{10};

    explicit IdleLock(Clock::duration timeout = default_timeout) : timeout_(timeout) {}

    // Input arrived at `now`: the idle time starts again (ignored while locked).
    void activity(Clock::time_point now);
    // True once `now` is a full timeout after the last activity; stays true until unlock().
    bool locked(Clock::time_point now);
    // Forces the lock (e.g. the staff member leaves the desk).
    void lock() { locked_ = true; }
    // The password was given again: unlocked, idle time from `now`.
    void unlock(Clock::time_point now);
    // When it will lock without further input (for the frame pacer's wake-up).
    Clock::time_point deadline() const { return last_ + timeout_; }

  private:
    Clock::duration timeout_;
    Clock::time_point last_{};
    bool locked_ = false;
};

}  // namespace siang::office
