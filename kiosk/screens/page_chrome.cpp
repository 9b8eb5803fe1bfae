// Page layout, header and bottom bar of the citizen screens.
#include "kiosk/screens/page_chrome.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>

#include "domain/thai_calendar.hpp"
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

namespace {

// The bar's labels in `lang`, icons included: Back, then language, larger text and the widest
// of call staff's three faces (the plan must not change when the call becomes a badge).
struct BarLabels {
    std::string back, language, larger, staff;
};

BarLabels bar_labels(i18n::Lang lang) {
    BarLabels l;
    l.back = with_icon(ui::icon::arrow_back, i18n::tr("kiosk.button.back", lang));
    l.language = with_icon(ui::icon::translate, i18n::tr("kiosk.bar.language", lang));
    l.larger = with_icon(ui::icon::format_size, i18n::tr("kiosk.bar.larger_text", lang));
    l.staff = with_icon(ui::icon::support_agent, i18n::tr("kiosk.bar.call_staff", lang));
    return l;
}

// A bar button's width for `label` in `font`: the label with a gap each side, at least a touch
// target.
float bar_button_width(const ui::Metrics& m, ImFont* font, std::string_view label) {
    return std::max(m.touch_target, ui::measure_text(font, label).x + 2.0f * m.gap);
}

// The staff note's height in its card `width` wide.
float note_height(const ui::Frame& frame, float width, std::string_view note) {
    const ui::Metrics& m = frame.theme.metrics;
    return ui::measure_wrapped(frame.font(ui::FontRole::body), width - 2.0f * note_pad(m), note) +
           2.0f * note_pad(m);
}

// Plans the bar for `lang` in a page `width` wide (the page margins inside it): the first of
// one row in the body font, in the small font, with Back as its arrow alone, two rows in the
// body font, two rows in the small font that holds every button at least 3 mm apart.
void plan_bar(PageLayout& p, const ui::Frame& frame, float width, i18n::Lang lang) {
    const ui::Metrics& m = frame.theme.metrics;
    const BarLabels l = bar_labels(lang);
    const std::string arrow = ui::icon::arrow_back.utf8;
    for (const int rows : {1, 2})
        for (const ui::FontRole role : {ui::FontRole::body, ui::FontRole::small})
            for (const bool icon_only : {false, true}) {
                if (rows == 2 && icon_only) continue;
                ImFont* font = frame.font(role);
                auto w = [&](std::string_view label) { return bar_button_width(m, font, label); };
                const float back = w(icon_only ? std::string_view(arrow) : l.back);
                const float need = rows == 1 ? back + m.gap * 2.0f + w(l.language) + m.gap +
                                                   w(l.larger) + m.gap + w(l.staff)
                                             : std::max(back + m.gap * 2.0f + w(l.staff),
                                                        w(l.language) + m.gap + w(l.larger));
                if (need <= width) {
                    p.bar_rows = rows;
                    p.bar_font = role;
                    p.bar_back_icon_only = icon_only;
                    return;
                }
            }
    p.bar_rows = 2;  // nothing holds them: two rows in the small font, the least overlap
    p.bar_font = ui::FontRole::small;
}

}  // namespace

