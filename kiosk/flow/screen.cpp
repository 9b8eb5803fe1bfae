// Names of the kiosk screens and the groups they belong to.
#include "kiosk/flow/screen.hpp"

#include "core/enum_names.hpp"

namespace siang::flow {

namespace {

constexpr auto screen_names = enum_names<Screen>({{Screen::attract, "attract"},
                                                  {Screen::choose_kind, "choose_kind"},
                                                  {Screen::corruption_notice, "corruption_notice"},
                                                  {Screen::service, "service"},
                                                  {Screen::topic, "topic"},
                                                  {Screen::subject, "subject"},
                                                  {Screen::details, "details"},
                                                  {Screen::location, "location"},
                                                  {Screen::when, "when"},
                                                  {Screen::contact_choice, "contact_choice"},
                                                  {Screen::privacy_notice, "privacy_notice"},
                                                  {Screen::contact_fields, "contact_fields"},
                                                  {Screen::review, "review"},
                                                  {Screen::submitting, "submitting"},
                                                  {Screen::submit_failed, "submit_failed"},
                                                  {Screen::receipt, "receipt"},
                                                  {Screen::track_entry, "track_entry"},
                                                  {Screen::track_result, "track_result"},
                                                  {Screen::track_paused, "track_paused"},
                                                  {Screen::track_checking, "track_checking"},
                                                  {Screen::information, "information"},
                                                  {Screen::still_there, "still_there"}});
static_assert(screen_names.complete() && screen_names.values() == all_screens);

}  // namespace

std::string_view screen_id(Screen s) {
    return screen_names.name(s, "attract");
}

std::optional<Screen> parse_screen(std::string_view id) {
    return screen_names.parse(id);
}

bool is_question_step(Screen s) {
    switch (s) {
        case Screen::service:
        case Screen::topic:
        case Screen::subject:
        case Screen::details:
        case Screen::location:
        case Screen::when:
            return true;
        default:
            return false;
    }
}

bool is_filing_screen(Screen s) {
    if (is_question_step(s)) return true;
    switch (s) {
        case Screen::choose_kind:
        case Screen::corruption_notice:
        case Screen::contact_choice:
        case Screen::privacy_notice:
        case Screen::contact_fields:
        case Screen::review:
        case Screen::submitting:
        case Screen::submit_failed:
            return true;
        default:
            return false;
    }
}

bool is_tracking_screen(Screen s) {
    return s == Screen::track_entry || s == Screen::track_result || s == Screen::track_paused ||
           s == Screen::track_checking;
}

}  // namespace siang::flow
