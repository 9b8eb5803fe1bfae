// Attract screen: welcome, touch to start, the four kinds, and tracking a case (SPEC §4.1).
#include <algorithm>

#include "i18n/domain_names.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

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
