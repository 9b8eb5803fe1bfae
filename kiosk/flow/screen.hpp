// The screens of the citizen kiosk (SPEC §4), one value per thing the citizen can be looking at.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace siang::flow {

enum class Screen {
    attract,            // idle: name, logo, "touch to start", the four kinds, track a case
    choose_kind,        // the four kinds with what happens next
    corruption_notice,  // confidentiality, protection and the handling guideline
    service,            // form step: e-service from the catalogue
    topic,              // form step: the division the matter concerns (optional)
    subject,            // form step
    details,            // form step
    location,           // form step (optional)
    when,               // form step: date it happened (optional)
    contact_choice,     // form step: anonymous or give contact
    privacy_notice,     // PDPA s.23 notice, acknowledged before any personal data is typed
    contact_fields,     // name, phone, optional email and address
    review,             // every answer, each editable
    submitting,         // the durable commit is under way
    submit_failed,      // what went wrong and what to do; answers kept, retry possible
    receipt,            // case number, tracking code, QR, dates
    track_entry,        // keypad for a tracking code
    track_result,       // the public status of a case
    track_paused,       // after too many wrong codes in a row
    track_checking,     // the office is being asked about a code (over the network)
    information,        // the information board's reading: integrity measures, the guideline
    still_there,        // inactivity prompt with a countdown, over the screen the citizen left
};

inline constexpr std::array<Screen, 22> all_screens{
    Screen::attract,     Screen::choose_kind,    Screen::corruption_notice, Screen::service,
    Screen::topic,       Screen::subject,        Screen::details,           Screen::location,
    Screen::when,        Screen::contact_choice, Screen::privacy_notice,    Screen::contact_fields,
    Screen::review,      Screen::submitting,     Screen::submit_failed,     Screen::receipt,
    Screen::track_entry, Screen::track_result,   Screen::track_paused,      Screen::track_checking,
    Screen::information, Screen::still_there};

// Stable snake_case name ("choose_kind"), for logs and the app's --screen option.
std::string_view screen_id(Screen s);
std::optional<Screen> parse_screen(std::string_view id);

// True for the one-question form steps (service, topic, subject, details, location, when).
bool is_question_step(Screen s);

// True for the screens that belong to filing an item (choose kind through submit_failed): a
// draft may be in memory there, so a scanner burst keeps it to return to.
bool is_filing_screen(Screen s);

// True for the screens that track a case.
bool is_tracking_screen(Screen s);

}  // namespace siang::flow
