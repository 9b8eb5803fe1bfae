// The office API's event counter (issue 12, live events): moves whenever a case or a help
// request changes through this server, and wakes the staff consoles' long polls
// (GET /api/v1/staff/events, staff_wire_reports.hpp) without any of them polling.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace siang::server::api {

class StaffEvents {
  public:
    // The counter starts at the wall clock's milliseconds, so a restarted server never answers
    // a number a console kept from before (the console then sees a change at once).
    StaffEvents();
    StaffEvents(const StaffEvents&) = delete;
    StaffEvents& operator=(const StaffEvents&) = delete;

    std::int64_t current() const;
    // Moves the counter and wakes every waiter.
    void notify();
    // Waits until the counter is not `after`, `wait` has passed or stop() was called; returns the
    // counter then. No polling: a condition variable, nothing else.
    std::int64_t wait_past(std::int64_t after, std::chrono::steady_clock::duration wait);
    // Wakes every waiter, and every later wait_past answers at once (the server is stopping).
    void stop();

  private:
    mutable std::mutex mutex_;
    std::condition_variable moved_;
    std::int64_t counter_;
    bool stopping_ = false;
};

}  // namespace siang::server::api
