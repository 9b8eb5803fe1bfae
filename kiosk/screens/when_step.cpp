// When it happened: an optional date typed on the numeric keypad as day/month/BE year, or skip.
#include "i18n/domain_names.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/flow/step_validation.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/field_input.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

namespace {

// "22/11/2569" (as typed) to "2569-11-22" (what the session parses); partial input stays as it is
// so Next says the date is incomplete.
std::string to_session_date(const std::string& shown) {
    const std::string d = group_digits(shown, {8}, '/');
    if (d.size() != 8) return shown;
    return d.substr(4, 4) + "-" + d.substr(2, 2) + "-" + d.substr(0, 2);
}

// The session's "YYYY-MM-DD" back to "DD/MM/YYYY"; anything else as digits in those groups.
std::string from_session_date(const std::string& held) {
    if (held.size() == 10 && held[4] == '-' && held[7] == '-')
        return held.substr(8, 2) + "/" + held.substr(5, 2) + "/" + held.substr(0, 4);
    return group_digits(held, {2, 2, 4}, '/');
}

}  // namespace

Intents draw_when(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    ui::touch::TextFieldState& widget = ctx.view.fields[flow::Field::occurred_on];
    widget.focused = true;
    Rect area = ctx.page.content;
    const auto key = draw_screen_keyboard(ctx, area, {});

    const std::string title = std::string(ctx.t(flow::screen_title_key(flow::Screen::when))) + " " +
                              std::string(ctx.t("kiosk.optional"));
    area.min.y =
        draw_title(ctx, area, title, ctx.t(flow::field_hint_key(flow::Field::occurred_on)));

    const std::string held = from_session_date(ctx.session.text(flow::Field::occurred_on));
    if (widget.edit.text() != held) (void)widget.edit.set_text(held);
    const float field_w = std::min(area.width(), m.touch_target * 5.0f);
    ImGui::SetCursorScreenPos(area.min);
    const auto o = ui::touch::draw_text_field("when", widget, field_w, 1, ctx.style, key,
                                              ctx.t("kiosk.when.placeholder"));
    if (o.changed) {
        const std::string shown = group_digits(widget.edit.text(), {2, 2, 4}, '/');
        (void)widget.edit.set_text(shown);
        out.push_back(flow::intent::SetText{flow::Field::occurred_on, to_session_date(shown)});
    }
    ctx.view.animating = ctx.view.animating || o.animating;
    if (o.wake_after_seconds > 0.0) ctx.view.wake_after_seconds = o.wake_after_seconds;
    float y = ImGui::GetCursorScreenPos().y;

    // The date in words confirms what the keypad's digits mean: "22 พ.ย. 2569".
    if (auto date = flow::parse_when(ctx.session.text(flow::Field::occurred_on)); date && *date)
        y += draw_paragraph(ctx, {area.min.x, y}, area.width(), ui::FontRole::heading,
                            ctx.palette().accent, ctx.digits(i18n::date_text(**date, ctx.lang())));
    y += draw_error(ctx, {area.min.x, y}, area.width());

    const std::string next = with_icon(ui::icon::arrow_forward, ctx.t("kiosk.button.next"));
    const Rect next_r = primary_slot(ctx, area, next);
    if (primary_button("##next", next_r, next, ctx) || o.submitted)
        out.push_back(flow::intent::Next{});
    const std::string skip(ctx.t("kiosk.when.none"));
    const float skip_w = button_width(ctx, skip);
    const Rect skip_r{{next_r.min.x - m.gap * 2.0f - skip_w, next_r.min.y},
                      {next_r.min.x - m.gap * 2.0f, next_r.max.y}};
    if (secondary_button("##skip", skip_r, skip, ctx)) {
        out.push_back(flow::intent::SetText{flow::Field::occurred_on, ""});
        out.push_back(flow::intent::Next{});
    }
    return out;
}

}  // namespace siang::kiosk::screens
