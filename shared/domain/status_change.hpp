// One step of a case's workflow, and a case together with its past (for bulk loading).
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

// A case as it happened: what was filed, when, and the status changes after "received".
// Used by `siang demo` and future imports; the store assigns case numbers and codes.
struct CaseHistory {
    Draft draft;
    TimePoint filed_at{};
    std::vector<StatusChange> changes;
};

}  // namespace siang::domain
