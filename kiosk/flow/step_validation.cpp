// Per-step checks: the domain's own rule for each field the step asks for.
#include "kiosk/flow/step_validation.hpp"

#include <array>
#include <cstdio>
#include <span>

#include "domain/thai_calendar.hpp"
#include "domain/tracking_code.hpp"
#include "kiosk/flow/secure_wipe.hpp"
#include "text/utf8.hpp"

namespace siang::flow {
namespace {

// The domain fields a step asks for; empty for steps without answers.
std::span<const domain::Field> fields_of_step(Screen step) {
    using domain::Field;
    static constexpr std::array service{Field::service};
    static constexpr std::array division{Field::division};
    static constexpr std::array subject{Field::subject};
    static constexpr std::array details{Field::details};
    static constexpr std::array location{Field::location};
    static constexpr std::array when{Field::occurred_on};
    static constexpr std::array contact{Field::name, Field::phone, Field::email, Field::address};
    switch (step) {
        case Screen::service:
            return service;
        case Screen::topic:
            return division;
        case Screen::subject:
            return subject;
        case Screen::details:
            return details;
        case Screen::location:
            return location;
        case Screen::when:
            return when;
        case Screen::contact_fields:
            return contact;
        default:
            return {};
    }
}

}  // namespace

Result<std::optional<std::chrono::year_month_day>> parse_when(std::string_view typed) {
    std::string_view t = text::trim(typed);
    if (t.empty()) return std::optional<std::chrono::year_month_day>{};
    auto d = domain::parse_date(t);
    if (!d) return fail(Errc::invalid_date, std::string(t));
    return d;
}

Result<void> check_step(Screen step, const domain::Draft& draft, std::string_view when_text,
                        const domain::Directory& dir) {
    std::optional<domain::Draft> dated;  // the draft with the typed date, for the when step
    if (step == Screen::when) {
        auto d = parse_when(when_text);
        if (!d) return std::unexpected(d.error());
        dated.emplace();
        dated->occurred_on = *d;
    }
    // The filing time is not known yet; now is what it will be.
    const auto now = std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
    for (const domain::Field f : fields_of_step(step)) {
        // On the contact step the citizen has chosen to give contact: name and phone are needed.
        auto value = domain::check_draft_field(f, dated ? *dated : draft, dir, now,
                                               step == Screen::contact_fields);
        if (!value) return std::unexpected(value.error());
        wipe(*value);  // a cleaned copy of what was typed
    }
    return {};
}

std::string when_days_ago(int days, domain::TimePoint now) {
    using namespace std::chrono;
    const year_month_day d{sys_days{domain::local_date(now)} - std::chrono::days{days}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", domain::to_buddhist_era(int(d.year())),
                  unsigned(d.month()), unsigned(d.day()));
    return buf;
}

bool is_complete_entry(Field f, std::string_view typed) {
    switch (f) {
        case Field::occurred_on: {
            auto d = parse_when(typed);
            return d && *d &&
                   domain::check_occurred_on(
                       **d, std::chrono::floor<std::chrono::seconds>(domain::Clock::now()))
                       .has_value();
        }
        case Field::tracking_code: {
            auto code = domain::parse_tracking_code(typed);
            if (!code) return false;
            wipe_bytes(code->digits.data(), code->digits.size());  // the code is a secret
            return true;
        }
        default:
            return false;
    }
}

}  // namespace siang::flow
