// Review: every answer on one screen, each with an edit button, and Submit (SPEC §4.5).
#include <algorithm>
#include <optional>

#include "i18n/domain_names.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/flow/step_validation.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"
#include "ui/touch/scroll_area.hpp"
#include "ui/touch/touch_button.hpp"

namespace siang::kiosk::screens {

namespace {

struct Answer {
    std::string label;
    std::string value;
    std::optional<flow::Screen> edit;  // the step that asks it; none for the kind
};

std::string or_not_given(const ScreenContext& ctx, const std::string& v) {
    return v.empty() ? std::string(ctx.t("kiosk.review.not_given")) : v;
}

std::vector<Answer> answers(const ScreenContext& ctx) {
    const flow::KioskSession& s = ctx.session;
    const auto& dir = s.config().directory;
    const i18n::Lang lang = ctx.lang();
    const domain::Kind kind = s.kind().value_or(domain::Kind::suggestion);
    auto label = [&](flow::Field f) { return std::string(ctx.t(flow::field_label_key(f))); };
    std::vector<Answer> a;
    a.push_back({std::string(ctx.t("kiosk.label.kind")), std::string(i18n::kind_name(kind, lang)),
                 std::nullopt});
    if (kind == domain::Kind::eservice)
        a.push_back({label(flow::Field::service),
                     i18n::service_name(dir, s.text(flow::Field::service), lang),
                     flow::Screen::service});
    else
        a.push_back({label(flow::Field::division),
                     s.text(flow::Field::division).empty()
                         ? std::string(ctx.t("kiosk.topic.none"))
                         : i18n::division_name(dir, s.text(flow::Field::division), lang),
                     flow::Screen::topic});
    a.push_back({label(flow::Field::subject), s.text(flow::Field::subject), flow::Screen::subject});
    a.push_back({label(flow::Field::details), s.text(flow::Field::details), flow::Screen::details});
    a.push_back({label(flow::Field::location), or_not_given(ctx, s.text(flow::Field::location)),
                 flow::Screen::location});
    std::string when(ctx.t("kiosk.when.none"));
    if (auto d = flow::parse_when(s.text(flow::Field::occurred_on)); d && *d)
        when = ctx.digits(i18n::date_text(**d, lang));
    a.push_back({label(flow::Field::occurred_on), when, flow::Screen::when});
    std::string contact(ctx.t("kiosk.review.anonymous"));
    if (s.contact_mode() == flow::ContactMode::named)
        contact = s.text(flow::Field::name) + "\n" + ctx.digits(s.text(flow::Field::phone));
    a.push_back({std::string(ctx.t("kiosk.label.contact")), contact, flow::Screen::contact_choice});
    return a;
}

}  // namespace

Intents draw_review(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    Rect area = ctx.page.content;
    area.min.y = draw_title(ctx, area, ctx.t(flow::screen_title_key(flow::Screen::review)),
                            ctx.t("kiosk.review.hint"));
    const std::string submit = with_icon(ui::icon::check, ctx.t("kiosk.button.submit"));
    const Rect submit_r = primary_slot(ctx, area, submit);
    if (primary_button("##submit", submit_r, submit, ctx)) out.push_back(flow::intent::Submit{});
    const float error_h =
        draw_error(ctx, {area.min.x, submit_r.min.y}, submit_r.min.x - area.min.x - m.gap);
    (void)error_h;

    Rect box = area;
    box.max.y = submit_r.min.y - m.gap * 1.5f;
    draw_panel(ctx, box);
    const Rect inner{{box.min.x + m.gap * 1.5f, box.min.y + m.gap * 0.5f},
                     {box.max.x - m.gap * 1.5f, box.max.y - m.gap * 0.5f}};
    const std::string edit = with_icon(ui::icon::edit, ctx.t("kiosk.button.edit"));
    const float edit_w = button_width(ctx, edit);
    const float label_w = ctx.page.portrait ? inner.width() * 0.3f : inner.width() * 0.22f;
    const float value_w = inner.width() - label_w - edit_w - m.gap * 3.0f;
    ImFont* body = ctx.font(ui::FontRole::body);
    ImDrawList* list = nullptr;

    ImGui::SetCursorScreenPos(inner.min);
    ui::touch::begin_scroll_area("##review", ctx.view.scroll, {inner.width(), inner.height()});
    list = ImGui::GetWindowDrawList();
    const std::vector<Answer> rows = answers(ctx);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Answer& a = rows[i];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float pad = m.gap * 0.5f;
        const float value_h = ui::measure_wrapped(body, value_w, a.value);
        const float h = std::max(value_h, m.touch_target) + 2.0f * pad;
        draw_paragraph(ctx, {at.x, at.y + pad}, label_w, ui::FontRole::small,
                       ctx.palette().text_muted, a.label);
        draw_paragraph(ctx, {at.x + label_w + m.gap, at.y + pad}, value_w, ui::FontRole::body,
                       ctx.palette().text, a.value);
        if (a.edit) {
            const std::string id = "##edit" + std::to_string(i);
            if (ui::touch::touch_button_at(id.c_str(), {at.x + inner.width() - edit_w, at.y + pad},
                                           {edit_w, m.touch_target}, edit, ctx.style))
                out.push_back(flow::intent::EditField{*a.edit});
        }
        if (i + 1 < rows.size())
            list->AddLine({at.x, at.y + h}, {at.x + inner.width(), at.y + h},
                          ui::to_imu32(ctx.palette().border), 1.0f);
        ImGui::Dummy({inner.width(), h + 1.0f});
    }
    if (ui::touch::end_scroll_area(ctx.view.scroll, ctx.style)) ctx.view.animating = true;
    return out;
}

}  // namespace siang::kiosk::screens