PageLayout page_layout(const ui::Frame& frame, std::string_view help_note,
                       std::optional<i18n::Lang> bar_lang) {
    const ui::Metrics& m = frame.theme.metrics;
    PageLayout p;
    p.portrait = frame.size.y > frame.size.x;
    const float page_w = frame.size.x - 2.0f * m.margin;
    if (bar_lang) plan_bar(p, frame, page_w, *bar_lang);
    float header_h = ui::line_height(frame.font(ui::FontRole::heading)) + 2.0f * m.gap;
    const float bar_h =
        m.bar_height + static_cast<float>(p.bar_rows - 1) * (m.touch_target + m.gap);
    p.bar = {{0, frame.size.y - bar_h}, frame.size};
    const float band_h = help_note.empty() ? 0.0f : note_height(frame, page_w, help_note);
    // What a keyboard screen needs between header and bar: the letter keys' five rows and, over
    // them, the question's title and a line of its hint.
    const float keyboard_screen_h = 5.0f * m.touch_target + 4.0f * m.gap +
                                    ui::line_height(frame.font(ui::FontRole::title)) +
                                    ui::line_height(frame.font(ui::FontRole::body)) + 2.0f * m.gap;
    const float content_with_band = p.bar.min.y - m.gap - header_h - m.gap - band_h - m.gap;
    p.note_in_header = band_h > 0.0f && !p.portrait && content_with_band < keyboard_screen_h;
    if (p.note_in_header) header_h = std::max(header_h, band_h + m.gap);
    p.header = {{0, 0}, {frame.size.x, header_h}};
    p.content = {{m.margin, header_h + m.gap}, {frame.size.x - m.margin, p.bar.min.y - m.gap}};
    p.note = {{p.content.min.x, p.bar.min.y}, {p.content.max.x, p.bar.min.y}};
    if (p.note_in_header) {
        // In the header's place, while it shows in full: the name and step come back with the
        // badge.
        p.note = {{m.margin, (header_h - band_h) * 0.5f},
                  {frame.size.x - m.margin, (header_h + band_h) * 0.5f}};
    } else if (band_h > 0.0f) {
        p.note.min.y = p.bar.min.y - m.gap * 0.5f - band_h;
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

namespace {

// For staff, small in the header's corner on the attract screen only (no citizen is in a
// visit there): how many filings wait to be sent and when the office last acknowledged one;
// the dot turns amber once uploads have failed for a while. It never reaches left of
// `min_left` (the municipality's name comes first): shorter, or the dot alone, where the header
// is narrow. Returns its left edge.
float draw_sync_indicator(const ScreenContext& ctx, const flow::SyncView& sync, float min_left) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Rect& h = ctx.page.header;
    ImFont* small = ctx.font(ui::FontRole::small);
    const std::string count =
        sync.pending > 0
            ? ctx.digits(i18n::format(ctx.t("kiosk.sync.pending"), {std::to_string(sync.pending)}))
            : std::string(ctx.t("kiosk.sync.all_sent"));
    std::string text = count + "  ·  ";
    if (sync.last_success) {
        const std::string when =
            ctx.date(domain::local_date(*sync.last_success)) + " " + ctx.time_of_day(*sync.last_success);
        text += ctx.digits(i18n::format(ctx.t("kiosk.sync.last"), {when}));
    } else {
        text += std::string(ctx.t("kiosk.sync.never"));
    }
    const float dot = ui::line_height(small) * 0.3f;
    const float right = ctx.page.content.max.x;
    if (right - ui::measure_text(small, text).x - dot * 3.0f < min_left) text = count;
    if (right - ui::measure_text(small, text).x - dot * 3.0f < min_left) text.clear();
    const ImVec2 size = text.empty() ? ImVec2{0.0f, ui::line_height(small)}
                                     : ui::measure_text(small, text);
    const float left = right - size.x - dot * 3.0f;
    const float y = h.min.y + (h.height() - size.y) * 0.5f;
    // Amber, never red: it is a note for staff, not an alarm for the citizen.
    const ImU32 dot_colour = sync.failing ? IM_COL32(0xF2, 0xB1, 0x34, 0xFF)
                                          : ui::to_imu32(ctx.palette().on_accent, 0.55f);
    list->AddCircleFilled({left + dot, y + size.y * 0.5f}, dot, dot_colour);
    if (!text.empty())
        ui::draw_text(list, small, {left + dot * 3.0f, y},
                      ui::to_imu32(ctx.palette().on_accent, 0.8f), text);
    return left;
}

}  // namespace

void draw_header(ScreenContext& ctx) {
    const config::Config& config = ctx.session.config();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Rect& h = ctx.page.header;
    const ui::Metrics& m = ctx.metrics();
    // An accent band: the municipality's colour says whose kiosk this is.
    list->AddRectFilled(h.min, h.max, ui::to_imu32(ctx.palette().accent));
    if (ctx.page.note_in_header) return;  // the staff note has its place (draw_bottom_bar)
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
    list->PushClipRect(h.min, h.max, true);
    float name_right = ctx.page.content.max.x;
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
        name_right = right - std::max(size.x, dots_w) - m.gap * 2.0f;
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
    }
    if (ctx.view.sync != nullptr && ctx.session.screen() == flow::Screen::attract) {
        const std::string& own = ctx.lang() == i18n::Lang::th ? config.municipality.name_th
                                                              : config.municipality.name_en;
        const float name_w = ui::measure_text(ctx.font(ui::FontRole::body), own).x;
        name_right =
            draw_sync_indicator(ctx, *ctx.view.sync, x + name_w + m.gap * 2.0f) - m.gap * 2.0f;
    }
    // A long name beside the step (English, larger text on a small panel) in the body font
    // rather than running into it; cut at the step if even that is too long.
    ImFont* name_font = heading;
    if (x + ui::measure_text(name_font, name).x > name_right)
        name_font = ctx.font(ui::FontRole::body);
    const float ty = h.min.y + (h.height() - ui::line_height(name_font)) * 0.5f;
    list->PushClipRect(h.min, {std::max(h.min.x, name_right), h.max.y}, true);
    ui::draw_text(list, name_font, {x, ty}, on_accent, name);
    list->PopClipRect();
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

    // The font, Back's label and the rows page_layout planned for this language.
    ImFont* font = ctx.font(ctx.page.bar_font);
    if (ctx.page.bar_back_icon_only) back.label = ui::icon::arrow_back.utf8;
    auto width_of = [&](const BarButton& b) { return bar_button_width(m, font, b.label); };

    const ImVec2 size_h{0, m.touch_target};
    // Two rows: the lower one is the usual row's, the upper one holds language and larger text.
    const float y = bar.max.y - m.gap - m.touch_target;
    if (with_back) {
        const ImVec2 a{ctx.page.content.min.x, y};
        if (ui::touch::touch_button_at(back.id, a, {width_of(back), size_h.y}, back.label,
                                       ctx.style, back.look, font))
            out.push_back(back.intent);
    }
    float x = ctx.page.content.max.x;
    float row_y = y;
    for (auto it = right.rbegin(); it != right.rend(); ++it) {
        const float w = width_of(*it);
        if (ctx.page.bar_rows > 1 && it == right.rbegin() + 1) {
            x = ctx.page.content.max.x;
            row_y = y - m.gap - m.touch_target;
        }
        x -= w;
        if (ui::touch::touch_button_at(it->id, {x, row_y}, {w, size_h.y}, it->label, ctx.style,
                                       it->look, font))
            out.push_back(it->intent);
        if (it == right.rbegin() && it->look == ButtonLook::selected)
            ui::probe::help_note({x, row_y}, {x + w, row_y + size_h.y}, "badge");
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
