// siang-server under systemd (SPEC §14, issue 15): READY=1 once both listeners are up, WATCHDOG=1
// only while the office API really answers, STOPPING=1 when the clean stop begins. The unit's
// WatchdogSec then restarts a server that hangs, not only one that dies.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace siang::server {

struct WatchdogProbe {
    std::string office_url;   // "https://127.0.0.1:8443": this server, as a kiosk on the box sees it
    std::string fingerprint;  // its own certificate, pinned like any client would
};

// Asks the office API one request over a fresh pinned HTTPS connection: true when any HTTP answer
// came back within `timeout` (a 404 is an answer: the TLS listener and its threads work).
bool office_api_answers(const WatchdogProbe& probe, std::chrono::milliseconds timeout);

// The watchdog thread. Does nothing when the unit set no watchdog (WATCHDOG_USEC unset): a server
// started from a terminal or a test runs no extra thread. Otherwise, every half interval, probes
// the office API and pings only when it answered. The destructor stops the thread (at once).
class ServiceWatchdog {
  public:
    explicit ServiceWatchdog(WatchdogProbe probe);
    ~ServiceWatchdog();
    ServiceWatchdog(const ServiceWatchdog&) = delete;
    ServiceWatchdog& operator=(const ServiceWatchdog&) = delete;

  private:
    void loop(std::chrono::microseconds interval);
    WatchdogProbe probe_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stop_ = false;
    std::thread thread_;
};

}  // namespace siang::server
