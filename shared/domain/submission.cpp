// Cleaning and validating what a citizen filed against the rules of SPEC §3.
#include "domain/submission.hpp"

#include <algorithm>

#include "domain/phone_number.hpp"
#include "text/utf8.hpp"

namespace siang::domain {

namespace {

// Codes are identifiers from the directory, but they arrive from the UI or the CLI, so they are
// checked as text like every other field before being looked up.
Result<std::string> clean_code(std::string_view raw, std::string_view field) {
    return clean_text_field(raw, field, contact_field_limit, false);
}

Result<void> clean_into(std::string& value, std::string_view field, std::size_t limit,
                        bool keep_newlines) {
    auto cleaned = clean_text_field(value, field, limit, keep_newlines);
    if (!cleaned) return std::unexpected(cleaned.error());
    value = std::move(*cleaned);
    return {};
}

Result<void> clean_contact(Contact& c) {
    if (auto r = clean_into(c.name, "name", contact_field_limit, false); !r) return r;
    if (auto r = clean_into(c.phone, "phone", contact_field_limit, false); !r) return r;
    if (auto r = clean_into(c.email, "email", contact_field_limit, false); !r) return r;
    if (auto r = clean_into(c.address, "address", contact_field_limit, true); !r) return r;
    if (c.anonymous()) return {};
    // Someone who gives any contact detail wants an answer, and staff can only call back with both.
    if (c.name.empty()) return fail(Errc::field_required, "name");
    if (c.phone.empty()) return fail(Errc::field_required, "phone");
    auto phone = normalize_phone(c.phone);
    if (!phone) return std::unexpected(phone.error());
    c.phone = std::move(*phone);
    if (!c.email.empty()) return check_email(c.email);
    return {};
}

Result<void> resolve_service_and_division(Draft& d, const Directory& dir) {
    auto service = clean_code(d.service, "service");
    if (!service) return std::unexpected(service.error());
    d.service = std::move(*service);
    auto division = clean_code(d.division, "division");
    if (!division) return std::unexpected(division.error());
    d.division = std::move(*division);

    if (d.kind == Kind::eservice && d.service.empty()) return fail(Errc::field_required, "service");
    const Service* svc = nullptr;
    if (!d.service.empty()) {
        svc = dir.find_service(d.service);
        if (svc == nullptr) return fail(Errc::unknown_service, d.service);
    }
    if (d.division.empty() && svc != nullptr) d.division = svc->division;
    if (!d.division.empty() && dir.find_division(d.division) == nullptr) {
        return fail(Errc::unknown_division, d.division);
    }
    return {};
}

}  // namespace

Result<std::string> clean_text_field(std::string_view raw, std::string_view field,
                                     std::size_t limit, bool keep_newlines) {
    if (!text::is_valid_utf8(raw)) return fail(Errc::invalid_utf8, std::string(field));
    const std::string stripped = text::strip_controls(raw, keep_newlines);
    std::string cleaned(text::trim(stripped));
    // Looks empty to whoever reads it, so it is empty: required fields then say so.
    if (!text::has_visible_char(cleaned)) return std::string();
    const text::TextMeasure m = text::measure_text(cleaned);
    if (m.user_chars > limit) {
        return fail({.code = Errc::field_too_long,
                     .field = std::string(field),
                     .count = static_cast<std::int64_t>(m.user_chars),
                     .limit = static_cast<std::int64_t>(limit)});
    }
    if (m.most_marks > max_marks_per_char) return fail(Errc::too_many_marks, std::string(field));
    if (m.code_points > max_code_points(limit) || m.bytes > max_bytes(limit))
        return fail(Errc::field_too_large, std::string(field));
    return cleaned;
}

Result<void> check_email(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 ||
        email.find('@', at + 1) != std::string_view::npos)
        return fail(Errc::invalid_email, "email");
    const std::string_view domain = email.substr(at + 1);
    if (email.find_first_of(" \t\n\r") != std::string_view::npos ||
        domain.find('.') == std::string_view::npos)
        return fail(Errc::invalid_email, "email");
    // Every label of the domain has something in it: no "example..com", ".com" or "com.".
    std::size_t start = 0;
    while (start <= domain.size()) {
        const auto dot = std::min(domain.find('.', start), domain.size());
        if (dot == start) return fail(Errc::invalid_email, "email");
        start = dot + 1;
    }
    return {};
}

Result<void> check_occurred_on(std::chrono::year_month_day d, TimePoint now) {
    if (!d.ok()) return fail(Errc::invalid_date, "occurred_on");
    if (std::chrono::sys_days{d} > std::chrono::sys_days{local_date(now)})
        return fail(Errc::date_in_future, "occurred_on");
    if (d < earliest_occurred_on) return fail(Errc::date_too_early, "occurred_on");
    return {};
}

Result<Draft> validate_draft(Draft draft, const Directory& dir) {
    return validate_draft(std::move(draft), dir,
                          std::chrono::floor<std::chrono::seconds>(Clock::now()));
}

Result<Draft> validate_draft(Draft draft, const Directory& dir, TimePoint now) {
    if (auto r = clean_into(draft.subject, "subject", subject_limit, false); !r) {
        return std::unexpected(r.error());
    }
    if (auto r = clean_into(draft.details, "details", details_limit, true); !r) {
        return std::unexpected(r.error());
    }
    if (auto r = clean_into(draft.location, "location", location_limit, false); !r) {
        return std::unexpected(r.error());
    }
    if (draft.subject.empty()) return fail(Errc::field_required, "subject");
    if (draft.details.empty()) return fail(Errc::field_required, "details");
    if (draft.occurred_on) {
        if (auto r = check_occurred_on(*draft.occurred_on, now); !r)
            return std::unexpected(r.error());
    }
    if (auto r = clean_contact(draft.contact); !r) return std::unexpected(r.error());
    if (auto r = resolve_service_and_division(draft, dir); !r) return std::unexpected(r.error());
    return draft;
}

}  // namespace siang::domain
