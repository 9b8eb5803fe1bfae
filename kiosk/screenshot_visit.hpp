// The sample visit behind `--screenshot --screen NAME`: flow::walk_to, plus what makes each
// screen look lived-in (a typed answer on the form step, the office's reply on the status).
#pragma once

#include "kiosk/flow/kiosk_session.hpp"
#include "store/store.hpp"

namespace siang::kiosk {

// Drives `session` to `target` with the sample visit and returns false when it cannot get
// there. details and contact_fields show their sample answers (reached back from the next
// step); track_result shows a case that the office has taken up and replied to through `store`.
bool walk_for_screenshot(flow::KioskSession& session, store::Store& store, flow::Screen target,
                         flow::SteadyTime& now);

}  // namespace siang::kiosk
