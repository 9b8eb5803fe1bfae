// Contact choice: stay anonymous or give contact details (SPEC §4.4).
#include <algorithm>

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
    // A corruption complaint is anonymous unless the citizen says otherwise: its one primary
    // action sends it that way, and the chosen card carries a tick.
    if (corruption) {
        const std::string send = with_icon(ui::icon::lock, ctx.t("kiosk.contact.submit_anonymous"));
        const Rect send_r = primary_slot(ctx, area, send);
        if (primary_button("##send_anonymous", send_r, send, ctx))
            out.push_back(flow::intent::ChooseAnonymous{});
        area.max.y = send_r.min.y - ctx.metrics().gap * 2.0f;
    }
    if (ctx.page.portrait)
        area.max.y = std::min(area.max.y, area.min.y + ctx.page.content.height() * 0.6f);
    const auto& tick = ui::icon::check_circle;
    // The two cards grow (and scroll) with their text like every card grid: a corruption
    // complainant's hint says what anonymity costs, in full.
    const bool anonymous = mode == flow::ContactMode::anonymous;
    const bool named = mode == flow::ContactMode::named;
    auto title = [&](int i) {
        return ctx.t(i == 0 ? "kiosk.contact.anonymous" : "kiosk.contact.give");
    };
    auto hint = [&](int i) {
        return ctx.t(i == 0 ? "kiosk.contact.anonymous_hint" : "kiosk.contact.give_hint");
    };
    card_grid(
        ctx, area, 2, columns, 2,
        [&](int i, float w) { return choice_card_height(ctx, w, title(i), hint(i)); },
        [&](int i, const Rect& cell) {
            if (i == 0 && choice_card("##anonymous", cell, anonymous ? tick : ui::icon::lock,
                                      title(i), hint(i), ctx, anonymous))
                out.push_back(flow::intent::ChooseAnonymous{});
            if (i == 1 && choice_card("##give", cell, named ? tick : ui::icon::person, title(i),
                                      hint(i), ctx, named))
                out.push_back(flow::intent::ChooseGiveContact{});
        });
    return out;
}

}  // namespace siang::kiosk::screens
