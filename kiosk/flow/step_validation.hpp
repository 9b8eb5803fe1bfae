// Checking one form step's answer when the citizen presses Next, with the domain's own rules.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "domain/submission.hpp"
#include "kiosk/flow/field.hpp"
#include "kiosk/flow/screen.hpp"

namespace siang::flow {

// Checks the fields `step` asks for in `draft` (the when step: `when_text`, parsed by
// parse_when) with domain::check_draft_field, the rule domain::validate_draft applies at
// submission, so a problem is shown on the step that has it, with the same error. On
// contact_fields the name and phone are required (the citizen chose to give contact). Steps
// without answers pass.
Result<void> check_step(Screen step, const domain::Draft& draft, std::string_view when_text,
                        const domain::Directory& dir);

// The date field as typed on the keypad: empty = not given; "YYYY-MM-DD" in CE or BE.
// Errors: invalid_date (detail: what was typed).
Result<std::optional<std::chrono::year_month_day>> parse_when(std::string_view typed);

// The date `days` before the Bangkok date of `now`, as the when step holds it ("2569-11-19",
// BE): what the "today" (0) and "yesterday" (1) buttons fill in.
std::string when_days_ago(int days, domain::TimePoint now);

// True when a fixed-length field holds a full, valid entry, so its full counter is not a
// warning: occurred_on a date the when step accepts (as of the system clock), tracking_code a
// code with a valid check digit. False for every other field and for partial input.
bool is_complete_entry(Field f, std::string_view text);

}  // namespace siang::flow
