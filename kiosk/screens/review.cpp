// Review: every answer on one screen, each with an edit button, and Submit (SPEC §4.5).
#include <algorithm>
#include <optional>
#include <string>
#include <utility>

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
    if (auto d = flow::parse_when(s.text(flow::Field::occurred_on)); d && *d) when = ctx.date(**d);
    a.push_back({label(flow::Field::occurred_on), when, flow::Screen::when});
    std::string contact(ctx.t("kiosk.review.anonymous"));
    const bool named = s.contact_mode() == flow::ContactMode::named;
    if (named) {
        contact = s.text(flow::Field::name) + "\n" + ctx.digits(s.text(flow::Field::phone));
        for (flow::Field f : {flow::Field::email, flow::Field::address})
            if (!s.text(f).empty()) contact += "\n" + s.text(f);
    }
    // Named: straight to the fields (name, phone, email, address); anonymous: to the choice.
    a.push_back({std::string(ctx.t("kiosk.label.contact")), contact,
                 named ? flow::Screen::contact_fields : flow::Screen::contact_choice});
    return a;
}

std::string more_hint(const ScreenContext& ctx) {
    return with_icon(ui::icon::expand_more, ctx.t("kiosk.review.scroll_more"));
}

// When the answers go on below the box: a fade over the last visible line, a thin bar on the
// right showing where the citizen is, and "scroll for more" in the line left free under the list
// (`inner` is the list's own room; the hint goes below it, over no answer).
void draw_more_below(const ScreenContext& ctx, const Rect& inner, bool hint_room) {
    const ui::touch::InertialScroll& s = ctx.view.scroll.scroll;
    if (s.max_offset() <= 0.5f) return;
    const ui::Metrics& m = ctx.metrics();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float bar_w = m.gap * 0.4f;
    const float track_h = inner.height();
    const float thumb_h = std::max(m.gap * 2.0f, track_h * track_h / (track_h + s.max_offset()));
    const float thumb_y = inner.min.y + (track_h - thumb_h) * (s.offset() / s.max_offset());
    const float bar_x = inner.max.x + m.gap * 0.6f;
    list->AddRectFilled({bar_x, inner.min.y}, {bar_x + bar_w, inner.max.y},
                        ui::to_imu32(ctx.palette().border), bar_w * 0.5f);
    list->AddRectFilled({bar_x, thumb_y}, {bar_x + bar_w, thumb_y + thumb_h},
                        ui::to_imu32(ctx.palette().accent), bar_w * 0.5f);
    // At the end nothing more is below; without its line the hint would cover an answer.
    if (s.offset() >= s.max_offset() - 0.5f || !hint_room) return;
    ImFont* small = ctx.font(ui::FontRole::small);
    const float line = ui::line_height(small);
    const float fade_h = line * 2.5f;
    const ImU32 clear = ui::to_imu32(ctx.palette().surface, 0.0f);
    const ImU32 solid = ui::to_imu32(ctx.palette().surface, 1.0f);
    list->AddRectFilledMultiColor({inner.min.x, inner.max.y - fade_h}, {inner.max.x, inner.max.y},
                                  clear, clear, solid, solid);
    const std::string more = more_hint(ctx);
    const ImVec2 size = ui::measure_text(small, more);
    ui::draw_text(list, small, {inner.min.x + (inner.width() - size.x) * 0.5f, inner.max.y},
                  ui::to_imu32(ctx.palette().accent), more);
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
    Rect inner{{box.min.x + m.gap * 1.5f, box.min.y + m.gap * 0.5f},
               {box.max.x - m.gap * 1.5f, box.max.y - m.gap * 0.5f}};
    const std::string edit = with_icon(ui::icon::edit, ctx.t("kiosk.button.edit"));
    const float edit_w = button_width(ctx, edit);
    const float label_w = ctx.page.portrait ? inner.width() * 0.3f : inner.width() * 0.22f;
    const float value_w = inner.width() - label_w - edit_w - m.gap * 3.0f;
    ImFont* body = ctx.font(ui::FontRole::body);
    ImDrawList* list = nullptr;
    const std::vector<Answer> rows = answers(ctx);
    auto row_h = [&](const Answer& a) {
        return std::max(ui::measure_wrapped(body, value_w, a.value), m.touch_target) + m.gap;
    };
    float list_h = 0.0f;
    for (const Answer& a : rows) list_h += row_h(a) + 1.0f + ImGui::GetStyle().ItemSpacing.y;
    // A list longer than its box leaves a line under it for "scroll for more".
    const bool hint_room = list_h > inner.height();
    if (hint_room) inner.max.y -= ui::measure_text(ctx.font(ui::FontRole::small), more_hint(ctx)).y;

    ImGui::SetCursorScreenPos(inner.min);
    ui::touch::begin_scroll_area("##review", ctx.view.scroll, {inner.width(), inner.height()});
    list = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Answer& a = rows[i];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float pad = m.gap * 0.5f;
        const float h = row_h(a);
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
    if (ctx.view.restore_scroll) {
        // Back from an edit: where the citizen was, now that the list knows its height.
        ctx.view.scroll.scroll.scroll_to(*std::exchange(ctx.view.restore_scroll, std::nullopt));
        ctx.view.animating = true;
    }
    draw_more_below(ctx, inner, hint_room);
    return out;
}

}  // namespace siang::kiosk::screens
