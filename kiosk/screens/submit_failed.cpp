// Submit failed: what went wrong in plain words, the answers kept, try again or call staff.
#include <algorithm>

#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

Intents draw_submit_failed(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    const Rect& area = ctx.page.content;
    // The message in a calm card in the middle; the actions where every step keeps them.
    const std::string title =
        with_icon(ui::icon::warning, ctx.t(flow::screen_title_key(flow::Screen::submit_failed)));
    const std::string kept(ctx.t("kiosk.submit_failed.kept"));
    const std::string why =
        ctx.session.error()
            ? flow::citizen_message(*ctx.session.error(), ctx.session.screen(), ctx.lang())
            : std::string();
    auto height = [&](float inner) {
        return ui::measure_wrapped(ctx.font(ui::FontRole::title), inner, title) + m.gap +
               ui::measure_wrapped(ctx.font(ui::FontRole::body), inner, why) + m.gap +
               ui::measure_wrapped(ctx.font(ui::FontRole::body), inner, kept);
    };
    // The card above the buttons' row, never under it.
    Rect above = area;
    above.max.y -= m.touch_target + m.gap * 2.0f;
    const MessageCard card = message_card(ctx, above, height);
    const float inner = card.inner;
    const float h = height(inner);
    const ImVec2 at = draw_message_card(ctx, above, card, h, 0.3f);
    float y = at.y;
    y += draw_paragraph(ctx, {at.x, y}, inner, ui::FontRole::title, ctx.palette().danger, title) +
         m.gap;
    y += draw_paragraph(ctx, {at.x, y}, inner, ui::FontRole::body, ctx.palette().text, why) + m.gap;
    draw_paragraph(ctx, {at.x, y}, inner, ui::FontRole::body, ctx.palette().text_muted, kept);
    const std::string retry = with_icon(ui::icon::arrow_forward, ctx.t("kiosk.button.retry"));
    const Rect retry_r = primary_slot(ctx, area, retry);
    if (primary_button("##retry", retry_r, retry, ctx)) out.push_back(flow::intent::Retry{});
    const std::string staff = with_icon(ui::icon::support_agent, ctx.t("kiosk.bar.call_staff"));
    const float staff_w = button_width(ctx, staff);
    if (secondary_button("##staff",
                         {{retry_r.min.x - m.gap * 2.0f - staff_w, retry_r.min.y},
                          {retry_r.min.x - m.gap * 2.0f, retry_r.max.y}},
                         staff, ctx))
        out.push_back(flow::intent::CallStaff{});
    return out;
}

}  // namespace siang::kiosk::screens
