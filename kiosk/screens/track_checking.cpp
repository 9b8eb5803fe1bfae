// Track checking: the office is being asked about the code ("กำลังตรวจสอบ…"); the answer comes
// from the background on a later frame, and Back in the bar leaves at any moment.
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_track_checking(ScreenContext& ctx) {
    const Rect& area = ctx.page.content;
    const float y = area.min.y + area.height() * 0.3f;
    const float h = draw_paragraph(
        ctx, {area.min.x, y}, area.width(), ui::FontRole::title, ctx.palette().text,
        with_icon(ui::icon::search, ctx.t(flow::screen_title_key(flow::Screen::track_checking))) +
            "…");
    draw_paragraph(ctx, {area.min.x, y + h}, area.width(), ui::FontRole::body,
                   ctx.palette().text_muted, ctx.t("kiosk.track.checking_wait"));
    return {};
}

}  // namespace siang::kiosk::screens
