// sd_notify(3) through libsystemd.
#include "systemd/notify.hpp"

#include <systemd/sd-daemon.h>

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace siang::systemd {

void notify_ready() { sd_notify(0, "READY=1"); }
void notify_stopping() { sd_notify(0, "STOPPING=1"); }
void notify_watchdog() { sd_notify(0, "WATCHDOG=1"); }

// WATCHDOG_USEC itself, not sd_watchdog_enabled(): that one also wants WATCHDOG_PID to be this
// process, and the kiosk is cage's child (the unit's main process is cage; NotifyAccess=all lets
// the child ping).
std::optional<std::chrono::microseconds> watchdog_interval() {
    const char* text = std::getenv("WATCHDOG_USEC");
    if (!text || !std::getenv("NOTIFY_SOCKET")) return std::nullopt;
    const std::string_view s(text);
    unsigned long long usec = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), usec);
    if (ec != std::errc{} || end != s.data() + s.size() || usec == 0) return std::nullopt;
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
