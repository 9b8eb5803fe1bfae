// sd_notify(3) through libsystemd.
#include "systemd/notify.hpp"

#include <systemd/sd-daemon.h>

namespace siang::systemd {

void notify_ready() { sd_notify(0, "READY=1"); }
void notify_stopping() { sd_notify(0, "STOPPING=1"); }
void notify_watchdog() { sd_notify(0, "WATCHDOG=1"); }

std::optional<std::chrono::microseconds> watchdog_interval() {
    uint64_t usec = 0;
    // > 0: enabled for this process; 0: not enabled; < 0: a malformed environment (treated as off).
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0) return std::nullopt;
    return std::chrono::microseconds(usec);
}

WatchdogPinger::WatchdogPinger() {
    if (auto interval = watchdog_interval())
        period_ = std::chrono::duration_cast<Clock::duration>(*interval) / 2;
}

std::optional<WatchdogPinger::Clock::time_point> WatchdogPinger::ping(Clock::time_point now) {
    if (!period_) return std::nullopt;
    if (now >= next_) {
        notify_watchdog();
        next_ = now + *period_;
    }
    return next_;
}

}  // namespace siang::systemd
