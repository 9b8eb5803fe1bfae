// A realistic citizen's visit driven by intents to any screen, for screenshots and demos.
#pragma once

#include "kiosk/flow/flow_time.hpp"
#include "kiosk/flow/kiosk_session.hpp"
#include "kiosk/flow/screen.hpp"

namespace siang::flow {

// Drives `session` from the attract screen to `target` with intents only, one second apart
// from `now` (advanced as it goes): a streetlight repair request in Thai with a name and phone
// (a complaint for topic, a corruption complaint for corruption_notice); with `kind`
// corruption, an anonymous corruption complaint about a bribe instead, through the same
// form screens (topic instead of service). Reaching receipt files it
// for real through the session's submit port; track_result files it and scans its code;
// track_paused types wrong codes up to the limit; still_there waits out the inactivity timeout on
// the details step. The language and text size stay as the session has them. Returns false when
// `target` was not reached: submitting is never shown here (the commit runs at once), and
// submit_failed only when the port fails.
bool walk_to(KioskSession& session, Screen target, SteadyTime& now,
             domain::Kind kind = domain::Kind::eservice);

}  // namespace siang::flow
