// Local clock formatting (Thailand has no daylight saving time: UTC+7 all year).
#include "office/console/local_time.hpp"

#include <cstdio>

#include "i18n/domain_names.hpp"

namespace siang::office {

std::string clock_text(domain::TimePoint t) {
    const auto local = t + domain::bangkok_offset;
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::hh_mm_ss hms{local - day};
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()));
    return buf;
}

std::string date_time_text(domain::TimePoint t, i18n::Lang lang) {
    return i18n::date_text(domain::local_date(t), lang) + " " + clock_text(t);
}

}  // namespace siang::office
