// Digits, dates and times of day as configured for the citizen screens.
#include "kiosk/screens/screen_context.hpp"

#include <cstdio>

#include "domain/thai_digits.hpp"
#include "kiosk/flow/flow_keys.hpp"

namespace siang::kiosk::screens {

std::string ScreenContext::digits(std::string_view s) const {
    if (session.config().kiosk.thai_digits) return domain::ascii_digits_to_thai(s);
    return std::string(s);
}

std::string ScreenContext::date(std::chrono::year_month_day d) const {
    return digits(flow::citizen_date(d, lang()));
}

std::string ScreenContext::time_of_day(domain::TimePoint t) const {
    const auto local = t + domain::bangkok_offset;
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::hh_mm_ss hms(std::chrono::floor<std::chrono::minutes>(local - day));
    char hhmm[8];
    std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()));
    return digits(hhmm);
}

}  // namespace siang::kiosk::screens
