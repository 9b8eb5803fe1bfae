// Sliding windows of failed attempts.
#include "server/api/rate_limit.hpp"

#include <algorithm>

namespace siang::server::api {

void FailureWindow::forget_old(std::deque<Clock::time_point>& times, Clock::time_point now) const {
    while (!times.empty() && times.front() + window_ <= now) times.pop_front();
}

std::optional<std::int64_t> FailureWindow::wait(const std::string& key, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    auto it = failures_.find(key);
    if (it == failures_.end()) return std::nullopt;
    forget_old(it->second, now);
    if (it->second.empty()) {
        failures_.erase(it);
        return std::nullopt;
    }
    if (it->second.size() < max_) return std::nullopt;
    const auto left = std::chrono::ceil<std::chrono::seconds>(it->second.front() + window_ - now);
    return std::max<std::int64_t>(1, left.count());
}

void FailureWindow::fail(const std::string& key, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    // Bounded memory under a flood from many addresses: the map never outgrows this; past it the
    // oldest keys go (the global window still counts every failure).
    constexpr std::size_t max_keys = 10000;
    if (failures_.size() >= max_keys && !failures_.contains(key))
        failures_.erase(failures_.begin());
    auto& times = failures_[key];
    forget_old(times, now);
    times.push_back(now);
    while (times.size() > max_) times.pop_front();
}

}  // namespace siang::server::api
