// Service picker: the configured e-service catalogue as big cards (SPEC §3).
#include <algorithm>

#include "i18n/catalog.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_service_picker(ScreenContext& ctx) {
    Intents out;
    Rect area = ctx.page.content;
    area.min.y = draw_title(ctx, area, ctx.t(flow::screen_title_key(flow::Screen::service)),
                            ctx.t(flow::field_hint_key(flow::Field::service)));
    area.min.y += draw_error(ctx, area.min, area.width());
    const auto& services = ctx.session.config().directory.services;
    const int n = static_cast<int>(services.size());
    const int columns = ctx.page.portrait ? 1 : 2;
    auto service = [&](int i) -> const domain::Service& {
        return services[static_cast<std::size_t>(i)];
    };
    auto name = [&](int i) -> const std::string& {
        return ctx.lang() == i18n::Lang::th ? service(i).name_th : service(i).name_en;
    };
    auto days = [&](int i) {
        return ctx.digits(
            i18n::format(ctx.t("kiosk.service.target"), {std::to_string(service(i).target_days)}));
    };
    card_grid(
        ctx, area, n, columns, columns * 2,
        [&](int i, float w) { return choice_card_height(ctx, w, name(i), days(i)); },
        [&](int i, const Rect& cell) {
            const domain::Service& s = service(i);
            const std::string id = "##service_" + s.code;
            if (choice_card(id.c_str(), cell, service_icon(s), name(i), days(i), ctx,
                            ctx.session.text(flow::Field::service) == s.code)) {
                out.push_back(flow::intent::SetText{flow::Field::service, s.code});
                out.push_back(flow::intent::Next{});
            }
        });
    return out;
}

}  // namespace siang::kiosk::screens
