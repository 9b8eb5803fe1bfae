// Contact fields: name on the letter keyboard, phone on the numeric keypad (SPEC §3, §4.4).
#include <algorithm>
#include <array>

#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/field_input.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

namespace {

ui::touch::LayoutId layout_for(const ScreenContext& ctx, flow::Field f) {
    return f == flow::Field::phone ? ui::touch::LayoutId::numeric : letter_layout(ctx.lang());
}

}  // namespace

Intents draw_contact_fields(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    constexpr std::array fields{flow::Field::name, flow::Field::phone};
    if (std::find(fields.begin(), fields.end(), ctx.view.focused) == fields.end())
        ctx.view.focused = flow::Field::name;
    const bool numeric_wanted = ctx.view.focused == flow::Field::phone;
    const bool numeric_shown = ctx.view.keyboard.layout_id() == ui::touch::LayoutId::numeric;
    if (numeric_wanted != numeric_shown)
        ctx.view.keyboard.set_layout(layout_for(ctx, ctx.view.focused));

    Rect area = ctx.page.content;
    Rect keys;
    ui::touch::TextFieldState& focused = ctx.view.fields[ctx.view.focused];
    const std::string before(std::string_view(focused.edit.text()).substr(0, focused.edit.caret()));
    const auto key = draw_screen_keyboard(ctx, area, before, &keys);
    area.min.y = draw_title(ctx, area, ctx.t(flow::screen_title_key(flow::Screen::contact_fields)));

    const std::string next = with_icon(ui::icon::arrow_forward, ctx.t("kiosk.button.next"));
    const float button_w = std::min(button_width(ctx, next), area.width());
    // Next beside the fields when they keep most of the width, else under them (the column
    // beside a landscape keyboard, issue 9 item 7).
    const bool next_below = area.width() - button_w - m.gap * 2.0f < area.width() * 0.6f;
    const float field_w = std::min(
        next_below ? area.width() : area.width() - button_w - m.gap * 2.0f, m.touch_target * 12.0f);
    // Side by side when there is room above the keyboard, else one under the other.
    const bool side_by_side = !ctx.page.portrait && !next_below &&
                              area.width() >= m.touch_target * 16.0f &&
                              ctx.view.keyboard.layout_id() != ui::touch::LayoutId::numeric;
    const float each_w = side_by_side ? (field_w - m.gap * 2.0f) / 2.0f : field_w;
    bool submitted = false;
    float y = area.min.y, x = area.min.x, bottom = y;
    for (flow::Field f : fields) {
        ctx.view.fields[f].focused = f == ctx.view.focused;
        ImFont* label_font = ctx.style.hint_font();
        ui::draw_text(ImGui::GetWindowDrawList(), label_font, {x, y},
                      ui::to_imu32(ctx.palette().text_muted),
                      with_icon(f == flow::Field::name ? ui::icon::person : ui::icon::phone,
                                ctx.t(flow::field_label_key(f))));
        ImGui::SetCursorScreenPos({x, y + ui::line_height(label_font)});
        const auto o = f == flow::Field::phone
                           ? digit_field(ctx, f, each_w, {3, 3, 4}, '-', key, out)
                           : field_input(ctx, f, each_w, 1, key, out);
        if (o.tapped && f != ctx.view.focused) {
            ctx.view.focused = f;
            ctx.view.keyboard.set_layout(layout_for(ctx, f));
        }
        // Enter in the name moves on to the phone; Enter in the phone is Next.
        if (o.submitted && f == flow::Field::name) {
            ctx.view.focused = flow::Field::phone;
            ctx.view.keyboard.set_layout(ui::touch::LayoutId::numeric);
        } else if (o.submitted) {
            submitted = true;
        }
        bottom = std::max(bottom, ImGui::GetCursorScreenPos().y);
        if (side_by_side)
            x += each_w + m.gap * 2.0f;
        else
            y = ImGui::GetCursorScreenPos().y + m.gap * 0.5f;
    }
    bottom += draw_error(ctx, {area.min.x, bottom}, field_w);
    float button_y = next_below ? bottom + m.gap : area.min.y;
    float button_right = area.max.x;
    if (next_below) {
        // Beside a landscape keyboard the fields fill their column: Next goes in the keyboard's
        // column instead, above the letters or under the keypad, where there is room for it.
        const Rect& page = ctx.page.content;
        const float need = m.touch_target + m.gap * 2.0f;
        if (keys.min.y - page.min.y >= need) {
            button_y = page.min.y;
            button_right = page.max.x;
        } else if (page.max.y - keys.max.y >= need) {
            button_y = keys.max.y + m.gap * 2.0f;
            button_right = page.max.x;
        }
    }
    const Rect button{{button_right - button_w, button_y},
                      {button_right, button_y + m.touch_target}};
    if (primary_button("##next", button, next, ctx) || submitted)
        out.push_back(flow::intent::Next{});
    return out;
}

}  // namespace siang::kiosk::screens
