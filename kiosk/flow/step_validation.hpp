// Checking one form step's answer when the citizen presses Next, with the domain's own rules.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "domain/submission.hpp"
#include "kiosk/flow/screen.hpp"

namespace siang::flow {

// Checks what `step` asks for in `draft` the way domain::validate_draft will at submission, so a
// problem is shown on the step that has it: required subject and details, limits in
// user-perceived characters (field_too_long, never truncated), a known service (required for an
// e-service) or division, a real date that is neither in the future nor before 2500 BE
// (domain::check_occurred_on against today), and for contact_fields a name, a valid phone and the
// optional email and address within their limits. Steps without answers pass.
Result<void> check_step(Screen step, const domain::Draft& draft, std::string_view when_text,
                        const domain::Directory& dir);

// The date field as typed on the keypad: empty = not given; "YYYY-MM-DD" in CE or BE.
// Errors: invalid_date (detail: what was typed).
Result<std::optional<std::chrono::year_month_day>> parse_when(std::string_view typed);

}  // namespace siang::flow
