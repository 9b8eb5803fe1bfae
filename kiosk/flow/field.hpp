// The text fields a citizen fills in at the kiosk, each with its SPEC §3 limit.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace siang::flow {

enum class Field {
    service,   // service code, chosen from the catalogue
    division,  // division code the matter concerns ("" = let the office decide)
    subject,
    details,
    location,
    occurred_on,  // date as typed on the keypad ("" = not given)
    name,
    phone,
    email,
    address,
    tracking_code,  // the track keypad's digits
};

inline constexpr std::array<Field, 11> all_fields{
    Field::service,  Field::division,    Field::subject,      Field::details,
    Field::location, Field::occurred_on, Field::name,         Field::phone,
    Field::email,    Field::address,     Field::tracking_code};

// The field's name in the kiosk's catalogue keys ("kiosk.label.<id>"): "subject", "phone"…,
// "when" for occurred_on, "code" for tracking_code. Validation errors name fields with
// domain::Field instead.
std::string_view field_id(Field f);

// The limit in user-perceived characters shown on the field's counter: domain::limit_of for the
// typed fields, the length of a full entry for the date and the tracking code, 0 for fields
// chosen rather than typed (service, division).
std::size_t field_limit(Field f);

// True for name, phone, email and address: typed only after the privacy notice is acknowledged.
constexpr bool is_personal(Field f) {
    return f == Field::name || f == Field::phone || f == Field::email || f == Field::address;
}

}  // namespace siang::flow
