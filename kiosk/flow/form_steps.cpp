// Form steps per kind and the step indicator.
#include "kiosk/flow/form_steps.hpp"

#include <algorithm>
#include <array>

namespace siang::flow {
namespace {

constexpr std::array<Screen, 6> eservice_steps{Screen::service, Screen::subject,
                                               Screen::details, Screen::location,
                                               Screen::when,    Screen::contact_choice};
constexpr std::array<Screen, 6> other_steps{Screen::topic,   Screen::subject,
                                            Screen::details, Screen::location,
                                            Screen::when,    Screen::contact_choice};

// The contact step's sub-screens stand where contact_choice stands.
Screen numbered(Screen s) {
    if (s == Screen::privacy_notice || s == Screen::contact_fields) return Screen::contact_choice;
    return s;
}

std::optional<std::size_t> position(domain::Kind kind, Screen screen) {
    auto steps = form_steps(kind);
    auto it = std::find(steps.begin(), steps.end(), numbered(screen));
    if (it == steps.end()) return std::nullopt;
    return static_cast<std::size_t>(it - steps.begin());
}

}  // namespace

std::span<const Screen> form_steps(domain::Kind kind) {
    if (kind == domain::Kind::eservice) return eservice_steps;
    return other_steps;
}

std::optional<StepIndicator> step_indicator(domain::Kind kind, Screen screen) {
    // Review is the last step on every path, so "6 of 7" means the same whoever files.
    const int count = static_cast<int>(form_steps(kind).size()) + 1;
    if (screen == Screen::review) return StepIndicator{count, count};
    auto pos = position(kind, screen);
    if (!pos) return std::nullopt;
    return StepIndicator{static_cast<int>(*pos) + 1, count};
}

std::optional<Screen> step_after(domain::Kind kind, Screen screen) {
    auto pos = position(kind, screen);
    auto steps = form_steps(kind);
    if (!pos || *pos + 1 >= steps.size()) return std::nullopt;
    return steps[*pos + 1];
}

std::optional<Screen> step_before(domain::Kind kind, Screen screen) {
    auto pos = position(kind, screen);
    if (!pos || *pos == 0) return std::nullopt;
    return form_steps(kind)[*pos - 1];
}

Screen step_for_field(domain::Kind kind, std::optional<domain::Field> field) {
    if (!field) return Screen::review;
    using domain::Field;
    switch (*field) {
        case Field::service:
            return Screen::service;
        case Field::division:
            return kind == domain::Kind::eservice ? Screen::service : Screen::topic;
        case Field::subject:
            return Screen::subject;
        case Field::details:
            return Screen::details;
        case Field::location:
            return Screen::location;
        case Field::occurred_on:
            return Screen::when;
        case Field::name:
        case Field::phone:
        case Field::email:
        case Field::address:
            return Screen::contact_fields;
        case Field::note:
        case Field::reply:
        case Field::reason:
            break;
    }
    return Screen::review;
}

std::optional<Field> field_of_step(Screen step) {
    switch (step) {
        case Screen::service:
            return Field::service;
        case Screen::topic:
            return Field::division;
        case Screen::subject:
            return Field::subject;
        case Screen::details:
            return Field::details;
        case Screen::location:
            return Field::location;
        case Screen::when:
            return Field::occurred_on;
        case Screen::track_entry:
            return Field::tracking_code;
        default:
            return std::nullopt;
    }
}

}  // namespace siang::flow
