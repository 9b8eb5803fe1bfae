// "Open the status of this case?" over a form screen after a scan (issue 9 item 6): the form
// stays as it was under the card, whichever answer.

#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_scan_confirm(ScreenContext& ctx) {
    const std::string open = with_icon(ui::icon::search, ctx.t("kiosk.scan.confirm_open"));
    const std::string keep = with_icon(ui::icon::edit, ctx.t("kiosk.scan.confirm_keep"));
    switch (ask_question(ctx, {ctx.t("kiosk.scan.confirm_title"), ctx.t("kiosk.scan.confirm_body"),
                               open, keep, "##scan_open", "##scan_keep", false})) {
        case QuestionAnswer::primary:
            return {flow::intent::OpenScanned{}};
        case QuestionAnswer::secondary:
            return {flow::intent::KeepFilling{}};
        case QuestionAnswer::beside:
            return {flow::intent::Touch{}};  // keeps the visit alive
        case QuestionAnswer::none:
            break;
    }
    return {};
}

}  // namespace siang::kiosk::screens
