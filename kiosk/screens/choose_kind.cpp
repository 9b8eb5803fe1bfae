// Choose kind: the four kinds, each with one sentence on what happens next (SPEC §4.2).
#include "i18n/domain_names.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_choose_kind(ScreenContext& ctx) {
    Intents out;
    Rect area = ctx.page.content;
    area.min.y = draw_title(ctx, area, ctx.t(flow::screen_title_key(flow::Screen::choose_kind)));
    const int columns = ctx.page.portrait ? 1 : 2;
    auto kind = [](int i) { return domain::all_kinds[static_cast<std::size_t>(i)]; };
    card_grid(
        ctx, area, 4, columns, 4,
        [&](int i, float w) {
            return choice_card_height(ctx, w, i18n::kind_name(kind(i), ctx.lang()),
                                      ctx.t(flow::kind_next_key(kind(i))));
        },
        [&](int i, const Rect& cell) {
            const domain::Kind k = kind(i);
            const std::string id = "##choose_" + std::string(domain::kind_id(k));
            if (choice_card(id.c_str(), cell, kind_icon(k), i18n::kind_name(k, ctx.lang()),
                            ctx.t(flow::kind_next_key(k)), ctx, ctx.session.kind() == k))
                out.push_back(flow::intent::ChooseKind{k});
        });
    return out;
}

}  // namespace siang::kiosk::screens
