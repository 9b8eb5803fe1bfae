// Corruption notice: confidentiality, protection, anonymous complaints and the configured
// handling guideline, before the form (SPEC §4.2, §4.4).
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/flow/notice_texts.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

std::vector<Paragraph> corruption_guideline_paragraphs(const ScreenContext& ctx) {
    const ui::Metrics& m = ctx.metrics();
    const flow::CorruptionNotice n = flow::corruption_notice(ctx.session.config(), ctx.lang());
    std::vector<Paragraph> text;
    for (const std::string& p : n.paragraphs) text.push_back({with_icon(ui::icon::shield, p)});
    text.push_back({n.guideline_title, ui::FontRole::heading});
    for (std::size_t i = 0; i < n.steps.size(); ++i)
        text.push_back({ctx.digits(std::to_string(i + 1) + ". " + n.steps[i]), ui::FontRole::body,
                        false, m.gap});
    text.push_back({n.unit, ui::FontRole::body, true});
    text.push_back({ctx.digits(n.time_frame), ui::FontRole::body, true});
    text.push_back({n.tracking, ui::FontRole::body, true});
    return text;
}

Intents draw_corruption_notice(ScreenContext& ctx) {
    Intents out;
    const std::string go = with_icon(ui::icon::arrow_forward, ctx.t("kiosk.button.continue"));
    if (draw_reading_page(ctx, ctx.t(flow::screen_title_key(flow::Screen::corruption_notice)),
                          "##continue", go, corruption_guideline_paragraphs(ctx)))
        out.push_back(flow::intent::Next{});
    return out;
}

}  // namespace siang::kiosk::screens
