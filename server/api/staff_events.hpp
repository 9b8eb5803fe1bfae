// The office API's event counter (issue 12, live events): moves whenever a case or a help
// request changes through this server, and wakes the staff consoles' long polls
// (GET /api/v1/staff/events, staff_wire_reports.hpp) without any of them polling.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace siang::server::api {

// Two counters: one every change moves, one only what a clerk may see moves (cases outside the
// corruption register, help requests). A clerk's long poll waits on the second, so the moment a
// corruption complaint is filed or handled never reaches a clerk's console (SPEC §5).
class StaffEvents {
  public:
    // The counter starts at the wall clock's milliseconds, so a restarted server never answers
    // a number a console kept from before (the console then sees a change at once).
    StaffEvents();
    StaffEvents(const StaffEvents&) = delete;
    StaffEvents& operator=(const StaffEvents&) = delete;

    // The counter a viewer with (`confidential`) or without confidential rights waits on.
    std::int64_t current(bool confidential) const;
    // Moves the counter of everything, and when `open` (a clerk may know of it) the clerks' too,
    // and wakes every waiter.
    void notify(bool open);
    // Waits until the viewer's counter is not `after`, `wait` has passed or stop() was called;
    // returns that counter then. No polling: a condition variable, nothing else.
    std::int64_t wait_past(std::int64_t after, std::chrono::steady_clock::duration wait,
                           bool confidential);
    // Wakes every waiter, and every later wait_past answers at once (the server is stopping).
    void stop();

  private:
    mutable std::mutex mutex_;
    std::condition_variable moved_;
    std::int64_t all_;   // every change
    std::int64_t open_;  // what a clerk may see
    bool stopping_ = false;
};

}  // namespace siang::server::api
