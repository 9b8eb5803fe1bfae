// Track checking: the office is being asked about the code ("กำลังตรวจสอบ…"); the answer comes
// from the background on a later frame, and Back in the bar leaves at any moment.
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_track_checking(ScreenContext& ctx) {
    draw_waiting(ctx, ui::icon::search, ctx.t(flow::screen_title_key(flow::Screen::track_checking)),
                 ctx.t("kiosk.track.checking_wait"));
    return {};
}

}  // namespace siang::kiosk::screens
