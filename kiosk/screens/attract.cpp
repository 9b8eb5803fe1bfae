// Attract screen: welcome, touch to start, the four kinds, and tracking a case (SPEC §4.1).
#include <algorithm>

#include "i18n/domain_names.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

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
    if (ctx.page.portrait) {
        left.max.y = area.min.y + area.height() * 0.42f;
        right.min.y = left.max.y + m.gap;
    } else {
        left.max.x = area.min.x + area.width() * 0.44f;
        right.min.x = left.max.x + m.gap * 3.0f;
    }
    float y = left.min.y + m.gap;
    y += draw_paragraph(ctx, {left.min.x, y}, left.width(), ui::FontRole::title, ctx.palette().text,
                        ctx.t("kiosk.title.attract"));
    y += draw_paragraph(ctx, {left.min.x, y}, left.width(), ui::FontRole::body,
                        ctx.palette().text_muted,
                        i18n::format(ctx.t("kiosk.attract.prompt"), {name}));
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

    const int columns = ctx.page.portrait ? 2 : 1;
    for (int i = 0; i < 4; ++i) {
        const domain::Kind k = domain::all_kinds[static_cast<std::size_t>(i)];
        const Rect cell = grid_cell(ctx, right, 4, columns, i);
        const std::string id = "##kind_" + std::string(domain::kind_id(k));
        if (choice_card(id.c_str(), cell, kind_icon(k), i18n::kind_name(k, ctx.lang()), {}, ctx))
            out.push_back(flow::intent::ChooseKind{k});
    }
    return out;
}

}  // namespace siang::kiosk::screens
