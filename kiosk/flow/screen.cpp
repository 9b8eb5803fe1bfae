// Names of the kiosk screens and the groups they belong to.
#include "kiosk/flow/screen.hpp"

namespace siang::flow {

std::string_view screen_id(Screen s) {
    switch (s) {
        case Screen::attract:
            return "attract";
        case Screen::choose_kind:
            return "choose_kind";
        case Screen::corruption_notice:
            return "corruption_notice";
        case Screen::service:
            return "service";
        case Screen::topic:
            return "topic";
        case Screen::subject:
            return "subject";
        case Screen::details:
            return "details";
        case Screen::location:
            return "location";
        case Screen::when:
            return "when";
        case Screen::contact_choice:
            return "contact_choice";
        case Screen::privacy_notice:
            return "privacy_notice";
        case Screen::contact_fields:
            return "contact_fields";
        case Screen::review:
            return "review";
        case Screen::submitting:
            return "submitting";
        case Screen::submit_failed:
            return "submit_failed";
        case Screen::receipt:
            return "receipt";
        case Screen::track_entry:
            return "track_entry";
        case Screen::track_result:
            return "track_result";
        case Screen::track_paused:
            return "track_paused";
        case Screen::still_there:
            return "still_there";
    }
    return "attract";
}

std::optional<Screen> parse_screen(std::string_view id) {
    for (Screen s : all_screens)
        if (screen_id(s) == id) return s;
    return std::nullopt;
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
    return s == Screen::track_entry || s == Screen::track_result || s == Screen::track_paused;
}

}  // namespace siang::flow
