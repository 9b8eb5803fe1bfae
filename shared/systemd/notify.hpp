// The service manager's side channel (sd_notify(3)): a Type=notify unit learns that the program is
// ready, that it is still healthy (the watchdog) and that it is stopping. Nothing here knows what
// "healthy" means: the caller decides when to ping. Without NOTIFY_SOCKET (a terminal, a test)
// every call is a no-op.
#pragma once

#include <chrono>
#include <optional>

namespace siang::systemd {

// READY=1: the listeners are up (Type=notify units count as started from here).
void notify_ready();
// STOPPING=1: the clean stop has begun.
void notify_stopping();
// WATCHDOG=1: one ping; the caller has just checked that the program is healthy.
void notify_watchdog();

// The watchdog interval the unit asked for (WATCHDOG_USEC, with NOTIFY_SOCKET set), or nothing
// when no watchdog is enabled or the value is not a positive number. Ping at half of it.
std::optional<std::chrono::microseconds> watchdog_interval();

// Pings the watchdog at most every half interval from a loop that runs anyway (the kiosk's frame
// loop): `ping(now)` sends WATCHDOG=1 when due and returns when the loop should next wake up for it
// (nothing when there is no watchdog).
class WatchdogPinger {
  public:
    using Clock = std::chrono::steady_clock;
    WatchdogPinger();
    std::optional<Clock::time_point> ping(Clock::time_point now);

  private:
    std::optional<Clock::duration> period_;
    Clock::time_point next_{};
};

}  // namespace siang::systemd
