// Track entry: the 12-digit code on a big keypad, grouped as typed; or scan the receipt's QR.
#include "i18n/catalog.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/field_input.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_track_entry(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    ctx.view.fields[flow::Field::tracking_code].focused = true;
    Rect area = ctx.page.content;
    const auto key = draw_screen_keyboard(ctx, area, {});
    area.min.y = draw_title(ctx, area, ctx.t(flow::screen_title_key(flow::Screen::track_entry)),
                            ctx.t("kiosk.hint.code"));
    ImGui::SetCursorScreenPos(area.min);
    const float field_w = std::min(area.width(), m.touch_target * 7.0f);
    const auto o = digit_field(ctx, flow::Field::tracking_code, field_w, {4, 4, 4}, '-', key, out,
                               "____-____-____");
    float y = ImGui::GetCursorScreenPos().y;
    y += draw_error(ctx, {area.min.x, y}, area.width());
    if (ctx.session.attempts_left() < ctx.session.config().timeouts.wrong_code_limit)
        draw_paragraph(ctx, {area.min.x, y}, area.width(), ui::FontRole::body,
                       ctx.palette().text_muted,
                       ctx.digits(i18n::format(ctx.t("kiosk.track.attempts_left"),
                                               {std::to_string(ctx.session.attempts_left())})));
    const std::string check = with_icon(ui::icon::search, ctx.t("kiosk.button.check"));
    if (primary_button("##check", primary_slot(ctx, area, check), check, ctx) || o.submitted)
        out.push_back(flow::intent::EnterCode{ctx.session.text(flow::Field::tracking_code)});
    return out;
}

}  // namespace siang::kiosk::screens
