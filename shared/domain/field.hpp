// The fields people type into a case, citizens' and staff's: names, limits and how each is
// cleaned. The one place every program (kiosk, console, CLI, store) takes them from.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace siang::domain {

// Field limits in user-perceived characters (SPEC §3).
inline constexpr std::size_t subject_limit = 200;
inline constexpr std::size_t details_limit = 5000;
inline constexpr std::size_t contact_field_limit = 200;
inline constexpr std::size_t location_limit = 200;

// Limits of what staff type (issue 8): an internal note (on its own or with a status change) is
// as long as the details it answers; the public reply is read standing at the kiosk; a rejection
// reason is a sentence or two.
inline constexpr std::size_t staff_note_limit = 5000;
inline constexpr std::size_t public_reply_limit = 2000;
inline constexpr std::size_t reason_limit = 1000;

enum class Field {
    // What a citizen files (Draft), in the order validate_draft checks them.
    subject,
    details,
    location,
    occurred_on,  // the date of the event; not free text
    name,
    phone,
    email,
    address,
    service,   // a directory code
    division,  // a directory code
    // What staff type into the workflow (StatusChange, notes).
    note,
    reply,
    reason,
};

inline constexpr std::array<Field, 10> draft_fields{
    Field::subject, Field::details, Field::location, Field::occurred_on, Field::name,
    Field::phone,   Field::email,   Field::address,  Field::service,     Field::division};

// The field's name in error details and catalogue keys ("field.<name>"): "subject", "details",
// "location", "occurred_on", "name", "phone", "email", "address", "service", "division", "note",
// "reply", "reason".
std::string_view field_name(Field f);
std::optional<Field> parse_field(std::string_view name);

// The most user-perceived characters the field may hold (the counter every front end shows);
// 0 for occurred_on, which is a date. Directory codes are held to the contact field limit.
// constexpr, so a front end can size a buffer from it.
constexpr std::size_t limit_of(Field f) {
    switch (f) {
        case Field::subject:
            return subject_limit;
        case Field::details:
            return details_limit;
        case Field::location:
            return location_limit;
        case Field::occurred_on:
            return 0;
        case Field::name:
        case Field::phone:
        case Field::email:
        case Field::address:
        case Field::service:
        case Field::division:
            return contact_field_limit;
        case Field::note:
            return staff_note_limit;
        case Field::reply:
            return public_reply_limit;
        case Field::reason:
            return reason_limit;
    }
    return 0;
}

// True for what staff type into the workflow: note, reply, reason.
constexpr bool is_staff_field(Field f) {
    return f == Field::note || f == Field::reply || f == Field::reason;
}

// True for the fields that keep line breaks (details, address and the staff fields); the others
// turn them into spaces.
constexpr bool keeps_newlines(Field f) {
    return f == Field::details || f == Field::address || is_staff_field(f);
}

// Cleans text typed into `f` by clean_text_field with the field's limit and line rule. Staff
// fields (note, reply, reason) refuse control characters (control_character) instead of
// stripping them: the console cannot type them, so in staff text they are a script's mistake
// or an attack, and the sender is told. Errors as clean_text_field's; detail = field_name(f).
Result<std::string> clean_field(Field f, std::string_view raw);

// The field a validation error is about (field_too_long's payload field, invalid_phone,
// the date errors, unknown_service/division, invalid_email, and those whose detail is a field
// name); nullopt for any other error.
std::optional<Field> field_of(const Error& err);

}  // namespace siang::domain
