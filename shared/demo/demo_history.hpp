// Status histories for demo cases: legal workflow paths, staff actors, notes and Thai replies.
#pragma once

#include <vector>

#include "demo/demo_random.hpp"
#include "domain/directory.hpp"
#include "domain/kind.hpp"
#include "domain/status_change.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::demo {

// What a case's history depends on.
struct HistoryContext {
    domain::Kind kind = domain::Kind::suggestion;
    const domain::Service* service = nullptr;    // the draft's service, if any
    const domain::Division* division = nullptr;  // the handling division, if any
    domain::TimePoint filed_at{};
    domain::TimePoint now{};
};

// Replaces `changes` with the status changes after "received": a path allowed by
// check_transition() (rejections with a reason), in office hours, in time order, none after
// `now`, so older cases have gone further. About 6% stall part-way and become overdue.
// Corruption complaints are handled by integrity staff. Reuses the elements' capacity.
void write_history(DemoRandom& rng, const HistoryContext& ctx,
                   std::vector<domain::StatusChange>& changes);

}  // namespace siang::demo
