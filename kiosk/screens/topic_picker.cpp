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
    for (int i = 0; i < n; ++i) {
        // The last card lets the office decide: a citizen need not know the org chart.
        const bool none = i + 1 == n;
        const domain::Division* d = none ? nullptr : &divisions[static_cast<std::size_t>(i)];
        const std::string code = none ? std::string() : d->code;
        const std::string name = none ? std::string(ctx.t("kiosk.topic.none"))
                                 : ctx.lang() == i18n::Lang::th ? d->name_th
                                                                : d->name_en;
        const std::string id = "##division_" + (none ? std::string("none") : code);
        // What the division handles, so a citizen can tell where the matter goes.
        const std::string handles = none                           ? std::string()
                                    : ctx.lang() == i18n::Lang::th ? d->handles_th
                                                                   : d->handles_en;
        if (choice_card(id.c_str(), grid_cell(ctx, area, n, columns, i),
                        none ? ui::icon::help : ui::icon::assignment, name, handles, ctx,
                        !none && chosen == code)) {
            out.push_back(flow::intent::SetText{flow::Field::division, code});
            out.push_back(flow::intent::Next{});
        }
    }
    return out;
}

}  // namespace siang::kiosk::screens
