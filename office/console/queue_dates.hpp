// The queue's date-range filters in the Buddhist Era, as every other date the console shows.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace siang::office {

// Parses a date typed into a filter: "25/11/2569" (day/month/year BE; Thai digits, '.' or '-'
// between the parts also accepted) or "2569-11-25" (year first, BE or CE as
// domain::parse_date reads it). invalid_argument (detail: the text) for anything else, and for a
// day-first date whose year is not BE (2026 would be read 543 years off).
Result<std::chrono::year_month_day> parse_filter_date(std::string_view text);

// A filter date written back as staff type it: "25/11/2569".
std::string filter_date_text(std::chrono::year_month_day d);

}  // namespace siang::office
