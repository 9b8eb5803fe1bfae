// What a citizen files: the draft as entered, and its validation against SPEC §3.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "domain/kind.hpp"

namespace siang::domain {

// Field limits in user-perceived characters (SPEC §3).
inline constexpr std::size_t subject_limit = 200;
inline constexpr std::size_t details_limit = 5000;
inline constexpr std::size_t contact_field_limit = 200;
inline constexpr std::size_t location_limit = 200;

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

// Cleans and checks a draft: every text field must be valid UTF-8 (Errc::invalid_utf8, detail =
// field name), control characters other than newline/tab are removed (newlines only kept in
// details and address), text is trimmed, subject and details are required, limits are counted in
// user-perceived characters (Errc::field_too_long, detail "field:count:limit"), never truncated.
// Contact is all-empty (anonymous) or has a name and a phone (Thai digits accepted, 9–15 digits
// after removing spaces/dashes/"+"). An eservice needs a known service; a service or division
// that is given must exist in `dir`. The division defaults to the service's.
// Field names in details: "subject", "details", "location", "name", "phone", "email", "address",
// "service", "division".
Result<Draft> validate_draft(Draft draft, const Directory& dir);

// Cleans one free-text field the same way validate_draft does (valid UTF-8, controls removed,
// trimmed, limit checked); `field` names it in errors.
Result<std::string> clean_text_field(std::string_view raw, std::string_view field,
                                     std::size_t limit, bool keep_newlines);

}  // namespace siang::domain
