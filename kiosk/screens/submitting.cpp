// Submitting: shown while the durable commit runs ("กำลังบันทึก…"); nothing to tap.
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_submitting(ScreenContext& ctx) {
    // Filed for good, waiting a moment for the office's case number (issue 11 item 6).
    draw_waiting(ctx, ui::icon::schedule, ctx.t(flow::screen_title_key(flow::Screen::submitting)),
                 ctx.t(ctx.session.awaiting_case_number() ? "kiosk.submitting.numbering"
                                                          : "kiosk.submitting.wait"));
    return {};
}

}  // namespace siang::kiosk::screens
