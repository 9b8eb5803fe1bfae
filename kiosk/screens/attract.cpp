// Attract screen: welcome, touch to start, the four kinds, tracking a case (SPEC §4.1), and the
// information board along the bottom (SPEC §13): this fiscal year's counts and the way to the
// integrity measures and the corruption-complaint guideline.
#include <algorithm>

#include "i18n/domain_names.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

namespace {

// The board's band at the bottom of `area` (the kinds' side of the page), which it shrinks to the
// space above it: the counts
// (only when the office has given them: offline, the last ones with their time, or none) and
// the button to the information screen. Counts only, all kinds together, never an error here.
void draw_board(ScreenContext& ctx, Rect& area, Intents& out) {
    const ui::Metrics& m = ctx.metrics();
    std::string open = with_icon(ui::icon::info, ctx.t("kiosk.board.open"));
    // Too long for the side (larger text on a small panel): the information screen's own name.
    if (button_width(ctx, open) > area.width() - m.gap * 2.0f)
        open = with_icon(ui::icon::info, ctx.t(flow::screen_title_key(flow::Screen::information)));
    std::string counts, updated;
    if (const auto& b = ctx.view.board) {
        counts = ctx.digits(i18n::format(ctx.t("kiosk.board.fiscal_year"),
                                         {std::to_string(b->fiscal_year_be)}) +
                            "  ·  " +
                            i18n::format(ctx.t("kiosk.board.received"), {std::to_string(b->received)}) +
                            "  ·  " +
                            i18n::format(ctx.t("kiosk.board.completed"), {std::to_string(b->completed)}));
        updated = i18n::format(ctx.t("kiosk.board.updated"), {ctx.time_of_day(b->drawn_at)});
    }
    // Side by side when the button takes at most half the width, else the button under the text.
    const float natural = button_width(ctx, open);
    const bool stacked = !counts.empty() && natural > area.width() * 0.5f;
    const float button_w = counts.empty() || stacked ? std::min(natural, area.width() - m.gap * 2.0f)
                                                     : natural;
    const float text_w = stacked ? area.width() - m.gap * 3.0f
                                 : area.width() - button_w - m.gap * 4.0f;
    float text_h = 0.0f;
    if (!counts.empty())
        text_h = ui::measure_wrapped(ctx.font(ui::FontRole::body), text_w, counts) +
                 ui::measure_wrapped(ctx.font(ui::FontRole::small), text_w, updated);
    const float inner_h = stacked ? text_h + m.gap + m.touch_target : std::max(text_h, m.touch_target);
    // Without counts the button stands alone, on no panel.
    const float pad = counts.empty() ? 0.0f : m.gap;
    const Rect band{{area.min.x, area.max.y - inner_h - pad * 2.0f}, area.max};
    area.max.y = band.min.y - m.gap;
    if (!counts.empty()) draw_panel(ctx, band);
    float y = band.min.y + pad;
    if (!counts.empty()) {
        const float x = band.min.x + m.gap * 1.5f;
        if (!stacked) y += (inner_h - text_h) / 2.0f;
        y += draw_paragraph(ctx, {x, y}, text_w, ui::FontRole::body, ctx.palette().text, counts);
        y += draw_paragraph(ctx, {x, y}, text_w, ui::FontRole::small, ctx.palette().text_muted,
                            updated);
        y += m.gap;
    }
    const float bx = stacked || counts.empty() ? band.min.x + pad : band.max.x - pad - button_w;
    const float by = stacked ? y : band.min.y + pad + (inner_h - m.touch_target) / 2.0f;
    if (secondary_button("##information", {{bx, by}, {bx + button_w, by + m.touch_target}}, open,
                         ctx))
        out.push_back(flow::intent::OpenInformation{});
}

}  // namespace

