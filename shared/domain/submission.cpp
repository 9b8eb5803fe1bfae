// Cleaning and validating what a citizen filed against the rules of SPEC §3.
#include "domain/submission.hpp"

#include <algorithm>
#include <utility>

#include "domain/phone_number.hpp"
#include "text/char_classes.hpp"
#include "text/utf8.hpp"
#include "text/utf8_decoder.hpp"

namespace siang::domain {

namespace {

// The text of `f` in `d`; nullptr for occurred_on (a date) and the staff fields.
const std::string* text_of(const Draft& d, Field f) {
    switch (f) {
        case Field::subject:
            return &d.subject;
        case Field::details:
            return &d.details;
        case Field::location:
            return &d.location;
        case Field::name:
            return &d.contact.name;
        case Field::phone:
            return &d.contact.phone;
        case Field::email:
            return &d.contact.email;
        case Field::address:
            return &d.contact.address;
        case Field::service:
            return &d.service;
        case Field::division:
            return &d.division;
        case Field::occurred_on:
        case Field::note:
        case Field::reply:
        case Field::reason:
            break;
    }
    return nullptr;
}

std::string* text_of(Draft& d, Field f) {
    return const_cast<std::string*>(text_of(std::as_const(d), f));
}

// The rule of `f` on its cleaned value `v` (see check_draft_field).
Result<void> check_cleaned(Field f, std::string& v, const Draft& d, const Directory& dir,
                           TimePoint now, bool contact_given) {
    const bool required = f == Field::subject || f == Field::details ||
                          (contact_given && (f == Field::name || f == Field::phone));
    if (required && v.empty()) return fail(Errc::field_required, std::string(field_name(f)));
    switch (f) {
        case Field::occurred_on:
            if (d.occurred_on) return check_occurred_on(*d.occurred_on, now);
            return {};
        case Field::phone: {
            if (v.empty()) return {};
            auto phone = normalize_phone(v);
            if (!phone) return std::unexpected(phone.error());
            v = std::move(*phone);
            return {};
        }
        case Field::email:
            if (v.empty()) return {};
            return check_email(v);
        case Field::service:
            if (d.kind == Kind::eservice && v.empty()) return fail(Errc::field_required, "service");
            if (!v.empty() && dir.find_service(v) == nullptr) return fail(Errc::unknown_service, v);
            return {};
        case Field::division: {
            if (v.empty()) {
                // The service's division, when the service is one the directory knows.
                auto service = clean_field(Field::service, d.service);
                if (!service) return std::unexpected(service.error());
                if (const Service* svc = dir.find_service(*service)) v = svc->division;
            }
            if (!v.empty() && dir.find_division(v) == nullptr)
                return fail(Errc::unknown_division, v);
            return {};
        }
        default:
            return {};
    }
}

}  // namespace

Result<std::string> check_draft_field(Field f, const Draft& draft, const Directory& dir,
                                      TimePoint now, bool contact_given) {
    std::string value;
    if (f != Field::occurred_on) {
        const std::string* raw = text_of(draft, f);
        if (raw == nullptr) return fail(Errc::invalid_argument, std::string(field_name(f)));
        auto cleaned = clean_field(f, *raw);
        if (!cleaned) return std::unexpected(cleaned.error());
        value = std::move(*cleaned);
    }
    if (auto ok = check_cleaned(f, value, draft, dir, now, contact_given); !ok)
        return std::unexpected(ok.error());
    return value;
}

Result<std::string> clean_text_field(std::string_view raw, std::string_view field,
                                     std::size_t limit, bool keep_newlines, ControlChars controls) {
    if (!text::is_valid_utf8(raw)) return fail(Errc::invalid_utf8, std::string(field));
    if (controls == ControlChars::refuse) {
        for (std::size_t pos = 0; pos < raw.size();) {
            const char32_t cp = text::next_code_point(raw, pos).value_or(text::kReplacementChar);
            if (text::is_control(cp) && cp != U'\n' && cp != U'\r' && cp != U'\t')
                return fail(Errc::control_character, std::string(field));
        }
    }
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
    // Someone who gives any contact detail wants an answer, and staff can only call back with
    // both a name and a phone; text that cleans to nothing is not a detail given.
    bool contact_given = false;
    for (Field f : {Field::name, Field::phone, Field::email, Field::address}) {
        auto cleaned = clean_field(f, *text_of(draft, f));
        contact_given = contact_given || !cleaned || !cleaned->empty();
    }
    for (Field f : draft_fields) {
        auto value = check_draft_field(f, draft, dir, now, contact_given);
        if (!value) return std::unexpected(value.error());
        if (std::string* text = text_of(draft, f)) *text = std::move(*value);
    }
    return draft;
}

}  // namespace siang::domain
