// Submit failed: what went wrong in plain words, the answers kept, try again or call staff.
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_submit_failed(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    Rect area = ctx.page.content;
    area.min.y = draw_title(
        ctx, area,
        with_icon(ui::icon::warning, ctx.t(flow::screen_title_key(flow::Screen::submit_failed))));
    float y = area.min.y;
    y += draw_error(ctx, {area.min.x, y}, area.width()) + m.gap;
    draw_paragraph(ctx, {area.min.x, y}, area.width(), ui::FontRole::body, ctx.palette().text,
                   ctx.t("kiosk.submit_failed.kept"));
    const std::string retry = with_icon(ui::icon::arrow_forward, ctx.t("kiosk.button.retry"));
    const Rect retry_r = primary_slot(ctx, area, retry);
    if (primary_button("##retry", retry_r, retry, ctx)) out.push_back(flow::intent::Retry{});
    const std::string staff = with_icon(ui::icon::support_agent, ctx.t("kiosk.bar.call_staff"));
    const float w = button_width(ctx, staff);
    if (secondary_button("##staff",
                         {{retry_r.min.x - m.gap * 2.0f - w, retry_r.min.y},
                          {retry_r.min.x - m.gap * 2.0f, retry_r.max.y}},
                         staff, ctx))
        out.push_back(flow::intent::CallStaff{});
    return out;
}

}  // namespace siang::kiosk::screens
