// The citizen screens of SPEC §4, one function per screen and one file each: a screen reads the
// session, draws one frame and returns what the citizen asked for. None talks to the store.
#pragma once

#include <vector>

#include "kiosk/screens/kiosk_widgets.hpp"
#include "kiosk/screens/screen_context.hpp"

namespace siang::kiosk::screens {

Intents draw_attract(ScreenContext& ctx);            // attract.cpp
Intents draw_choose_kind(ScreenContext& ctx);        // choose_kind.cpp
Intents draw_corruption_notice(ScreenContext& ctx);  // corruption_notice.cpp
Intents draw_information(ScreenContext& ctx);        // information.cpp
Intents draw_service_picker(ScreenContext& ctx);     // service_picker.cpp
Intents draw_topic_picker(ScreenContext& ctx);       // topic_picker.cpp
Intents draw_text_question(ScreenContext& ctx);   // text_question.cpp: subject, details, location
Intents draw_when(ScreenContext& ctx);            // when_step.cpp
Intents draw_contact_choice(ScreenContext& ctx);  // contact_choice.cpp
Intents draw_privacy_notice(ScreenContext& ctx);  // privacy_notice.cpp
Intents draw_contact_fields(ScreenContext& ctx);  // contact_fields.cpp
Intents draw_review(ScreenContext& ctx);          // review.cpp
Intents draw_submitting(ScreenContext& ctx);      // submitting.cpp
Intents draw_submit_failed(ScreenContext& ctx);   // submit_failed.cpp
Intents draw_receipt(ScreenContext& ctx);         // receipt.cpp
Intents draw_track_entry(ScreenContext& ctx);     // track_entry.cpp
Intents draw_track_result(ScreenContext& ctx);    // track_result.cpp
Intents draw_track_paused(ScreenContext& ctx);    // track_paused.cpp
Intents draw_track_checking(ScreenContext& ctx);  // track_checking.cpp
// Drawn over the screen the citizen left (which draws first, its taps ignored).
Intents draw_still_there(ScreenContext& ctx);  // still_there.cpp
// "Have you kept the code?" over the receipt, after Done (receipt.cpp).
Intents draw_receipt_confirm_done(ScreenContext& ctx);
// "Open the status of this case?" over a form screen after a scan (scan_confirm.cpp).
Intents draw_scan_confirm(ScreenContext& ctx);

// The corruption notice's handling guideline as paragraphs (confidentiality, protection, the
// configured steps, unit and time frame), for that notice and the information screen
// (corruption_notice.cpp).
std::vector<Paragraph> corruption_guideline_paragraphs(const ScreenContext& ctx);

// The screen for `s` with the header and the bottom bar (screen_dispatch.cpp).
Intents draw_citizen_screen(ScreenContext& ctx, flow::Screen s);

}  // namespace siang::kiosk::screens
