// Thai civil time: Bangkok local dates, Buddhist Era years and the fiscal year (1 Oct – 30 Sep).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace siang::domain {

using Clock = std::chrono::system_clock;
using TimePoint = std::chrono::sys_seconds;

// Thailand has no daylight saving time: local time is UTC+7.
inline constexpr std::chrono::minutes bangkok_offset{7 * 60};

// The Bangkok calendar date of a UTC instant.
std::chrono::year_month_day local_date(TimePoint t);

constexpr int to_buddhist_era(int ce_year) {
    return ce_year + 543;
}

// Fiscal year in BE of a local date: 1 Oct 2025 – 30 Sep 2026 is fiscal year 2569.
int fiscal_year_be(std::chrono::year_month_day d);

// First and last local day of fiscal year `fy_be`.
std::chrono::year_month_day fiscal_year_start(int fy_be);
std::chrono::year_month_day fiscal_year_end(int fy_be);

// "25 พ.ย. 2569" / "25 Nov 2569" (BE in both languages, as Thai offices write it).
std::string format_thai_date(std::chrono::year_month_day d, bool english = false);

// ISO 8601 UTC, "2026-11-25T05:21:45Z", as stored.
std::string format_iso_utc(TimePoint t);
// Parses what format_iso_utc writes; nullopt on anything else.
std::optional<TimePoint> parse_iso_utc(std::string_view s);
// Parses "YYYY-MM-DD" (CE); years above 2400 are taken as BE and converted. nullopt if invalid
// (year 0000 included). Whether the date is plausible for an event is check_occurred_on's call.
std::optional<std::chrono::year_month_day> parse_date(std::string_view s);

}  // namespace siang::domain
