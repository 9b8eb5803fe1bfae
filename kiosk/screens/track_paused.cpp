// Track paused: after too many wrong codes in a row, a countdown before the next try.
#include "i18n/catalog.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_track_paused(ScreenContext& ctx) {
    Rect area = ctx.page.content;
    area.min.y = draw_title(
        ctx, area,
        with_icon(ui::icon::schedule, ctx.t(flow::screen_title_key(flow::Screen::track_paused))));
    draw_paragraph(ctx, area.min, area.width(), ui::FontRole::heading, ctx.palette().text,
                   ctx.digits(i18n::format(ctx.t("kiosk.track.paused"),
                                           {std::to_string(ctx.session.seconds_left(ctx.now))})));
    return {};
}

}  // namespace siang::kiosk::screens
