// "Open the status of this case?" over a form screen after a scan (issue 9 item 6): the form
// stays as it was under the card, whichever answer.
#include <algorithm>

#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/layout_probe.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

Intents draw_scan_confirm(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled({0, 0}, ctx.frame.size, ui::to_imu32(ctx.palette().shadow, 0.55f));
    ui::probe::overlay({0, 0}, ctx.frame.size);  // the form below takes no taps while it asks
    const float w = std::min(ctx.frame.size.x - 2.0f * m.margin, m.touch_target * 12.0f);
    const float pad = m.gap * 2.0f;
    const float inner = w - 2.0f * pad;
    const std::string title(ctx.t("kiosk.scan.confirm_title"));
    const std::string body(ctx.t("kiosk.scan.confirm_body"));
    const std::string open = with_icon(ui::icon::search, ctx.t("kiosk.scan.confirm_open"));
    const std::string keep = with_icon(ui::icon::edit, ctx.t("kiosk.scan.confirm_keep"));
    const float button_h = m.touch_target * 1.4f;
    // Side by side when both labels fit, else one over the other.
    const float half = (inner - m.gap * 2.0f) / 2.0f;
    const bool side_by_side = button_width(ctx, open) <= half && button_width(ctx, keep) <= half;
    const float buttons_h = side_by_side ? button_h : 2.0f * button_h + m.gap * 2.0f;
    const float h = ui::measure_wrapped(ctx.font(ui::FontRole::title), inner, title) +
                    ui::measure_wrapped(ctx.font(ui::FontRole::body), inner, body) + buttons_h +
                    3.0f * pad;
    const ImVec2 a{(ctx.frame.size.x - w) * 0.5f, (ctx.frame.size.y - h) * 0.5f};
    const Rect card{a, {a.x + w, a.y + h}};
    draw_panel(ctx, card);
    float y = a.y + pad;
    y += draw_paragraph(ctx, {a.x + pad, y}, inner, ui::FontRole::title, ctx.palette().text, title);
    draw_paragraph(ctx, {a.x + pad, y}, inner, ui::FontRole::body, ctx.palette().text, body);
    const float by = card.max.y - pad - buttons_h;
    Rect keep_r{{a.x + pad, by}, {a.x + pad + half, by + button_h}};
    Rect open_r{{card.max.x - pad - half, by}, {card.max.x - pad, by + button_h}};
    if (!side_by_side) {
        open_r = {{a.x + pad, by}, {card.max.x - pad, by + button_h}};
        keep_r = {{a.x + pad, by + button_h + m.gap * 2.0f}, {card.max.x - pad, card.max.y - pad}};
    }
    if (primary_button("##scan_open", open_r, open, ctx))
        out.push_back(flow::intent::OpenScanned{});
    else if (secondary_button("##scan_keep", keep_r, keep, ctx))
        out.push_back(flow::intent::KeepFilling{});
    else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left))
        out.push_back(flow::intent::Touch{});  // a tap beside the card keeps the visit alive
    return out;
}

}  // namespace siang::kiosk::screens
