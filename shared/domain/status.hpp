// Workflow statuses and the transitions allowed between them (SPEC §6).
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "core/error.hpp"

namespace siang::domain {

enum class Status { received, in_review, in_progress, forwarded, resolved, rejected };

inline constexpr std::array<Status, 6> all_statuses{Status::received,    Status::in_review,
                                                    Status::in_progress, Status::forwarded,
                                                    Status::resolved,    Status::rejected};

// Stable identifiers: "received", "in_review", "in_progress", "forwarded", "resolved", "rejected".
std::string_view status_id(Status s);
std::optional<Status> parse_status(std::string_view id);

// resolved and rejected end the workflow.
constexpr bool is_final(Status s) {
    return s == Status::resolved || s == Status::rejected;
}
// Counted as "completed" in statistics: resolved, rejected, forwarded.
constexpr bool counts_as_completed(Status s) {
    return s == Status::resolved || s == Status::rejected || s == Status::forwarded;
}

// received → in_review → in_progress | forwarded → resolved | rejected.
// Also allowed: in_review → resolved/rejected (answered without work), in_progress → forwarded,
// received → rejected (spam, out of scope). rejected needs a non-empty reason.
// Errors: illegal_transition (payload from, to), reason_required.
Result<void> check_transition(Status from, Status to, std::string_view reason);

// The statuses `from` may move to, in display order.
std::span<const Status> next_statuses(Status from);

}  // namespace siang::domain
