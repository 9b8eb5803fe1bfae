// Track paused: after too many wrong codes in a row, a calm card with a large countdown before
// the next try, and where to get help meanwhile.
#include <algorithm>
#include <cfloat>

#include "i18n/catalog.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

Intents draw_track_paused(ScreenContext& ctx) {
    const ui::Metrics& m = ctx.metrics();
    const Rect& area = ctx.page.content;
    const int left = ctx.session.seconds_left(ctx.now);
    const std::string title(ctx.t(flow::screen_title_key(flow::Screen::track_paused)));
    const std::string why =
        ctx.digits(i18n::format(ctx.t("kiosk.track.paused"), {std::to_string(left)}));
    const std::string hint(ctx.t("kiosk.track.paused_hint"));
    const std::string seconds = ctx.digits(std::to_string(left));
    const std::string unit(ctx.t("kiosk.track.seconds"));

    // Digits only: no Thai mapping needed, drawn at 1.6 times the title size.
    ImFont* big = ctx.font(ui::FontRole::title);
    const float big_size = big->FontSize * 1.6f;
    const ImVec2 digits = big->CalcTextSizeA(big_size, FLT_MAX, 0.0f, seconds.c_str());

    auto height = [&](float inner) {
        return ui::measure_wrapped(ctx.font(ui::FontRole::title), inner, title) + m.gap + digits.y +
               ui::line_height(ctx.font(ui::FontRole::body)) + m.gap +
               ui::measure_wrapped(ctx.font(ui::FontRole::body), inner, why) + m.gap +
               ui::measure_wrapped(ctx.font(ui::FontRole::body), inner, hint);
    };
    const MessageCard card = message_card(ctx, area, height);
    const float inner = card.inner;
    const float h = height(inner);
    const ImVec2 at = draw_message_card(ctx, area, card, h, 0.4f);
    const float x = at.x;
    const float centre = at.x + inner * 0.5f;

    float y = at.y;
    y += draw_paragraph(ctx, {x, y}, inner, ui::FontRole::title, ctx.palette().text,
                        with_icon(ui::icon::schedule, title));
    y += m.gap;
    ImGui::GetWindowDrawList()->AddText(big, big_size, {centre - digits.x * 0.5f, y},
                                        ui::to_imu32(ctx.palette().accent), seconds.c_str());
    y += digits.y;
    const ImVec2 unit_size = ui::measure_text(ctx.font(ui::FontRole::body), unit);
    ui::draw_text(ImGui::GetWindowDrawList(), ctx.font(ui::FontRole::body),
                  {centre - unit_size.x * 0.5f, y}, ui::to_imu32(ctx.palette().text_muted), unit);
    y += unit_size.y + m.gap;
    y += draw_paragraph(ctx, {x, y}, inner, ui::FontRole::body, ctx.palette().text, why);
    y += m.gap;
    draw_paragraph(ctx, {x, y}, inner, ui::FontRole::body, ctx.palette().text_muted, hint);
    return {};
}

}  // namespace siang::kiosk::screens
