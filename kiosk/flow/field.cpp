// Field names and limits of the kiosk form.
#include "kiosk/flow/field.hpp"

#include "core/enum_names.hpp"
#include "domain/field.hpp"

namespace siang::flow {
namespace {

constexpr auto field_ids = enum_names<Field>({{Field::service, "service"},
                                              {Field::division, "division"},
                                              {Field::subject, "subject"},
                                              {Field::details, "details"},
                                              {Field::location, "location"},
                                              {Field::occurred_on, "when"},
                                              {Field::name, "name"},
                                              {Field::phone, "phone"},
                                              {Field::email, "email"},
                                              {Field::address, "address"},
                                              {Field::tracking_code, "code"}});
static_assert(field_ids.complete() && field_ids.values() == all_fields);

}  // namespace

std::string_view field_id(Field f) {
    return field_ids.name(f, "subject");
}

std::size_t field_limit(Field f) {
    switch (f) {
        case Field::service:
        case Field::division:
            return 0;
        case Field::occurred_on:
            return 10;  // "2569-11-25"
        case Field::tracking_code:
            return 14;  // "1234-5678-9012"
        case Field::subject:
            return domain::limit_of(domain::Field::subject);
        case Field::details:
            return domain::limit_of(domain::Field::details);
        case Field::location:
            return domain::limit_of(domain::Field::location);
        case Field::name:
            return domain::limit_of(domain::Field::name);
        case Field::phone:
            return domain::limit_of(domain::Field::phone);
        case Field::email:
            return domain::limit_of(domain::Field::email);
        case Field::address:
            return domain::limit_of(domain::Field::address);
    }
    return 0;
}

}  // namespace siang::flow
