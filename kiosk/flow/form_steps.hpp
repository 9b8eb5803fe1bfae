// Which form steps each kind asks, their order, and the "2/6" step indicator.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "domain/field.hpp"
#include "domain/kind.hpp"
#include "kiosk/flow/field.hpp"
#include "kiosk/flow/screen.hpp"

namespace siang::flow {

// The kind's steps in order: an e-service starts with the service, the other kinds with the
// topic (division); then subject, details, location, when and contact_choice. The privacy notice
// and contact fields belong to the contact step; review follows the last step.
std::span<const Screen> form_steps(domain::Kind kind);

struct StepIndicator {
    int index = 0;  // 1-based
    int count = 0;
};

// Where `screen` stands among the kind's steps and the review ("2 of 7"): the contact choice,
// privacy notice and contact fields are one step whichever contact is chosen, and review the
// last, so a number means the same on every path. nullopt outside the numbered steps (notice
// screens, receipt, tracking…).
std::optional<StepIndicator> step_indicator(domain::Kind kind, Screen screen);

// The step after / before `screen` among the kind's steps; nullopt past either end.
std::optional<Screen> step_after(domain::Kind kind, Screen screen);
std::optional<Screen> step_before(domain::Kind kind, Screen screen);

// The step that asks for a domain field (a validation error's, domain::field_of); contact
// fields map to contact_fields, division to the service step of an e-service. review for a
// field no step asks for (the staff fields) and for nullopt.
Screen step_for_field(domain::Kind kind, std::optional<domain::Field> field);

// The field a step edits; nullopt for steps with several fields or none.
std::optional<Field> field_of_step(Screen step);

}  // namespace siang::flow
