// Workflow statuses: identifiers and the transition table of SPEC §6.
#include "domain/status.hpp"

#include <string>

#include "core/enum_names.hpp"
#include "text/utf8.hpp"

namespace siang::domain {

namespace {

// Successors in the order a console offers them: the usual next step first, rejection last.
constexpr std::array<Status, 2> from_received{Status::in_review, Status::rejected};
constexpr std::array<Status, 4> from_in_review{Status::in_progress, Status::forwarded,
                                               Status::resolved, Status::rejected};
constexpr std::array<Status, 3> from_in_progress{Status::resolved, Status::forwarded,
                                                 Status::rejected};
constexpr std::array<Status, 2> from_forwarded{Status::resolved, Status::rejected};

constexpr auto status_names = enum_names<Status>({{Status::received, "received"},
                                                  {Status::in_review, "in_review"},
                                                  {Status::in_progress, "in_progress"},
                                                  {Status::forwarded, "forwarded"},
                                                  {Status::resolved, "resolved"},
                                                  {Status::rejected, "rejected"}});
static_assert(status_names.complete() && status_names.values() == all_statuses);

}  // namespace

std::string_view status_id(Status s) {
    return status_names.name(s);
}

std::optional<Status> parse_status(std::string_view id) {
    return status_names.parse(id);
}

std::span<const Status> next_statuses(Status from) {
    switch (from) {
        case Status::received:
            return from_received;
        case Status::in_review:
            return from_in_review;
        case Status::in_progress:
            return from_in_progress;
        case Status::forwarded:
            return from_forwarded;
        case Status::resolved:
        case Status::rejected:
            return {};
    }
    return {};
}

Result<void> check_transition(Status from, Status to, std::string_view reason) {
    bool allowed = false;
    for (const Status next : next_statuses(from)) allowed = allowed || next == to;
    if (!allowed) {
        return fail({.code = Errc::illegal_transition,
                     .from = std::string(status_id(from)),
                     .to = std::string(status_id(to))});
    }
    // A reason of only spaces tells the citizen nothing.
    if (to == Status::rejected && text::trim(reason).empty()) return fail(Errc::reason_required);
    return {};
}

}  // namespace siang::domain
