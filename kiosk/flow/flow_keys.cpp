// Catalogue keys of the kiosk flow and citizen-facing error sentences.
#include "kiosk/flow/flow_keys.hpp"

#include <array>
#include <string_view>

#include "domain/status.hpp"
#include "i18n/domain_names.hpp"

namespace siang::flow {
namespace {

// Texts the screens show that do not depend on a screen, kind or field value.
constexpr std::string_view fixed_keys[] = {
    // issue 11 item 6: the kiosk over the office server
    "kiosk.error.office_unreachable",
    "kiosk.receipt.number_pending",
    "kiosk.receipt.numbered_later",
    "kiosk.submitting.numbering",
    "kiosk.track.checking_wait",
    "kiosk.track.in_outbox",
    "kiosk.track.in_outbox_body",
    "kiosk.attract.touch",
    "kiosk.attract.track",
    "kiosk.attract.scan",
    "kiosk.attract.prompt",
    "kiosk.step.indicator",
    "kiosk.button.next",
    "kiosk.button.back",
    "kiosk.button.home",
    "kiosk.button.skip",
    "kiosk.button.edit",
    "kiosk.button.submit",
    "kiosk.button.retry",
    "kiosk.button.check",
    "kiosk.button.done",
    "kiosk.button.continue",
    "kiosk.bar.language",
    "kiosk.bar.larger_text",
    "kiosk.bar.call_staff",
    "kiosk.call_staff.sent",
    "kiosk.counter",
    "kiosk.counter.over",
    "kiosk.optional",
    "kiosk.topic.none",
    "kiosk.service.target",
    "kiosk.when.none",
    "kiosk.when.placeholder",
    "kiosk.corruption.confidential",
    "kiosk.corruption.protection",
    "kiosk.corruption.anonymous",
    "kiosk.corruption.guideline",
    "kiosk.corruption.unit",
    "kiosk.corruption.days",
    "kiosk.corruption.tracking",
    "kiosk.contact.question",
    "kiosk.contact.anonymous",
    "kiosk.contact.anonymous_hint",
    "kiosk.contact.give",
    "kiosk.contact.give_hint",
    "kiosk.contact.corruption_default",
    "kiosk.privacy.controller",
    "kiosk.privacy.purpose",
    "kiosk.privacy.legal_basis",
    "kiosk.privacy.data",
    "kiosk.privacy.retention",
    "kiosk.privacy.recipients",
    "kiosk.privacy.rights",
    "kiosk.privacy.contact",
    "kiosk.privacy.acknowledge",
    "kiosk.privacy.decline",
    "kiosk.review.hint",
    "kiosk.review.anonymous",
    "kiosk.review.not_given",
    "kiosk.submitting.wait",
    "kiosk.submit_failed.kept",
    "kiosk.label.kind",
    "kiosk.label.case_number",
    "kiosk.label.filed",
    "kiosk.label.due",
    "kiosk.label.status",
    "kiosk.label.contact",
    "kiosk.label.handled_by",
    "kiosk.receipt.code_secret",
    "kiosk.receipt.scan_phone",
    "kiosk.receipt.how_to_track",
    "kiosk.receipt.home_in",
    "kiosk.track.attempts_left",
    "kiosk.track.paused",
    "kiosk.track.timeline",
    "kiosk.track.reply",
    "kiosk.track.no_reply",
    "kiosk.track.another",
    "kiosk.track.back_to_form",
    "kiosk.still_there.body",
    "kiosk.still_there.continue",
    "kiosk.error.track_unavailable",
    // issue 9 items 12, 13 and the kiosk polish
    "kiosk.when.today",
    "kiosk.when.yesterday",
    "kiosk.date.era",
    "kiosk.button.save_review",
    "kiosk.review.scroll_more",
    "kiosk.contact.submit_anonymous",
    "kiosk.privacy.corruption_identity",
};

// Errors the flow can put in front of a citizen (field checks, codes, the store).
constexpr std::array<Errc, 20> citizen_errors{
    Errc::invalid_utf8,    Errc::field_required,   Errc::field_too_long,   Errc::invalid_phone,
    Errc::invalid_date,    Errc::unknown_service,  Errc::unknown_division, Errc::malformed_code,
    Errc::bad_check_digit, Errc::unknown_code,     Errc::store_busy,       Errc::store_full,
    Errc::store_corrupt,   Errc::store_unreadable, Errc::store_failed,     Errc::too_many_marks,
    Errc::field_too_large, Errc::date_in_future,   Errc::date_too_early,   Errc::invalid_email};

// Field names that appear inside field error sentences.
constexpr std::array<std::string_view, 10> error_field_keys{
    "field.service", "field.division", "field.subject", "field.details", "field.location",
    "field.when",    "field.name",     "field.phone",   "field.email",   "field.address"};

// Store failures are the office's problem, not the citizen's: no paths, one clear next step.
std::string_view store_error_key(Errc code) {
    switch (code) {
        case Errc::store_busy:
            return "kiosk.error.store_busy";
        case Errc::store_full:
            return "kiosk.error.store_full";
        default:
            return "kiosk.error.store_broken";
    }
}

// The office server or the way to it failed (issue 11): the citizen is told plainly, never
// given a host name, a fingerprint or a raw error.
bool is_network_error(Errc code) {
    switch (code) {
        case Errc::server_unreachable:
        case Errc::server_untrusted:
        case Errc::server_failed:
        case Errc::device_refused:
        case Errc::not_enrolled:
        case Errc::rate_limited:
        case Errc::filing_conflict:
        case Errc::enrolment_refused:
            return true;
        default:
            return false;
    }
}

bool is_store_error(Errc code) {
    switch (code) {
        case Errc::store_busy:
        case Errc::store_full:
        case Errc::store_corrupt:
        case Errc::store_unreadable:
        case Errc::store_too_new:
        case Errc::store_failed:
        case Errc::io_error:
        // A tampered audit log or store files (issue 8): staff's problem, told as "call staff".
        case Errc::audit_broken:
        case Errc::store_wrong_key:
        case Errc::store_key_missing:
        case Errc::store_not_private:
        case Errc::store_wal_damaged:
        case Errc::store_damaged_value:
            return true;
        default:
            return false;
    }
}

}  // namespace

std::string screen_title_key(Screen s) {
    return "kiosk.title." + std::string(screen_id(s));
}

std::string kind_next_key(domain::Kind k) {
    return "kiosk.next." + std::string(domain::kind_id(k));
}

std::string field_label_key(Field f) {
    return "kiosk.label." + std::string(field_id(f));
}

std::string field_hint_key(Field f) {
    return "kiosk.hint." + std::string(field_id(f));
}

std::string citizen_message(const Error& err, Screen screen, i18n::Lang lang) {
    if (is_network_error(err.code))
        return std::string(i18n::tr("kiosk.error.office_unreachable", lang));
    if (is_store_error(err.code)) {
        return std::string(i18n::tr(is_tracking_screen(screen) ? "kiosk.error.track_unavailable"
                                                               : store_error_key(err.code),
                                    lang));
    }
    return i18n::error_message(err, lang);
}

std::string citizen_date(std::chrono::year_month_day d, i18n::Lang lang) {
    // Thai dates are BE without saying so (SPEC §4.11); English ones name the era.
    if (lang == i18n::Lang::th) return i18n::date_text(d, lang);
    return i18n::date_text(d, lang) + " " + std::string(i18n::tr("kiosk.date.era", lang));
}

std::vector<std::string> flow_catalog_keys() {
    std::vector<std::string> keys;
    for (Screen s : all_screens) keys.push_back(screen_title_key(s));
    for (domain::Kind k : domain::all_kinds) {
        keys.push_back(kind_next_key(k));
        keys.push_back("kind." + std::string(domain::kind_id(k)));
    }
    for (Field f : all_fields) {
        keys.push_back(field_label_key(f));
        keys.push_back(field_hint_key(f));
    }
    for (domain::Status s : domain::all_statuses)
        keys.push_back("status." + std::string(domain::status_id(s)));
    for (Errc e : citizen_errors) {
        keys.push_back(is_store_error(e) ? std::string(store_error_key(e))
                                         : "error." + std::string(error_name(e)));
    }
    for (std::string_view k : error_field_keys) keys.emplace_back(k);
    for (std::string_view k : fixed_keys) keys.emplace_back(k);
    return keys;
}

}  // namespace siang::flow
