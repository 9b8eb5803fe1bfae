// Information screen (issue 14 item 3, SPEC §13): the year's integrity measures and how a
// corruption complaint is made and handled, from the kiosk's configuration, in one drag-scrolled
// panel with big text and a clear way home. It times out home like every other screen.
#include "i18n/domain_names.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_information(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    const config::Config& config = ctx.session.config();
    const bool th = ctx.lang() == i18n::Lang::th;
    // The year the measures are for, once the office has said which year it counts.
    std::vector<Paragraph> text;
    text.push_back({ctx.view.board ? ctx.digits(i18n::format(ctx.t("kiosk.info.measures_of"),
                                                             {std::to_string(ctx.view.board->fiscal_year_be)}))
                                   : std::string(ctx.t("kiosk.info.measures")),
                    ui::FontRole::heading});
    const auto& measures = th ? config.integrity.measures_th : config.integrity.measures_en;
    for (std::size_t i = 0; i < measures.size(); ++i)
        text.push_back({ctx.digits(std::to_string(i + 1) + ". " + measures[i]), ui::FontRole::body,
                        false, m.gap});
    text.push_back({std::string(ctx.t("kiosk.info.complaints")), ui::FontRole::heading});
    text.push_back({with_icon(ui::icon::gavel,
                              i18n::format(ctx.t("kiosk.info.how"),
                                           {std::string(ctx.t("kiosk.attract.touch")),
                                            std::string(i18n::kind_name(domain::Kind::corruption,
                                                                        ctx.lang()))}))});
    const config::Municipality& who = config.municipality;
    const std::string& address = th ? who.address_th : who.address_en;
    if (!address.empty())
        text.push_back({with_icon(ui::icon::place,
                                  i18n::format(ctx.t("kiosk.info.office"), {address}))});
    if (!who.phone.empty())
        text.push_back({with_icon(ui::icon::call,
                                  ctx.digits(i18n::format(ctx.t("kiosk.info.phone"), {who.phone})))});
    for (Paragraph& p : corruption_guideline_paragraphs(ctx)) text.push_back(std::move(p));

    const std::string home = with_icon(ui::icon::home, ctx.t("kiosk.button.home"));
    if (draw_reading_page(ctx, ctx.t(flow::screen_title_key(flow::Screen::information)), "##home",
                          home, text))
        out.push_back(flow::intent::Back{});
    return out;
}

}  // namespace siang::kiosk::screens
