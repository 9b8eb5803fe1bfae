// Digits as configured for the citizen screens.
#include "kiosk/screens/screen_context.hpp"

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

}  // namespace siang::kiosk::screens
