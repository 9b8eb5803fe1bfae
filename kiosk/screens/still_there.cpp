// Still there? A calm card over the dimmed screen with the countdown; one tap continues.
#include "i18n/catalog.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/layout_probe.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

Intents draw_still_there(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    ImDrawList* list = ImGui::GetWindowDrawList();
    // The page behind is covered, not just dimmed: whoever walks up next must not read what the
    // citizen typed.
    list->AddRectFilled({0, 0}, ctx.frame.size, ui::to_imu32(ctx.frame.background));
    list->AddRectFilled({0, 0}, ctx.frame.size, ui::to_imu32(ctx.palette().shadow, 0.35f));
    ui::probe::overlay({0, 0}, ctx.frame.size);  // the page below takes no taps now
    const float w = std::min(ctx.frame.size.x - 2.0f * m.margin, m.touch_target * 11.0f);
    const float pad = m.gap * 2.0f;
    const std::string title(ctx.t(flow::screen_title_key(flow::Screen::still_there)));
    const std::string body = ctx.digits(i18n::format(
        ctx.t("kiosk.still_there.body"), {std::to_string(ctx.session.seconds_left(ctx.now))}));
    const float inner = w - 2.0f * pad;
    const float h = ui::measure_wrapped(ctx.font(ui::FontRole::title), inner, title) +
                    ui::measure_wrapped(ctx.font(ui::FontRole::body), inner, body) +
                    m.touch_target * 1.4f + 3.0f * pad;
    const ImVec2 a{(ctx.frame.size.x - w) * 0.5f, (ctx.frame.size.y - h) * 0.5f};
    const Rect card{a, {a.x + w, a.y + h}};
    draw_panel(ctx, card);
    float y = a.y + pad;
    y += draw_paragraph(ctx, {a.x + pad, y}, inner, ui::FontRole::title, ctx.palette().text, title);
    y += draw_paragraph(ctx, {a.x + pad, y}, inner, ui::FontRole::body, ctx.palette().text, body);
    const std::string go = with_icon(ui::icon::check, ctx.t("kiosk.still_there.continue"));
    primary_button("##continue",
                   {{a.x + pad, card.max.y - pad - m.touch_target * 1.4f},
                    {card.max.x - pad, card.max.y - pad}},
                   go, ctx);
    // Any tap anywhere continues: the citizen may not find the button at once.
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) out.push_back(flow::intent::Touch{});
    return out;
}

}  // namespace siang::kiosk::screens
