// What a citizen files: the draft as entered, and its validation against SPEC §3.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "domain/field.hpp"
#include "domain/kind.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::domain {

// The most joining marks one user-perceived character may carry. WTT 2.0 lets a Thai consonant
// take at most two (an above or below vowel and a tone mark or THANTHAKHAT, or a tone mark and
// SARA AM: "กี่", "น้ำ", "ติ์"); three leaves room for the other scripts a Thai office meets
// (Vietnamese stacks two, Devanagari a nukta, a vowel sign and a nasal). More is never writing,
// only a way to pile marks into one "character" and freeze whoever draws it.
inline constexpr std::size_t max_marks_per_char = 3;

// Hard caps derived from a field's limit, checked besides the count. A character is a base and
// at most max_marks_per_char marks, so limit × 4 code points; each of those is at most 3 bytes
// in every script we accept (Thai, Latin, marks), so limit × 12 bytes. Only text of 4-byte
// characters with 4-byte marks can reach the byte cap inside the character limit.
constexpr std::size_t max_code_points(std::size_t limit) {
    return limit * (1 + max_marks_per_char);
}
constexpr std::size_t max_bytes(std::size_t limit) {
    return max_code_points(limit) * 3;
}

struct Contact {
    std::string name;
    std::string phone;  // normalised to ASCII digits by validate_draft
    std::string email;
    std::string address;

    bool anonymous() const {
        return name.empty() && phone.empty() && email.empty() && address.empty();
    }
};

struct Draft {
    Kind kind = Kind::suggestion;
    std::string service;   // service code; required for eservice, optional otherwise
    std::string division;  // division code; defaults to the service's division
    std::string subject;
    std::string details;
    std::string location;
    std::optional<std::chrono::year_month_day> occurred_on;
    Contact contact;  // all empty = anonymous
};

// Cleans and checks a draft: each of draft_fields in turn by check_draft_field, name and phone
// required when any contact field is non-empty after cleaning (all empty = anonymous). Errors
// name the field (field_name) as check_draft_field's do.
Result<Draft> validate_draft(Draft draft, const Directory& dir, TimePoint now);
// The same, filed now (system clock).
Result<Draft> validate_draft(Draft draft, const Directory& dir);

// One field of a draft as validate_draft checks it, for a front end that asks field by field
// (the kiosk's steps): the field cleaned by clean_field (errors as there), then its rule —
// subject and details are required (text that is only invisible characters counts as empty);
// name and phone are required when `contact_given`, the phone is normalised by normalize_phone
// (Thai digits accepted, 9–15 digits after removing spaces/dashes/"+"); an e-mail that is given
// must pass check_email; an eservice needs a service; a service or division that is given must
// exist in `dir` (unknown_service/unknown_division, detail the cleaned code); occurred_on, when
// set, passes check_occurred_on against `now`. Returns the value as it would be filed: cleaned,
// the phone as ASCII digits, the division defaulted to the service's, "" for occurred_on.
// invalid_argument for a staff field.
Result<std::string> check_draft_field(Field f, const Draft& draft, const Directory& dir,
                                      TimePoint now, bool contact_given);

// The earliest date of an event a person may give: 1 Jan 2500 BE. Nothing older is a matter a
// municipality can act on, and it catches a CE year typed where BE was meant (0000, 0569…).
inline constexpr std::chrono::year_month_day earliest_occurred_on{
    std::chrono::year{1957}, std::chrono::January, std::chrono::day{1}};

// Checks the date an event happened: a real date (invalid_date), not after the Bangkok date of
// `now` (date_in_future), not before earliest_occurred_on (date_too_early); detail "occurred_on".
Result<void> check_occurred_on(std::chrono::year_month_day d, TimePoint now);

// Checks that an e-mail address (already cleaned) is plausible: one '@' with a local part before
// it and a domain after it of at least two dot-separated labels, none empty, and no spaces.
// Non-ASCII letters are allowed (Thai domains exist). Errors: invalid_email, detail "email".
Result<void> check_email(std::string_view email);

// What clean_text_field does with C0/C1 controls and DEL other than newline, CR and tab.
enum class ControlChars {
    strip,   // removed (a citizen who pasted them cannot see them to delete them)
    refuse,  // control_character (staff text: see clean_field)
};

// Cleans one free-text field; the one rule every program's text goes through (clean_field picks
// the arguments for a Field). Checks valid UTF-8 (invalid_utf8, detail = field); removes control
// characters other than newline/tab, or refuses them (control_character, detail = field) when
// `controls` says so; CRLF and a lone CR become newlines (newlines kept only when keep_newlines,
// spaces otherwise); removes bidi controls; trims; text that is only invisible characters
// (text::has_visible_char) becomes empty. Then refuses, never truncates: more than `limit`
// user-perceived characters (field_too_long, payload field, count, limit), more than
// max_marks_per_char marks on one character (too_many_marks, detail = field), more than
// max_code_points(limit) code points or max_bytes(limit) bytes (field_too_large, detail = field).
Result<std::string> clean_text_field(std::string_view raw, std::string_view field,
                                     std::size_t limit, bool keep_newlines,
                                     ControlChars controls = ControlChars::strip);

}  // namespace siang::domain
