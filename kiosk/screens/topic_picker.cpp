// Topic picker: which division the matter concerns, or "not sure" (SPEC §3).
#include "i18n/catalog.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_topic_picker(ScreenContext& ctx) {
    Intents out;
    Rect area = ctx.page.content;
    area.min.y = draw_title(ctx, area, ctx.t(flow::screen_title_key(flow::Screen::topic)),
                            ctx.t(flow::field_hint_key(flow::Field::division)));
    area.min.y += draw_error(ctx, area.min, area.width());
    const auto& divisions = ctx.session.config().directory.divisions;
    const int n = static_cast<int>(divisions.size()) + 1;
    const int columns = ctx.page.portrait ? 1 : 2;
    const std::string& chosen = ctx.session.text(flow::Field::division);
    // The last card lets the office decide: a citizen need not know the org chart.
    auto none = [n](int i) { return i + 1 == n; };
    auto name = [&](int i) {
        if (none(i)) return std::string(ctx.t("kiosk.topic.none"));
        const domain::Division& d = divisions[static_cast<std::size_t>(i)];
        return ctx.lang() == i18n::Lang::th ? d.name_th : d.name_en;
    };
    // What the division handles, so a citizen can tell where the matter goes.
    auto handles = [&](int i) {
        if (none(i)) return std::string();
        const domain::Division& d = divisions[static_cast<std::size_t>(i)];
        return ctx.lang() == i18n::Lang::th ? d.handles_th : d.handles_en;
    };
    card_grid(
        ctx, area, n, columns, n,
        [&](int i, float w) { return choice_card_height(ctx, w, name(i), handles(i)); },
        [&](int i, const Rect& cell) {
            const std::string code =
                none(i) ? std::string() : divisions[static_cast<std::size_t>(i)].code;
            const std::string id = "##division_" + (none(i) ? std::string("none") : code);
            if (choice_card(id.c_str(), cell, none(i) ? ui::icon::help : ui::icon::assignment,
                            name(i), handles(i), ctx, !none(i) && chosen == code)) {
                out.push_back(flow::intent::SetText{flow::Field::division, code});
                out.push_back(flow::intent::Next{});
            }
        });
    return out;
}

}  // namespace siang::kiosk::screens
