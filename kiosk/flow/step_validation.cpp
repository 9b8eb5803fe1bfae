// Per-step checks built on the domain's field cleaning and phone rules.
#include "kiosk/flow/step_validation.hpp"

#include <cstdio>

#include "domain/phone_number.hpp"
#include "domain/thai_calendar.hpp"
#include "domain/tracking_code.hpp"
#include "kiosk/flow/secure_wipe.hpp"
#include "text/utf8.hpp"

namespace siang::flow {
namespace {

Result<void> check_text(std::string_view raw, std::string_view field, std::size_t limit,
                        bool keep_newlines, bool required) {
    auto cleaned = domain::clean_text_field(raw, field, limit, keep_newlines);
    if (!cleaned) return std::unexpected(cleaned.error());
    if (required && cleaned->empty()) return fail(Errc::field_required, std::string(field));
    return {};
}

Result<void> check_contact(const domain::Contact& c) {
    using domain::contact_field_limit;
    if (auto r = check_text(c.name, "name", contact_field_limit, false, true); !r) return r;
    if (auto r = check_text(c.phone, "phone", contact_field_limit, false, true); !r) return r;
    if (auto phone = domain::normalize_phone(text::trim(c.phone)); !phone)
        return std::unexpected(phone.error());
    if (auto r = check_text(c.email, "email", contact_field_limit, false, false); !r) return r;
    if (const std::string_view email = text::trim(c.email); !email.empty())
        if (auto r = domain::check_email(email); !r) return r;
    return check_text(c.address, "address", contact_field_limit, true, false);
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
    switch (step) {
        case Screen::service:
            if (draft.service.empty()) return fail(Errc::field_required, "service");
            if (dir.find_service(draft.service) == nullptr)
                return fail(Errc::unknown_service, draft.service);
            return {};
        case Screen::topic:
            if (!draft.division.empty() && dir.find_division(draft.division) == nullptr)
                return fail(Errc::unknown_division, draft.division);
            return {};
        case Screen::subject:
            return check_text(draft.subject, "subject", domain::subject_limit, false, true);
        case Screen::details:
            return check_text(draft.details, "details", domain::details_limit, true, true);
        case Screen::location:
            return check_text(draft.location, "location", domain::location_limit, false, false);
        case Screen::when: {
            auto d = parse_when(when_text);
            if (!d) return std::unexpected(d.error());
            // The filing time is not known yet; today's date is what it will be.
            if (*d)
                return domain::check_occurred_on(
                    **d, std::chrono::floor<std::chrono::seconds>(domain::Clock::now()));
            return {};
        }
        case Screen::contact_fields:
            return check_contact(draft.contact);
        default:
            return {};
    }
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
