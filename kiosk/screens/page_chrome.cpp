// Page layout, header and bottom bar of the citizen screens.
#include "kiosk/screens/page_chrome.hpp"

#include <algorithm>
#include <array>

#include "i18n/catalog.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "kiosk/screens/logo_texture.hpp"
#include "ui/card.hpp"
#include "ui/layout_probe.hpp"
#include "ui/text_draw.hpp"
#include "ui/touch/touch_button.hpp"

namespace siang::kiosk::screens {

namespace {

// The note's text sits this far inside its card.
float note_pad(const ui::Metrics& m) {
    return m.gap;
}

}  // namespace

PageLayout page_layout(const ui::Frame& frame, std::string_view help_note) {
    const ui::Metrics& m = frame.theme.metrics;
    PageLayout p;
    p.portrait = frame.size.y > frame.size.x;
    const float header_h = ui::line_height(frame.font(ui::FontRole::heading)) + 2.0f * m.gap;
    p.header = {{0, 0}, {frame.size.x, header_h}};
    p.bar = {{0, frame.size.y - m.bar_height}, frame.size};
    p.content = {{m.margin, header_h + m.gap}, {frame.size.x - m.margin, p.bar.min.y - m.gap}};
    p.note = {{p.content.min.x, p.bar.min.y}, {p.content.max.x, p.bar.min.y}};
    if (!help_note.empty()) {
        const float pad = note_pad(m);
        const float text_h = ui::measure_wrapped(frame.font(ui::FontRole::body),
                                                 p.content.width() - 2.0f * pad, help_note);
        p.note.min.y = p.bar.min.y - m.gap * 0.5f - (text_h + 2.0f * pad);
        p.note.max.y = p.bar.min.y - m.gap * 0.5f;
        p.content.max.y = p.note.min.y - m.gap;
    }
    return p;
}

std::string help_note_text(const flow::KioskSession& session, flow::SteadyTime now) {
    const flow::HelpNoteView v = session.help_note(now);
    if (v.note == flow::HelpNote::none || v.badge) return {};
    // The call was not recorded (issue 10 item 2): nobody is coming, so say where to go.
    if (v.note == flow::HelpNote::failed)
        return with_icon(ui::icon::warning, i18n::tr("kiosk.call_staff.failed", session.lang()));
    const bool seen = v.note == flow::HelpNote::acknowledged;
    return with_icon(
        seen ? ui::icon::directions_walk : ui::icon::check_circle,
        i18n::tr(seen ? "kiosk.call_staff.acknowledged" : "kiosk.call_staff.sent", session.lang()));
}

void draw_header(ScreenContext& ctx) {
    const config::Config& config = ctx.session.config();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Rect& h = ctx.page.header;
    const ui::Metrics& m = ctx.metrics();
    // An accent band: the municipality's colour says whose kiosk this is.
    list->AddRectFilled(h.min, h.max, ui::to_imu32(ctx.palette().accent));
    float x = ctx.page.content.min.x;
    if (!ctx.view.logo_tried) {
        ctx.view.logo_tried = true;
        if (!config.municipality.logo_path.empty())
            if (auto logo = load_logo(config.municipality.logo_path))
                ctx.view.logo = std::move(*logo);
    }
    if (ctx.view.logo && ctx.view.logo->height() > 0) {
        const float side = h.height() - m.gap;
        const float w = side * static_cast<float>(ctx.view.logo->width()) /
                        static_cast<float>(ctx.view.logo->height());
        const ImVec2 a{x, h.min.y + m.gap * 0.5f};
        list->AddImage(ctx.view.logo->imgui_id(), a, {a.x + w, a.y + side});
        x += w + m.gap;
    }
    ImFont* heading = ctx.font(ui::FontRole::heading);
    const std::string& name =
        ctx.lang() == i18n::Lang::th ? config.municipality.name_th : config.municipality.name_en;
    const ImU32 on_accent = ui::to_imu32(ctx.palette().on_accent);
    const float ty = h.min.y + (h.height() - ui::line_height(heading)) * 0.5f;
    list->PushClipRect(h.min, h.max, true);
    ui::draw_text(list, heading, {x, ty}, on_accent, name);
    if (auto step = ctx.session.step()) {
        const std::string text =
            ctx.digits(i18n::format(ctx.t("kiosk.step.indicator"),
                                    {std::to_string(step->index), std::to_string(step->count)}));
        ImFont* body = ctx.font(ui::FontRole::body);
        const ImVec2 size = ui::measure_text(body, text);
        // A row of dots under the words shows how far there is to go at a glance.
        const float dot = m.gap * 0.6f;
        const float dots_w = static_cast<float>(step->count) * dot * 2.0f;
        const float right = ctx.page.content.max.x;
        const float left = right - std::max(size.x, dots_w);
        const float y = h.min.y + (h.height() - size.y - dot * 1.5f) * 0.5f;
        ui::draw_text(list, body, {right - size.x, y}, on_accent, text);
        for (int i = 0; i < step->count; ++i) {
            const ImVec2 c{right - dots_w + (static_cast<float>(i) + 0.5f) * dot * 2.0f,
                           y + size.y + dot * 0.4f};
            if (i < step->index)
                list->AddCircleFilled(c, dot * 0.5f, on_accent);
            else
                list->AddCircle(c, dot * 0.45f, on_accent, 0, 2.0f);
        }
        (void)left;
    }
    list->PopClipRect();
}

namespace {

struct BarButton {
    const char* id;
    std::string label;
    ui::touch::ButtonLook look;
    flow::Intent intent;
};

}  // namespace

namespace {

// Call staff, or, once the staff note has shrunk, the badge it became: the same button, lit,
// saying the call went out or that staff are on the way.
BarButton staff_button(const ScreenContext& ctx) {
    using ui::touch::ButtonLook;
    const flow::HelpNoteView v = ctx.session.help_note(ctx.now);
    if (v.note == flow::HelpNote::none || !v.badge)
        return {"##bar_staff", with_icon(ui::icon::support_agent, ctx.t("kiosk.bar.call_staff")),
                ButtonLook::modifier, flow::intent::CallStaff{}};
    const bool seen = v.note == flow::HelpNote::acknowledged;
    return {"##bar_staff",
            with_icon(seen ? ui::icon::directions_walk : ui::icon::check_circle,
                      ctx.t(seen ? "kiosk.call_staff.badge_acknowledged"
                                 : "kiosk.call_staff.badge_called")),
            ButtonLook::selected, flow::intent::CallStaff{}};
}

}  // namespace

void draw_bottom_bar(const ScreenContext& ctx, bool with_back, Intents& out) {
    const ui::Metrics& m = ctx.metrics();
    const Rect& bar = ctx.page.bar;
    ImDrawList* list = ImGui::GetWindowDrawList();
    ui::draw_card(list, bar.min, {bar.max.x, bar.max.y + m.radius * 2.0f}, 0.0f,
                  ui::to_imu32(ctx.palette().surface), m.shadow,
                  ui::to_imu32(ctx.palette().shadow, 0.18f));

    using ui::touch::ButtonLook;
    BarButton back{"##bar_back", with_icon(ui::icon::arrow_back, ctx.t("kiosk.button.back")),
                   ButtonLook::secondary, flow::intent::Back{}};
    const std::array<BarButton, 3> right{
        BarButton{"##bar_lang", with_icon(ui::icon::translate, ctx.t("kiosk.bar.language")),
                  ButtonLook::modifier, flow::intent::ToggleLanguage{}},
        BarButton{"##bar_text", with_icon(ui::icon::format_size, ctx.t("kiosk.bar.larger_text")),
                  ctx.session.large_text() ? ButtonLook::selected : ButtonLook::modifier,
                  flow::intent::ToggleLargeText{}},
        staff_button(ctx)};

    // Labels in the body font when they fit, else the small font (portrait, larger text).
    ImFont* font = ctx.font(ui::FontRole::body);
    auto width_of = [&](const BarButton& b) {
        return std::max(m.touch_target, ui::measure_text(font, b.label).x + 2.0f * m.gap);
    };
    auto total = [&] {
        float w = with_back ? width_of(back) + m.gap * 2.0f : 0.0f;
        for (const BarButton& b : right) w += width_of(b) + m.gap;
        return w;
    };
    if (total() > bar.width() - 2.0f * m.gap) font = ctx.font(ui::FontRole::small);
    // Still too wide (portrait, larger text, Thai): Back keeps its arrow alone, still a full
    // touch target at the usual corner, so no button is squeezed under another.
    if (total() > bar.width() - 2.0f * m.gap) back.label = ui::icon::arrow_back.utf8;

    const float y = bar.min.y + m.gap;
    const ImVec2 size_h{0, m.touch_target};
    if (with_back) {
        const ImVec2 a{ctx.page.content.min.x, y};
        if (ui::touch::touch_button_at(back.id, a, {width_of(back), size_h.y}, back.label,
                                       ctx.style, back.look, font))
            out.push_back(back.intent);
    }
    float x = ctx.page.content.max.x;
    for (auto it = right.rbegin(); it != right.rend(); ++it) {
        const float w = width_of(*it);
        x -= w;
        if (ui::touch::touch_button_at(it->id, {x, y}, {w, size_h.y}, it->label, ctx.style,
                                       it->look, font))
            out.push_back(it->intent);
        if (it == right.rbegin() && it->look == ButtonLook::selected)
            ui::probe::help_note({x, y}, {x + w, y + size_h.y}, "badge");
        x -= m.gap;
    }

    const Rect& n = ctx.page.note;
    if (n.height() > 0.0f) {
        // The citizen must see that the press worked: a calm note in its own band above the
        // bar, where it hides nothing.
        const std::string note = help_note_text(ctx.session, ctx.now);
        ui::draw_card(list, n.min, n.max, m.radius, ui::to_imu32(ctx.palette().accent_soft),
                      m.shadow * 0.5f);
        const float pad = note_pad(m);
        draw_paragraph(ctx, {n.min.x + pad, n.min.y + pad}, n.width() - 2.0f * pad,
                       ui::FontRole::body, ctx.palette().text, note);
        ui::probe::help_note(n.min, n.max);
    }
}

}  // namespace siang::kiosk::screens
