// The municipality's divisions and service catalogue: configuration data, not code (SPEC §1, §3).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/kind.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::domain {

struct Division {
    std::string code;  // e.g. "clerk", "finance", "works", "education"
    std::string name_th;
    std::string name_en;
    // One line on what the division handles, shown to citizens choosing where a matter goes
    // (issue 9 polish); empty: none shown.
    std::string handles_th;
    std::string handles_en;

    bool operator==(const Division&) const = default;
};

struct Service {
    std::string code;  // e.g. "streetlight"
    std::string name_th;
    std::string name_en;
    std::string division;  // code of the responsible division
    int target_days = 15;  // target response time
    // The kiosk's picture for it, by Material icon name ("water_drop"); empty: one chosen by code.
    std::string icon;

    bool operator==(const Service&) const = default;
};

struct Directory {
    std::vector<Division> divisions;
    std::vector<Service> services;
    // Days to answer a corruption complaint: the one value behind the guideline the kiosk shows
    // before the form, the case's due date and its receipt (configured as
    // [corruption_guideline] days).
    int corruption_target_days = 30;

    const Division* find_division(std::string_view code) const;
    const Service* find_service(std::string_view code) const;
    bool operator==(const Directory&) const = default;
};

// The defaults of SPEC §1/§3: the four divisions and five services, used when the configuration
// names none.
Directory default_directory();

// Default target days when an item has no service.
inline constexpr int default_target_days = 15;

// The target response days of an item of `kind` about `service` (empty: none): a corruption
// complaint's are the directory's corruption_target_days, a known service's its target_days,
// anything else default_target_days.
int target_days(const Directory& dir, Kind kind, std::string_view service);

// The due date of an item filed at `filed_at`: its Bangkok filing date plus target_days. The one
// rule behind the store's due dates and the date a kiosk's outbox prints on the receipt before
// the office has numbered the filing.
std::chrono::year_month_day due_date(const Directory& dir, Kind kind, std::string_view service,
                                     TimePoint filed_at);

}  // namespace siang::domain
