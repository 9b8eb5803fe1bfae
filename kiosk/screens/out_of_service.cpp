// The out-of-service screen (SPEC §11: calm, bright, one message, Thai first).
#include "kiosk/screens/out_of_service.hpp"

#include "i18n/store_problem.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "kiosk/screens/notice_page.hpp"

namespace siang::kiosk::screens {

void draw_out_of_service(StoreOutage& outage, const std::string& municipality, ui::Frame& frame) {
    const auto t = [&](std::string_view key) { return i18n::tr(key, outage.lang); };
    using Ink = NoticeParagraph::Ink;
    using ui::FontRole;
    const NoticeCard card{
        .title = with_icon(ui::icon::info, t("kiosk.outage.title")),
        .citizens = {{i18n::store_problem_for_citizen(outage.error, outage.lang), FontRole::body,
                      Ink::text, 1.5f},
                     {with_icon(ui::icon::support_agent, t("kiosk.outage.call_staff")),
                      FontRole::heading, Ink::accent, 2.0f}},
        .staff_head = std::string(t("kiosk.outage.for_staff")),
        .staff = {{i18n::store_problem_for_staff(outage.error, outage.path, outage.lang),
                   FontRole::small, Ink::muted, 0.5f},
                  {std::string(t("kiosk.outage.retry")), FontRole::small, Ink::muted, 0.0f}}};
    // "Call staff" cannot reach the office without its store, so the card says to ask at the
    // counter instead and the bar has the language toggle only.
    if (draw_notice_page(card, municipality, t("kiosk.outage.language"), "##outage_lang", frame))
        outage.lang = outage.lang == i18n::Lang::th ? i18n::Lang::en : i18n::Lang::th;
}

}  // namespace siang::kiosk::screens
