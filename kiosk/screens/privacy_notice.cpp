// PDPA privacy notice (s.23), acknowledged before any personal data is typed; declining files
// anonymously (SPEC §4.4).
#include <algorithm>

#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/flow/notice_texts.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"

namespace siang::kiosk::screens {

Intents draw_privacy_notice(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    Rect area = ctx.page.content;
    area.min.y = draw_title(ctx, area, ctx.t(flow::screen_title_key(flow::Screen::privacy_notice)));

    const std::string yes = with_icon(ui::icon::check, ctx.t("kiosk.privacy.acknowledge"));
    const std::string no = with_icon(ui::icon::lock, ctx.t("kiosk.privacy.decline"));
    const Rect yes_r = primary_slot(ctx, area, yes);
    const float no_w = std::min(button_width(ctx, no), area.width());
    Rect no_r{{yes_r.min.x - m.gap * 2.0f - no_w, yes_r.min.y},
              {yes_r.min.x - m.gap * 2.0f, yes_r.max.y}};
    float buttons_top = yes_r.min.y;
    if (no_r.min.x < area.min.x) {  // too narrow side by side (portrait, larger text): stack
        no_r = {{area.max.x - no_w, yes_r.min.y - m.gap - m.touch_target},
                {area.max.x, yes_r.min.y - m.gap}};
        buttons_top = no_r.min.y;
    }
    if (primary_button("##acknowledge", yes_r, yes, ctx))
        out.push_back(flow::intent::AcknowledgePrivacy{});
    if (secondary_button("##decline", no_r, no, ctx))
        out.push_back(flow::intent::ChooseAnonymous{});

    std::vector<Paragraph> text;
    // Who sees a corruption complainant's identity comes first: that is what such a citizen fears.
    if (ctx.session.kind() == domain::Kind::corruption) {
        const auto& g = ctx.session.config().corruption_guideline;
        text.push_back({i18n::format(ctx.t("kiosk.privacy.corruption_identity"),
                                     {ctx.lang() == i18n::Lang::th ? g.unit_th : g.unit_en}),
                        ui::FontRole::heading});
    }
    for (std::string& p : flow::privacy_notice_paragraphs(ctx.session.config(), ctx.lang()))
        text.push_back({std::move(p)});
    Rect box = area;
    box.max.y = buttons_top - m.gap * 1.5f;
    draw_panel(ctx, box);
    scrolling_text(
        ctx,
        {{box.min.x + m.gap * 1.5f, box.min.y + m.gap}, {box.max.x - m.gap, box.max.y - m.gap}},
        text);
    return out;
}

}  // namespace siang::kiosk::screens
