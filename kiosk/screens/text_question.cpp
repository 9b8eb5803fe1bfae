// The typed form steps: subject, details (several lines) and location, each with the letter
// keyboard, the field's counter and Next beside the field.
#include <algorithm>

#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/flow/form_steps.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/field_input.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

Intents draw_text_question(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    const flow::Screen step = ctx.session.resume_screen();
    const flow::Field f = flow::field_of_step(step).value_or(flow::Field::subject);
    ui::touch::TextFieldState& widget = ctx.view.fields[f];
    widget.focused = true;

    Rect area = ctx.page.content;
    const std::string before(std::string_view(widget.edit.text()).substr(0, widget.edit.caret()));
    const auto key = draw_screen_keyboard(ctx, area, before);

    std::string title(ctx.t(flow::screen_title_key(step)));
    if (step == flow::Screen::location) title += " " + std::string(ctx.t("kiosk.optional"));
    area.min.y = draw_title(ctx, area, title, ctx.t(flow::field_hint_key(f)));

    const std::string next = next_label(ctx);
    const float button_w = std::min(button_width(ctx, next), area.width());
    // Next beside the field when the field keeps most of the width, else under it (the column
    // beside a landscape keyboard, larger text).
    const bool next_below = area.width() - button_w - m.gap * 2.0f < area.width() * 0.6f;
    const float field_w = next_below ? area.width() : area.width() - button_w - m.gap * 2.0f;
    ImFont* font = ctx.style.label_font();
    const float line = ui::line_height(font);
    const float counter = ui::line_height(ctx.style.hint_font());
    int lines = 1;
    if (f == flow::Field::details) {
        const float next_h = next_below ? m.touch_target + m.gap * 2.0f : 0.0f;
        // The box's own padding (a gap above and below its lines), the counter's and the
        // spacing under it, and Next when it goes below.
        const float room = area.height() - counter - m.gap * 4.5f - next_h;
        lines = std::clamp(static_cast<int>(room / (line * 1.05f)), 2, 8);
    }
    ImGui::SetCursorScreenPos(area.min);
    const auto o = field_input(ctx, f, field_w, lines, key, out);
    float below = ImGui::GetCursorScreenPos().y;
    // Under the counter Next would leave the page (larger text on a small panel, the hint
    // wrapped into several lines): it goes on the counter's row instead, on the left, where
    // the right-aligned counter leaves the column free, and the error under it.
    const float field_bottom = area.min.y + static_cast<float>(lines) * line + 2.0f * m.gap;
    const bool by_counter =
        next_below && below + m.gap + m.touch_target > area.max.y &&
        button_w + m.gap * 2.0f + ui::measure_text(ctx.style.hint_font(), "0000/0000").x <= field_w;
    float button_y = next_below ? below + m.gap : area.min.y;
    float button_x = area.max.x - button_w;
    if (by_counter) {
        button_y = field_bottom + m.gap;
        button_x = area.min.x;
        below = std::max(below, button_y + m.touch_target + m.gap * 0.5f);
    }
    below += draw_error(ctx, {area.min.x, below}, field_w);
    const Rect button{{button_x, button_y}, {button_x + button_w, button_y + m.touch_target}};
    if (primary_button("##next", button, next, ctx) || o.submitted)
        out.push_back(flow::intent::Next{});
    return out;
}

}  // namespace siang::kiosk::screens
