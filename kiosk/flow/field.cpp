// Field names and limits of the kiosk form.
#include "kiosk/flow/field.hpp"

#include "domain/submission.hpp"

namespace siang::flow {

std::string_view field_id(Field f) {
    switch (f) {
        case Field::service:
            return "service";
        case Field::division:
            return "division";
        case Field::subject:
            return "subject";
        case Field::details:
            return "details";
        case Field::location:
            return "location";
        case Field::occurred_on:
            return "when";
        case Field::name:
            return "name";
        case Field::phone:
            return "phone";
        case Field::email:
            return "email";
        case Field::address:
            return "address";
        case Field::tracking_code:
            return "code";
    }
    return "subject";
}

std::size_t field_limit(Field f) {
    switch (f) {
        case Field::service:
        case Field::division:
            return 0;
        case Field::subject:
            return domain::subject_limit;
        case Field::details:
            return domain::details_limit;
        case Field::location:
            return domain::location_limit;
        case Field::occurred_on:
            return 10;  // "2569-11-25"
        case Field::tracking_code:
            return 14;  // "1234-5678-9012"
        case Field::name:
        case Field::phone:
        case Field::email:
        case Field::address:
            return domain::contact_field_limit;
    }
    return 0;
}

}  // namespace siang::flow
