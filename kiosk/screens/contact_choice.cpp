// Contact choice: stay anonymous or give contact details (SPEC §4.4).
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_contact_choice(ScreenContext& ctx) {
    Intents out;
    Rect area = ctx.page.content;
    const bool corruption = ctx.session.kind() == domain::Kind::corruption;
    area.min.y = draw_title(ctx, area, ctx.t("kiosk.contact.question"),
                            corruption ? ctx.t("kiosk.contact.corruption_default") : "");
    area.min.y += draw_error(ctx, area.min, area.width());
    const int columns = ctx.page.portrait ? 1 : 2;
    const flow::ContactMode mode = ctx.session.contact_mode();
    if (ctx.page.portrait) area.max.y = area.min.y + area.height() * 0.6f;
    if (choice_card("##anonymous", grid_cell(ctx, area, 2, columns, 0), ui::icon::lock,
                    ctx.t("kiosk.contact.anonymous"), ctx.t("kiosk.contact.anonymous_hint"), ctx,
                    mode == flow::ContactMode::anonymous))
        out.push_back(flow::intent::ChooseAnonymous{});
    if (choice_card("##give", grid_cell(ctx, area, 2, columns, 1), ui::icon::person,
                    ctx.t("kiosk.contact.give"), ctx.t("kiosk.contact.give_hint"), ctx,
                    mode == flow::ContactMode::named))
        out.push_back(flow::intent::ChooseGiveContact{});
    return out;
}

}  // namespace siang::kiosk::screens