Intents draw_attract(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    const Rect& area = ctx.page.content;
    const config::Municipality& who = ctx.session.config().municipality;
    const std::string& name = ctx.lang() == i18n::Lang::th ? who.name_th : who.name_en;

    // Landscape: the welcome and the two big actions on the left, the four kinds on the right.
    // Portrait: the same from top to bottom.
    Rect left = area, right = area;
    const std::string prompt = i18n::format(ctx.t("kiosk.attract.prompt"), {name});
    if (ctx.page.portrait) {
        // At least as tall as the welcome, the two actions and the scan line need (larger text
        // on a small panel wraps them into more lines than 42 % of the page holds).
        const float w = area.width();
        const float needed =
            m.gap +
            ui::measure_wrapped(ctx.font(ui::FontRole::title), w, ctx.t("kiosk.title.attract")) +
            ui::measure_wrapped(ctx.font(ui::FontRole::body), w, prompt) + m.gap * 2.0f +
            m.touch_target * 1.6f + m.gap * 2.0f + m.touch_target + m.gap +
            ui::measure_wrapped(ctx.font(ui::FontRole::small), w, ctx.t("kiosk.attract.scan"));
        left.max.y = area.min.y + std::max(area.height() * 0.42f, needed);
        right.min.y = left.max.y + m.gap;
    } else {
        left.max.x = area.min.x + area.width() * 0.44f;
        right.min.x = left.max.x + m.gap * 3.0f;
    }
    // The board under the four kinds, whose cards scroll when it leaves them too little room.
    draw_board(ctx, right, out);
    float y = left.min.y + m.gap;
    y += draw_paragraph(ctx, {left.min.x, y}, left.width(), ui::FontRole::title, ctx.palette().text,
                        ctx.t("kiosk.title.attract"));
    y += draw_paragraph(ctx, {left.min.x, y}, left.width(), ui::FontRole::body,
                        ctx.palette().text_muted, prompt);
    y += m.gap * 2.0f;

    // The one primary action: as large as a hand.
    const float start_h = m.touch_target * 1.6f;
    const std::string start = with_icon(ui::icon::arrow_forward, ctx.t("kiosk.attract.touch"));
    if (primary_button("##start", {{left.min.x, y}, {left.max.x, y + start_h}}, start, ctx))
        out.push_back(flow::intent::Touch{});
    y += start_h + m.gap * 2.0f;
    const std::string track = with_icon(ui::icon::qr_code_scanner, ctx.t("kiosk.attract.track"));
    if (secondary_button("##track", {{left.min.x, y}, {left.max.x, y + m.touch_target}}, track,
                         ctx))
        out.push_back(flow::intent::StartTracking{});
    y += m.touch_target + m.gap;
    draw_paragraph(ctx, {left.min.x, y}, left.width(), ui::FontRole::small,
                   ctx.palette().text_muted, ctx.t("kiosk.attract.scan"));

    // The four kinds; their cards grow (and scroll) with their names like every card grid.
    auto kind = [](int i) { return domain::all_kinds[static_cast<std::size_t>(i)]; };
    // Two a row in portrait, unless half the width would break a name into short pieces (larger
    // text on a small panel: ความคิดเห็น split inside): then one a row, and the list scrolls.
    int columns = ctx.page.portrait ? 2 : 1;
    if (columns == 2) {
        const float half = (right.width() - m.gap * 1.5f) / 2.0f;
        const float line = ui::line_height(ctx.font(ui::FontRole::heading));
        for (int i = 0; i < 4; ++i) {
            const std::string_view n = i18n::kind_name(kind(i), ctx.lang());
            if (choice_card_height(ctx, half, n, {}) >
                choice_card_height(ctx, right.width(), n, {}) + line * 1.5f)
                columns = 1;
        }
    }
    card_grid(
        ctx, right, 4, columns, 4,
        [&](int i, float w) {
            return choice_card_height(ctx, w, i18n::kind_name(kind(i), ctx.lang()), {});
        },
        [&](int i, const Rect& cell) {
            const domain::Kind k = kind(i);
            const std::string id = "##kind_" + std::string(domain::kind_id(k));
            if (choice_card(id.c_str(), cell, kind_icon(k), i18n::kind_name(k, ctx.lang()), {},
                            ctx))
                out.push_back(flow::intent::ChooseKind{k});
        });
    return out;
}

}  // namespace siang::kiosk::screens
