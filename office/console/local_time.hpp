// Bangkok clock times for the console's tables: "14:05" and "25 พ.ย. 2569 14:05".
#pragma once

#include <string>

#include "domain/thai_calendar.hpp"
#include "i18n/catalog.hpp"

namespace siang::office {

// "HH:MM" in Bangkok local time.
std::string clock_text(domain::TimePoint t);
// The Buddhist Era date (i18n::date_text) and the local clock time.
std::string date_time_text(domain::TimePoint t, i18n::Lang lang);

}  // namespace siang::office
