// Bangkok office hours for demo data: when citizens come to the counter and staff act.
#pragma once

#include <chrono>
#include <cstdint>

#include "demo/demo_random.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::demo {

inline constexpr std::int64_t seconds_per_day = 24 * 3600;
inline constexpr std::int64_t office_open_s = 8 * 3600 + 30 * 60;    // 08:30 Bangkok
inline constexpr std::int64_t office_close_s = 16 * 3600 + 30 * 60;  // 16:30 Bangkok

// Seconds since Bangkok midnight.
inline std::int64_t bangkok_seconds_of_day(domain::TimePoint t) {
    const std::int64_t local = (t + domain::bangkok_offset).time_since_epoch().count();
    return ((local % seconds_per_day) + seconds_per_day) % seconds_per_day;
}

// Saturday or Sunday in Bangkok.
inline bool is_bangkok_weekend(domain::TimePoint t) {
    const std::chrono::weekday wd{
        std::chrono::floor<std::chrono::days>(t + domain::bangkok_offset)};
    return wd == std::chrono::Saturday || wd == std::chrono::Sunday;
}

// `t` if it falls in office hours on a weekday; otherwise a random time in the first three office
// hours of the next working morning (staff read what arrived overnight first thing).
inline domain::TimePoint to_office_hours(DemoRandom& rng, domain::TimePoint t) {
    const std::int64_t sod = bangkok_seconds_of_day(t);
    if (sod < office_open_s) {
        t += std::chrono::seconds(office_open_s - sod + rng.between(0, 3 * 3600));
    } else if (sod >= office_close_s) {
        t += std::chrono::seconds(seconds_per_day - sod + office_open_s + rng.between(0, 3 * 3600));
    }
    while (is_bangkok_weekend(t)) t += std::chrono::days(1);
    return t;
}

}  // namespace siang::demo
