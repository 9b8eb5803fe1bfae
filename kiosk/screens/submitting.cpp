// Submitting: shown while the durable commit runs ("กำลังบันทึก…"); nothing to tap.
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_submitting(ScreenContext& ctx) {
    const Rect& area = ctx.page.content;
    const float y = area.min.y + area.height() * 0.3f;
    const float h = draw_paragraph(
        ctx, {area.min.x, y}, area.width(), ui::FontRole::title, ctx.palette().text,
        with_icon(ui::icon::schedule, ctx.t(flow::screen_title_key(flow::Screen::submitting))) +
            "…");
    // Filed for good, waiting a moment for the office's case number (issue 11 item 6).
    draw_paragraph(ctx, {area.min.x, y + h}, area.width(), ui::FontRole::body,
                   ctx.palette().text_muted,
                   ctx.t(ctx.session.awaiting_case_number() ? "kiosk.submitting.numbering"
                                                            : "kiosk.submitting.wait"));
    return {};
}

}  // namespace siang::kiosk::screens
