// Names, limits and cleaning rules of the fields people type into a case.
#include "domain/field.hpp"

#include "core/enum_names.hpp"
#include "domain/submission.hpp"

namespace siang::domain {
namespace {

constexpr auto field_names = enum_names<Field>({{Field::subject, "subject"},
                                                {Field::details, "details"},
                                                {Field::location, "location"},
                                                {Field::occurred_on, "occurred_on"},
                                                {Field::name, "name"},
                                                {Field::phone, "phone"},
                                                {Field::email, "email"},
                                                {Field::address, "address"},
                                                {Field::service, "service"},
                                                {Field::division, "division"},
                                                {Field::note, "note"},
                                                {Field::reply, "reply"},
                                                {Field::reason, "reason"}});
static_assert(field_names.complete());

}  // namespace

std::string_view field_name(Field f) {
    return field_names.name(f);
}

std::optional<Field> parse_field(std::string_view name) {
    return field_names.parse(name);
}

Result<std::string> clean_field(Field f, std::string_view raw) {
    return clean_text_field(raw, field_name(f), limit_of(f), keeps_newlines(f),
                            is_staff_field(f) ? ControlChars::refuse : ControlChars::strip);
}

std::optional<Field> field_of(const Error& err) {
    switch (err.code) {
        case Errc::field_too_long:
            return parse_field(err.field);
        case Errc::invalid_phone:
            return Field::phone;
        case Errc::invalid_date:
        case Errc::date_in_future:
        case Errc::date_too_early:
            return Field::occurred_on;
        case Errc::unknown_service:
            return Field::service;
        case Errc::unknown_division:
            return Field::division;
        case Errc::invalid_email:
            return Field::email;
        case Errc::invalid_utf8:
        case Errc::field_required:
        case Errc::too_many_marks:
        case Errc::field_too_large:
        case Errc::control_character:
            return parse_field(err.detail);
        default:
            return std::nullopt;
    }
}

}  // namespace siang::domain
