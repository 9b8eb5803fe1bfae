// Digits as configured for the citizen screens.
#include "kiosk/screens/screen_context.hpp"

#include "domain/thai_digits.hpp"

namespace siang::kiosk::screens {

std::string ScreenContext::digits(std::string_view s) const {
    if (session.config().kiosk.thai_digits) return domain::ascii_digits_to_thai(s);
    return std::string(s);
}

}  // namespace siang::kiosk::screens
