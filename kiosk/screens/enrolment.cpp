// The enrolment screen (calm, the out-of-service screen's page: one card, Thai first).
#include "kiosk/screens/enrolment.hpp"

#include "kiosk/screens/kiosk_widgets.hpp"
#include "kiosk/screens/notice_page.hpp"

namespace siang::kiosk::screens {
namespace {

// The error for staff: a scanned line that is no link in words; an enrolment failure in the
// catalogue's sentence for its code.
std::string problem(const Error& e, i18n::Lang lang) {
    if (e.code == Errc::invalid_input) return std::string(i18n::tr("kiosk.enrol.not_a_link", lang));
    return i18n::format(i18n::tr("kiosk.enrol.failed", lang), {i18n::error_message(e, lang)});
}

}  // namespace

void draw_enrolment(EnrolmentView& view, const std::string& municipality, ui::Frame& frame) {
    const auto t = [&](std::string_view key) { return i18n::tr(key, view.lang); };
    using Ink = NoticeParagraph::Ink;
    using ui::FontRole;
    const bool wrong = view.error && !view.enrolling;
    NoticeCard card{
        .title = with_icon(ui::icon::info, t("kiosk.enrol.title")),
        .citizens = {{std::string(t("kiosk.enrol.citizens")), FontRole::body, Ink::text, 2.0f}},
        .staff_head = std::string(t("kiosk.outage.for_staff")),
        .staff = {
            {std::string(view.enrolling ? t("kiosk.enrol.working") : t("kiosk.enrol.for_staff")),
             FontRole::body, Ink::accent, wrong ? 1.0f : 0.0f}}};
    if (wrong)
        card.staff.push_back({problem(*view.error, view.lang), FontRole::body, Ink::text, 0.0f});
    if (draw_notice_page(card, municipality, t("kiosk.outage.language"), "##enrol_lang", frame))
        view.lang = view.lang == i18n::Lang::th ? i18n::Lang::en : i18n::Lang::th;
}

}  // namespace siang::kiosk::screens
