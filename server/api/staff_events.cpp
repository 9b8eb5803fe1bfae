// The event counter the consoles' long polls wait on (staff_events.hpp).
#include "server/api/staff_events.hpp"

namespace siang::server::api {

StaffEvents::StaffEvents()
    : all_(std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
               .count()),
      open_(all_) {}

std::int64_t StaffEvents::current(bool confidential) const {
    std::lock_guard lock(mutex_);
    return confidential ? all_ : open_;
}

void StaffEvents::notify(bool open) {
    {
        std::lock_guard lock(mutex_);
        ++all_;
        if (open) ++open_;
    }
    moved_.notify_all();
}

std::int64_t StaffEvents::wait_past(std::int64_t after, std::chrono::steady_clock::duration wait,
                                    bool confidential) {
    const std::int64_t& counter = confidential ? all_ : open_;
    std::unique_lock lock(mutex_);
    moved_.wait_for(lock, wait, [&] { return stopping_ || counter != after; });
    return counter;
}

void StaffEvents::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    moved_.notify_all();
}

}  // namespace siang::server::api
