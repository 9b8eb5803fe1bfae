// One step of a case's workflow, the cleaning of what staff type into it, and a case together
// with its past (for bulk loading).
#pragma once

#include <string>
#include <vector>

#include "domain/status.hpp"
#include "domain/submission.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::domain {

struct StatusChange {
    Status to = Status::received;
    TimePoint at{};
    std::string actor;         // staff username, "kiosk", "siang" (CLI as local admin)
    std::string note;          // internal; never shown at the kiosk
    std::string public_reply;  // what the citizen reads at the kiosk; may be empty
    std::string reason;        // required when `to` is rejected
};

// Cleans the text of a status change with clean_field: the note as Field::note, the public reply
// as Field::reply, the reason as Field::reason (newlines kept, control characters refused,
// limit_of each). Empty or invisible-only text becomes empty; whether a reason is required is
// check_transition's business. Errors as clean_field's.
Result<StatusChange> clean_status_change(StatusChange change);

// Cleans an internal note the same way (Field::note); a note that is empty after cleaning is
// field_required "note".
Result<std::string> clean_note(std::string_view text);

// A case as it happened: what was filed, when, and the status changes after "received".
// Used by `siang demo` and future imports; the store assigns case numbers and codes.
struct CaseHistory {
    Draft draft;
    TimePoint filed_at{};
    std::vector<StatusChange> changes;
};

}  // namespace siang::domain
