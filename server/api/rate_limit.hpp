// Failed attempts remembered per key (a peer address, a kiosk, or "" for all) in a sliding window,
// in memory: enough for one server process; a restart forgets, which only helps an attacker
// as much as one window.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace siang::server::api {

class FailureWindow {
  public:
    using Clock = std::chrono::steady_clock;
    FailureWindow(std::size_t max_failures, std::chrono::seconds window)
        : max_(max_failures), window_(window) {}

    // Seconds until `key` may try again (its oldest failure leaves the window), when it already
    // has max_failures in the window; nullopt when it may try now.
    std::optional<std::int64_t> wait(const std::string& key, Clock::time_point now);
    // Remembers a failed attempt of `key`.
    void fail(const std::string& key, Clock::time_point now);

  private:
    void forget_old(std::deque<Clock::time_point>& times, Clock::time_point now) const;
    std::size_t max_;
    std::chrono::seconds window_;
    std::mutex mutex_;
    std::map<std::string, std::deque<Clock::time_point>> failures_;
};

}  // namespace siang::server::api
