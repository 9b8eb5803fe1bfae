// Titles, paragraphs, cards, buttons and the keyboard placement of the citizen screens.
#include "kiosk/screens/kiosk_widgets.hpp"

#include <algorithm>
#include <cmath>

#include "kiosk/flow/flow_keys.hpp"
#include "ui/card.hpp"
#include "ui/layout_probe.hpp"
#include "ui/text_draw.hpp"
#include "ui/touch/keyboard.hpp"
#include "ui/touch/keyboard_geometry.hpp"
#include "ui/touch/scroll_area.hpp"
#include "ui/touch/touch_button.hpp"

namespace siang::kiosk::screens {

std::string with_icon(const ui::icon::Icon& icon, std::string_view text) {
    std::string s = icon.utf8;
    s += "  ";
    s += text;
    return s;
}

void draw_waiting(const ScreenContext& ctx, const ui::icon::Icon& icon, std::string_view title,
                  std::string_view line) {
    const Rect& area = ctx.page.content;
    const float y = area.min.y + area.height() * 0.3f;
    const float h = draw_paragraph(ctx, {area.min.x, y}, area.width(), ui::FontRole::title,
                                   ctx.palette().text, with_icon(icon, title) + "…");
    draw_paragraph(ctx, {area.min.x, y + h}, area.width(), ui::FontRole::body,
                   ctx.palette().text_muted, line);
}

float draw_paragraph(const ScreenContext& ctx, ImVec2 pos, float width, ui::FontRole role,
                     ui::Rgb color, std::string_view text) {
    return ui::draw_wrapped(ImGui::GetWindowDrawList(), ctx.font(role), pos, width,
                            ui::to_imu32(color), text);
}

float draw_title(const ScreenContext& ctx, const Rect& area, std::string_view title,
                 std::string_view hint) {
    float y = area.min.y;
    y += draw_paragraph(ctx, {area.min.x, y}, area.width(), ui::FontRole::title, ctx.palette().text,
                        title);
    if (!hint.empty())
        y += draw_paragraph(ctx, {area.min.x, y}, area.width(), ui::FontRole::body,
                            ctx.palette().text_muted, hint);
    return y + ctx.metrics().gap;
}

float button_width(const ScreenContext& ctx, std::string_view label) {
    const ui::Metrics& m = ctx.metrics();
    return std::max(m.touch_target * 2.0f,
                    ui::measure_text(ctx.style.label_font(), label).x + 3.0f * m.gap);
}

Rect primary_slot(const ScreenContext& ctx, const Rect& area, std::string_view label) {
    const float w = std::min(button_width(ctx, label), area.width());
    const float h = ctx.metrics().touch_target;
    return {{area.max.x - w, area.max.y - h}, area.max};
}

namespace {

bool button(const char* id, const Rect& r, std::string_view label, const ScreenContext& ctx,
            ui::touch::ButtonLook look) {
    return ui::touch::touch_button_at(id, r.min, {r.width(), r.height()}, label, ctx.style, look);
}

}  // namespace

bool primary_button(const char* id, const Rect& r, std::string_view label,
                    const ScreenContext& ctx) {
    return button(id, r, label, ctx, ui::touch::ButtonLook::primary);
}

bool secondary_button(const char* id, const Rect& r, std::string_view label,
                      const ScreenContext& ctx) {
    return button(id, r, label, ctx, ui::touch::ButtonLook::secondary);
}

namespace {

// The card's inner geometry: icon column, text column and padding.
struct CardColumns {
    float pad, icon_w, text_x, text_w;
};

CardColumns card_columns(const ScreenContext& ctx, float width) {
    const ui::Metrics& m = ctx.metrics();
    const float pad = m.gap * 1.5f;
    const float icon_w = ui::line_height(ctx.font(ui::FontRole::icon));
    return {pad, icon_w, pad + icon_w + pad, std::max(1.0f, width - icon_w - 3.0f * pad)};
}

}  // namespace

float choice_card_height(const ScreenContext& ctx, float width, std::string_view title,
                         std::string_view sentence) {
    const CardColumns c = card_columns(ctx, width);
    float h = ui::measure_wrapped(ctx.font(ui::FontRole::heading), c.text_w, title);
    if (!sentence.empty())
        h += ui::measure_wrapped(ctx.font(ui::FontRole::body), c.text_w, sentence);
    return std::max({ctx.metrics().touch_target, h + 2.0f * c.pad, c.icon_w + 2.0f * c.pad});
}

bool choice_card(const char* id, const Rect& r, const ui::icon::Icon& icon, std::string_view title,
                 std::string_view sentence, const ScreenContext& ctx, bool selected) {
    using ui::touch::ButtonLook;
    const bool tapped =
        button(id, r, {}, ctx, selected ? ButtonLook::modifier : ButtonLook::secondary);
    const CardColumns c = card_columns(ctx, r.width());
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->PushClipRect(r.min, r.max, true);
    // Icon and text sit in the card's middle, however tall the grid made it.
    const float needed = choice_card_height(ctx, r.width(), title, sentence) - 2.0f * c.pad;
    float y = r.min.y + std::max(c.pad, (r.height() - needed) * 0.5f);
    ui::draw_text(list, ctx.font(ui::FontRole::icon), {r.min.x + c.pad, y},
                  ui::to_imu32(ctx.palette().accent), icon.utf8);
    y += draw_paragraph(ctx, {r.min.x + c.text_x, y}, c.text_w, ui::FontRole::heading,
                        ctx.palette().text, title);
    if (!sentence.empty())
        draw_paragraph(ctx, {r.min.x + c.text_x, y}, c.text_w, ui::FontRole::body,
                       ctx.palette().text_muted, sentence);
    list->PopClipRect();
    return tapped;
}

void draw_panel(const ScreenContext& ctx, const Rect& r) {
    const ui::Metrics& m = ctx.metrics();
    ui::draw_card(ImGui::GetWindowDrawList(), r.min, r.max, m.radius,
                  ui::to_imu32(ctx.palette().surface), m.shadow,
                  ui::to_imu32(ctx.palette().shadow, 0.18f));
    ui::probe::panel(r.min, r.max);
}

MessageCard message_card(const ScreenContext& ctx, const Rect& area) {
    const ui::Metrics& m = ctx.metrics();
    MessageCard c;
    c.width = std::min(area.width(), m.touch_target * 12.0f);
    c.pad = m.gap * 2.5f;
    c.inner = c.width - 2.0f * c.pad;
    return c;
}

MessageCard message_card(const ScreenContext& ctx, const Rect& area,
                         const std::function<float(float)>& height) {
    MessageCard c = message_card(ctx, area);
    if (height(c.inner) + 2.0f * c.pad > area.height()) {
        c.width = area.width();
        c.inner = c.width - 2.0f * c.pad;
    }
    return c;
}

ImVec2 draw_message_card(const ScreenContext& ctx, const Rect& area, const MessageCard& card,
                         float content_height, float share) {
    const float h = content_height + 2.0f * card.pad;
    const ImVec2 a{area.min.x + (area.width() - card.width) * 0.5f,
                   area.min.y + std::max(0.0f, (area.height() - h) * share)};
    draw_panel(ctx, {a, {a.x + card.width, a.y + h}});
    return {a.x + card.pad, a.y + card.pad};
}

namespace {

std::string error_text(const ScreenContext& ctx) {
    const auto& err = ctx.session.error();
    if (!err) return {};
    return with_icon(ui::icon::warning,
                     flow::citizen_message(*err, ctx.session.screen(), ctx.lang()));
}

}  // namespace

float draw_error(const ScreenContext& ctx, ImVec2 pos, float width) {
    const std::string text = error_text(ctx);
    if (text.empty()) return 0.0f;
    return draw_paragraph(ctx, pos, width, ui::FontRole::body, ctx.palette().danger, text);
}

float error_height(const ScreenContext& ctx, float width) {
    const std::string text = error_text(ctx);
    return text.empty() ? 0.0f : ui::measure_wrapped(ctx.font(ui::FontRole::body), width, text);
}

std::string next_label(const ScreenContext& ctx) {
    if (ctx.session.editing_from_review())
        return with_icon(ui::icon::check, ctx.t("kiosk.button.save_review"));
    return with_icon(ui::icon::arrow_forward, ctx.t("kiosk.button.next"));
}

const ui::icon::Icon& service_icon(const domain::Service& s) {
    if (const ui::icon::Icon* named = ui::icon::icon_named(s.icon)) return *named;
    const std::string_view code = s.code;
    auto has = [&](std::string_view w) { return code.find(w) != std::string_view::npos; };
    if (has("water")) return ui::icon::water_drop;
    if (has("light") || has("lamp")) return ui::icon::light;
    if (has("waste") || has("garbage")) return ui::icon::delete_;
    if (has("tree")) return ui::icon::park;
    if (has("info")) return ui::icon::article;
    return ui::icon::assignment;
}

const ui::icon::Icon& kind_icon(domain::Kind k) {
    switch (k) {
        case domain::Kind::eservice:
            return ui::icon::assignment;
        case domain::Kind::suggestion:
            return ui::icon::lightbulb;
        case domain::Kind::complaint:
            return ui::icon::campaign;
        case domain::Kind::corruption:
            return ui::icon::shield;
    }
    return ui::icon::assignment;
}

Rect grid_cell(const ScreenContext& ctx, const Rect& area, int count, int columns, int i) {
    const float gap = ctx.metrics().gap * 1.5f;
    const int rows = (count + columns - 1) / columns;
    const float w =
        (area.width() - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float h = (area.height() - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    const float x = area.min.x + static_cast<float>(i % columns) * (w + gap);
    const float y = area.min.y + static_cast<float>(i / columns) * (h + gap);
    return {{x, y}, {x + w, y + h}};
}

void card_grid(ScreenContext& ctx, const Rect& area, int count, int columns, int min_cells,
               const std::function<float(int, float)>& needed,
               const std::function<void(int, const Rect&)>& card) {
    const float gap = ctx.metrics().gap * 1.5f;
    const int cells = std::max(count, min_cells);
    const int rows = (cells + columns - 1) / columns;
    const float w =
        (area.width() - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float share =
        (area.height() - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    std::vector<float> row_h(static_cast<std::size_t>(rows), share);
    bool fits = true;
    for (int i = 0; i < count; ++i) {
        float& h = row_h[static_cast<std::size_t>(i / columns)];
        const float n = needed(i, w);
        if (n > share) fits = false;
        h = std::max(h, n);
    }
    auto draw_all = [&](ImVec2 origin) {
        float y = origin.y;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const int i = r * columns + c;
                if (i >= count) break;
                const float x = origin.x + static_cast<float>(c) * (w + gap);
                card(i, {{x, y}, {x + w, y + row_h[static_cast<std::size_t>(r)]}});
            }
            y += row_h[static_cast<std::size_t>(r)] + gap;
        }
        return y - gap - origin.y;
    };
    if (fits) {
        draw_all(area.min);
        return;
    }
    // Rows at the height their text needs, one under the other: drag to see the rest.
    for (float& h : row_h) h = std::max(ctx.metrics().touch_target, h);
    ImGui::SetCursorScreenPos(area.min);
    ui::touch::begin_scroll_area("##card_grid", ctx.view.scroll, {area.width(), area.height()});
    const float total = draw_all(ImGui::GetCursorScreenPos());
    ImGui::Dummy({area.width(), total});
    if (ui::touch::end_scroll_area(ctx.view.scroll, ctx.style)) ctx.view.animating = true;
}

void scrolling_text(ScreenContext& ctx, const Rect& area,
                    const std::vector<Paragraph>& paragraphs) {
    const float gap = ctx.metrics().gap;
    ImGui::SetCursorScreenPos(area.min);
    ui::touch::begin_scroll_area("##scroll_text", ctx.view.scroll, {area.width(), area.height()});
    for (const Paragraph& p : paragraphs) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float w = area.width() - p.indent - gap;
        const float h =
            draw_paragraph(ctx, {at.x + p.indent, at.y}, w, p.role,
                           p.muted ? ctx.palette().text_muted : ctx.palette().text, p.text);
        ImGui::Dummy({area.width() - gap, h + gap * 0.75f});
    }
    if (ui::touch::end_scroll_area(ctx.view.scroll, ctx.style)) ctx.view.animating = true;
}

ui::touch::LayoutId letter_layout(i18n::Lang lang) {
    return lang == i18n::Lang::th ? ui::touch::LayoutId::thai : ui::touch::LayoutId::english;
}

namespace {

// Where the screen keyboard showing `layout` goes in `area`: its top-left corner and size, and
// the part of `area` it leaves for the screen's content.
struct KeyboardPlace {
    ImVec2 at;
    float width = 0.0f;
    float height = 0.0f;
    Rect free;
};

KeyboardPlace place_keyboard(const ScreenContext& ctx, const Rect& area,
                             const ui::touch::KeyboardState& kb) {
    const ui::Metrics& m = ctx.metrics();
    const bool numeric = kb.layout_id() == ui::touch::LayoutId::numeric;
    float width = area.width();
    if (numeric) {
        width = std::min(width, m.touch_target * 6.0f);
    } else if (!ctx.page.portrait) {
        // Landscape: keys at their smallest comfortable size (20 mm) in the bottom-right corner,
        // so the question beside them keeps the page's full height for text of the size the
        // spec asks (issue 9 item 7), larger text and the staff note included.
        const ui::touch::KeyboardSizing sizing = ui::touch::keyboard_sizing(ctx.style);
        const ui::touch::KeyboardGeometry widest = ui::touch::layout_keys(kb.layer(), 1e5f, sizing);
        const float units = (widest.width + sizing.gap) / (widest.unit + sizing.gap);
        auto keys_w = [&](float n) { return n * sizing.min_key + (n - 1.0f) * sizing.gap + 1.0f; };
        width = std::min(width, keys_w(units));
        // Larger text on a small panel: the 13-key rows would leave the question a column of a
        // few letters. The letters are then re-laid into fewer keys a row (more rows, still one
        // page and no taller than the page) until the column holds about eight of the body
        // font's ems (ui/touch/keyboard_geometry.hpp fit_layer keeps their order).
        const float column = 8.0f * ctx.font(ui::FontRole::body)->FontSize;
        for (float n = std::floor(units) - 1.0f;
             area.width() - width - m.gap * 2.0f < column && n >= 3.0f; n -= 1.0f) {
            const float w = keys_w(n);
            if (ui::touch::fit_layer(kb.layer(), w, sizing).pages.size() > 1 ||
                ui::touch::keyboard_height(kb, w, ctx.style) > area.height())
                break;
            width = w;
        }
    }
    const float height = ui::touch::keyboard_height(kb, width, ctx.style);
    KeyboardPlace p{{}, width, height, area};
    if (!ctx.page.portrait) {
        p.at = {area.max.x - width, numeric ? area.min.y : area.max.y - height};
        p.free.max.x = p.at.x - m.gap * 2.0f;
    } else {
        p.at = {area.min.x + (area.width() - width) * 0.5f, area.max.y - height};
        p.free.max.y = p.at.y - m.gap;
    }
    return p;
}

}  // namespace

Rect keyboard_free_area(const ScreenContext& ctx, const Rect& area, ui::touch::LayoutId layout) {
    return place_keyboard(ctx, area, ui::touch::KeyboardState{layout}).free;
}

Rect keyboard_rect(const ScreenContext& ctx, const Rect& area, ui::touch::LayoutId layout) {
    const KeyboardPlace p = place_keyboard(ctx, area, ui::touch::KeyboardState{layout});
    return {p.at, {p.at.x + p.width, p.at.y + p.height}};
}

std::optional<ui::touch::KeyEvent> draw_screen_keyboard(ScreenContext& ctx, Rect& area,
                                                        std::string_view text_before_caret,
                                                        Rect* keys) {
    ui::touch::KeyboardState& kb = ctx.view.keyboard;
    const KeyboardPlace p = place_keyboard(ctx, area, kb);
    area = p.free;
    if (keys != nullptr) *keys = {p.at, {p.at.x + p.width, p.at.y + p.height}};
    ImGui::SetCursorScreenPos(p.at);
    return ui::touch::draw_keyboard(kb, p.width, ctx.style, text_before_caret);
}

QuestionAnswer ask_question(ScreenContext& ctx, const Question& q) {
    const ui::Metrics& m = ctx.metrics();
    ImGui::GetWindowDrawList()->AddRectFilled({0, 0}, ctx.frame.size,
                                              ui::to_imu32(ctx.palette().shadow, 0.55f));
    ui::probe::overlay({0, 0}, ctx.frame.size);  // the page below takes no taps now
    const float w = std::min(ctx.frame.size.x - 2.0f * m.margin, m.touch_target * 12.0f);
    const float pad = m.gap * 2.0f;
    const float inner = w - 2.0f * pad;
    const float button_h = m.touch_target * 1.4f;
    const float half = (inner - m.gap * 2.0f) / 2.0f;
    const bool side_by_side =
        button_width(ctx, q.primary) <= half && button_width(ctx, q.secondary) <= half;
    const float buttons_h = side_by_side ? button_h : 2.0f * button_h + m.gap * 2.0f;
    const float h = ui::measure_wrapped(ctx.font(ui::FontRole::title), inner, q.title) +
                    ui::measure_wrapped(ctx.font(ui::FontRole::body), inner, q.body) + buttons_h +
                    3.0f * pad;
    const ImVec2 a{(ctx.frame.size.x - w) * 0.5f, (ctx.frame.size.y - h) * 0.5f};
    const Rect card{a, {a.x + w, a.y + h}};
    draw_panel(ctx, card);
    float y = a.y + pad;
    y += draw_paragraph(ctx, {a.x + pad, y}, inner, ui::FontRole::title, ctx.palette().text,
                        q.title);
    draw_paragraph(ctx, {a.x + pad, y}, inner, ui::FontRole::body, ctx.palette().text, q.body);
    const float by = card.max.y - pad - buttons_h;
    const Rect left{{a.x + pad, by}, {a.x + pad + half, by + button_h}};
    const Rect right{{card.max.x - pad - half, by}, {card.max.x - pad, by + button_h}};
    Rect primary_r = q.primary_left ? left : right;
    Rect secondary_r = q.primary_left ? right : left;
    if (!side_by_side) {
        primary_r = {{a.x + pad, by}, {card.max.x - pad, by + button_h}};
        secondary_r = {{a.x + pad, by + button_h + m.gap * 2.0f},
                       {card.max.x - pad, card.max.y - pad}};
    }
    if (primary_button(q.primary_id, primary_r, q.primary, ctx)) return QuestionAnswer::primary;
    if (secondary_button(q.secondary_id, secondary_r, q.secondary, ctx))
        return QuestionAnswer::secondary;
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) return QuestionAnswer::beside;
    return QuestionAnswer::none;
}

bool draw_reading_page(ScreenContext& ctx, std::string_view title, const char* button_id,
                       std::string_view button_label, const std::vector<Paragraph>& paragraphs) {
    const ui::Metrics& m = ctx.metrics();
    Rect area = ctx.page.content;
    area.min.y = draw_title(ctx, area, title);
    const Rect button = primary_slot(ctx, area, button_label);
    const bool tapped = primary_button(button_id, button, button_label, ctx);
    Rect scroll = area;
    if (ctx.page.portrait)
        scroll.max.y = button.min.y - m.gap;
    else
        scroll.max.x = button.min.x - m.gap * 2.0f;
    draw_panel(ctx, scroll);
    const Rect inner{{scroll.min.x + m.gap * 1.5f, scroll.min.y + m.gap},
                     {scroll.max.x - m.gap, scroll.max.y - m.gap}};
    scrolling_text(ctx, inner, paragraphs);
    return tapped;
}

}  // namespace siang::kiosk::screens
