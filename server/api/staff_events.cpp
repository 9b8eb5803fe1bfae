// The event counter the consoles' long polls wait on (staff_events.hpp).
#include "server/api/staff_events.hpp"

namespace siang::server::api {

StaffEvents::StaffEvents()
    : counter_(std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count()) {}

std::int64_t StaffEvents::current() const {
    std::lock_guard lock(mutex_);
    return counter_;
}

void StaffEvents::notify() {
    {
        std::lock_guard lock(mutex_);
        ++counter_;
    }
    moved_.notify_all();
}

std::int64_t StaffEvents::wait_past(std::int64_t after, std::chrono::steady_clock::duration wait) {
    std::unique_lock lock(mutex_);
    moved_.wait_for(lock, wait, [&] { return stopping_ || counter_ != after; });
    return counter_;
}

void StaffEvents::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    moved_.notify_all();
}

}  // namespace siang::server::api
