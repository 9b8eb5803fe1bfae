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

    const float w = std::min(area.width(), m.touch_target * 12.0f);
    const float pad = m.gap * 2.5f;
    const float inner = w - 2.0f * pad;
    const float h = pad + ui::measure_wrapped(ctx.font(ui::FontRole::title), inner, title) + m.gap +
                    digits.y + ui::line_height(ctx.font(ui::FontRole::body)) + m.gap +
                    ui::measure_wrapped(ctx.font(ui::FontRole::body), inner, why) + m.gap +
                    ui::measure_wrapped(ctx.font(ui::FontRole::body), inner, hint) + pad;
    const ImVec2 a{area.min.x + (area.width() - w) * 0.5f,
                   area.min.y + std::max(0.0f, (area.height() - h) * 0.4f)};
    draw_panel(ctx, {a, {a.x + w, a.y + h}});

    float y = a.y + pad;
    y += draw_paragraph(ctx, {a.x + pad, y}, inner, ui::FontRole::title, ctx.palette().text,
                        with_icon(ui::icon::schedule, title));
    y += m.gap;
    ImGui::GetWindowDrawList()->AddText(big, big_size, {a.x + (w - digits.x) * 0.5f, y},
                                        ui::to_imu32(ctx.palette().accent), seconds.c_str());
    y += digits.y;
    const ImVec2 unit_size = ui::measure_text(ctx.font(ui::FontRole::body), unit);
    ui::draw_text(ImGui::GetWindowDrawList(), ctx.font(ui::FontRole::body),
                  {a.x + (w - unit_size.x) * 0.5f, y}, ui::to_imu32(ctx.palette().text_muted),
                  unit);
    y += unit_size.y + m.gap;
    y += draw_paragraph(ctx, {a.x + pad, y}, inner, ui::FontRole::body, ctx.palette().text, why);
    y += m.gap;
    draw_paragraph(ctx, {a.x + pad, y}, inner, ui::FontRole::body, ctx.palette().text_muted, hint);
    return {};
}

}  // namespace siang::kiosk::screens
