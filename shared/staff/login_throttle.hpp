// The back-off after repeated failed logins (per user and per source): how long the next
// attempt must wait, from the failures the store remembers.
#pragma once

#include <chrono>
#include <span>

#include "domain/thai_calendar.hpp"

namespace siang::staff {

// Failures older than this are forgotten.
inline constexpr std::chrono::seconds login_failure_window{15 * 60};
// Failures within the window that cost nothing; the next one starts the wait.
inline constexpr int free_login_failures = 5;
// The first wait, doubled with each further failure up to the cap.
inline constexpr std::chrono::seconds first_login_wait{30};
inline constexpr std::chrono::seconds max_login_wait{15 * 60};

// How long an attempt at `now` must still wait, given the times of earlier failures (for one
// user or one source, any order): zero while fewer than free_login_failures fall within the
// window before `now`, else first_login_wait doubled for each further one, capped at
// max_login_wait, counted from the latest failure.
std::chrono::seconds login_wait(std::span<const domain::TimePoint> failures, domain::TimePoint now);

}  // namespace siang::staff
