// Track entry: the 12-digit code on a big keypad, grouped as typed; or scan the receipt's QR.
#include "i18n/catalog.hpp"
#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/flow/step_validation.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/field_input.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

Intents draw_track_entry(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    ui::touch::TextFieldState& widget = ctx.view.fields[flow::Field::tracking_code];
    widget.focused = true;
    // 14/14 of a code with a valid check digit is done, not a warning.
    widget.complete = flow::is_complete_entry(flow::Field::tracking_code,
                                              ctx.session.text(flow::Field::tracking_code));
    const Rect content = ctx.page.content;
    const std::string title(ctx.t(flow::screen_title_key(flow::Screen::track_entry)));
    const std::string hint(ctx.t("kiosk.hint.code"));
    const std::string check = with_icon(ui::icon::search, ctx.t("kiosk.button.check"));
    const float field_w = m.touch_target * 7.0f;

    // In portrait the keypad sits right under the field and its button, not at the bottom of
    // the screen with an empty band between; in landscape the two stand side by side, centred.
    const Rect keypad_free = keyboard_free_area(ctx, content, ui::touch::LayoutId::numeric);
    Rect keyboard_area = content;
    Rect area = content;
    const bool tried = ctx.session.attempts_left() < ctx.session.config().timeouts.wrong_code_limit;
    const std::string attempts =
        tried ? ctx.digits(i18n::format(ctx.t("kiosk.track.attempts_left"),
                                        {std::to_string(ctx.session.attempts_left())}))
              : std::string();
    // Title, hint, field, the error and attempts left as they wrap at `w`, and Check.
    auto block_h = [&](float w) {
        return ui::measure_wrapped(ctx.font(ui::FontRole::title), w, title) +
               ui::measure_wrapped(ctx.font(ui::FontRole::body), w, hint) + m.gap +
               ui::line_height(ctx.style.label_font()) + 2.0f * m.gap +
               ui::line_height(ctx.style.hint_font()) + error_height(ctx, w) +
               (tried ? ui::measure_wrapped(ctx.font(ui::FontRole::body), w, attempts) : 0.0f) +
               4.0f * m.gap + m.touch_target;  // the field's and counter's spacing too
    };
    float block_w = std::min(keypad_free.width(),
                             std::max(field_w, button_width(ctx, check)) + m.touch_target * 3.0f);
    // Portrait, too tall for the page under the keypad (larger text on a small panel, a
    // mistyped code's message): the keypad at its smallest keys in the bottom-right corner, the
    // message and Check in the column beside it.
    const float small_keypad_w = 3.0f * m.touch_target + 2.0f * m.gap + 1.0f;
    const bool corner =
        ctx.page.portrait &&
        block_h(content.width()) + content.max.y - keypad_free.max.y > content.height() &&
        button_width(ctx, check) + 2.0f * m.gap + small_keypad_w <= content.width();
    if (corner) {
        keyboard_area.min.x = content.max.x - small_keypad_w;
    } else if (ctx.page.portrait) {
        const float keypad_h = content.max.y - keypad_free.max.y;
        keyboard_area.max.y =
            std::min(content.max.y, content.min.y + block_h(content.width()) + keypad_h);
    } else {
        // Larger text or a long message: the block takes the whole width beside the keypad
        // rather than wrap into more lines than the page holds.
        if (block_h(block_w) > content.height()) block_w = keypad_free.width();
        const float keypad_w = content.max.x - keypad_free.max.x;
        const float group_w = block_w + keypad_w;
        const float left = content.min.x + std::max(0.0f, (content.width() - group_w) * 0.5f);
        area.min.x = keyboard_area.min.x = left;
        keyboard_area.max.x = std::min(content.max.x, left + group_w);
    }
    Rect keys;
    const auto key = draw_screen_keyboard(ctx, keyboard_area, {}, &keys);
    if (corner)
        area.max.y = content.max.y;
    else if (ctx.page.portrait)
        area.max.y = keys.min.y - m.gap;  // the block ends above the keypad, never under it
    else
        area.max.x = keyboard_area.max.x;
    area.min.y = draw_title(ctx, area, title, hint);
    const float field_top = area.min.y;
    ImGui::SetCursorScreenPos(area.min);
    const auto o = digit_field(ctx, flow::Field::tracking_code, std::min(area.width(), field_w),
                               {4, 4, 4}, '-', key, out, "____-____-____");
    float y = ImGui::GetCursorScreenPos().y;
    const float text_w = corner ? keys.min.x - 2.0f * m.gap - area.min.x : area.width();
    y += draw_error(ctx, {area.min.x, y}, text_w);
    if (tried)
        y += draw_paragraph(ctx, {area.min.x, y}, text_w, ui::FontRole::body,
                            ctx.palette().text_muted, attempts);
    const float check_w = std::min(button_width(ctx, check), text_w);
    const float right = corner ? area.min.x + text_w
                               : area.min.x + std::min(area.width(), std::max(field_w, check_w));
    const float check_y = std::min(y + m.gap, area.max.y - m.touch_target);
    Rect check_r{{right - check_w, check_y}, {right, check_y + m.touch_target}};
    // Under the message Check would cover it (larger text on a small panel, a mistyped code):
    // it goes beside the field, where the block has the width.
    if (y + m.gap + m.touch_target > area.max.y &&
        std::min(area.width(), field_w) + m.gap * 2.0f + check_w <= area.width()) {
        const float x = area.min.x + std::min(area.width(), field_w) + m.gap * 2.0f;
        check_r = {{x, field_top}, {x + check_w, field_top + m.touch_target}};
    }
    if (primary_button("##check", check_r, check, ctx) || o.submitted)
        out.push_back(flow::intent::EnterCode{ctx.session.text(flow::Field::tracking_code)});
    return out;
}

}  // namespace siang::kiosk::screens
