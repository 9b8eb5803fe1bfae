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
    widget.complete = flow::is_complete_entry(flow::Field::occurred_on,
                                              ctx.session.text(flow::Field::occurred_on));
    const Rect content = ctx.page.content;

    // The question, the field with its two quick dates, the date in words, the error and the
    // buttons make one block; the keypad goes right beside it (landscape) or right under it
    // (portrait), not across the screen from it.
    const std::string title = std::string(ctx.t(flow::screen_title_key(flow::Screen::when))) + " " +
                              std::string(ctx.t("kiosk.optional"));
    const std::string hint(ctx.t(flow::field_hint_key(flow::Field::occurred_on)));
    const std::string today = with_icon(ui::icon::today, ctx.t("kiosk.when.today"));
    const std::string yesterday(ctx.t("kiosk.when.yesterday"));
    const std::string next = next_label(ctx);
    const std::string skip(ctx.t("kiosk.when.none"));
    const float gap2 = m.gap * 2.0f;
    const float field_w = m.touch_target * 5.0f;
    const float today_w = button_width(ctx, today), yesterday_w = button_width(ctx, yesterday);
    const float next_w = button_width(ctx, next), skip_w = button_width(ctx, skip);
    const Rect keypad_free = keyboard_free_area(ctx, content, ui::touch::LayoutId::numeric);
    const float quick_w = today_w + m.gap + yesterday_w;
    const float text_room = keypad_free.width();
    const bool quick_beside = field_w + gap2 + quick_w <= text_room;
    float block_w = std::min(
        text_room, std::max({quick_beside ? field_w + gap2 + quick_w : std::max(field_w, quick_w),
                             skip_w + gap2 + next_w}));
    auto title_height = [&](float w) {
        return ui::measure_wrapped(ctx.font(ui::FontRole::title), w, title) +
               ui::measure_wrapped(ctx.font(ui::FontRole::body), w, hint) + m.gap;
    };
    float title_h = title_height(block_w);
    const float field_h = ui::line_height(ctx.style.label_font()) + 2.0f * m.gap +
                          ui::line_height(ctx.style.hint_font()) + m.gap * 0.25f;
    const float words_h = ui::line_height(ctx.font(ui::FontRole::heading));
    const float error_h = ui::line_height(ctx.font(ui::FontRole::body)) * 2.0f;
    const float quick_h = quick_beside ? 0.0f : m.touch_target + m.gap;
    float block_h = title_h + field_h + quick_h + words_h + error_h + m.gap + m.touch_target;
    // Portrait, larger text on a small panel: wrapped to the block's width the question and its
    // hint would push the keypad up into the block; they take the page's width instead.
    if (ctx.page.portrait && block_h + (content.max.y - keypad_free.max.y) > content.height()) {
        block_w = text_room;
        block_h -= title_h - title_height(block_w);
        title_h = title_height(block_w);
    }

    Rect keyboard_area = content;
    Rect area = content;
    // Still too tall for the page (portrait, larger text on a small panel, the staff note): the
    // keypad at its smallest keys in the bottom-right corner, with the error, No date and Next
    // in the column beside it, so the block above it ends with the date in words.
    const float small_keypad_w = 3.0f * m.touch_target + 2.0f * m.gap + 1.0f;
    const bool beside_keys = ctx.page.portrait &&
                             block_h + (content.max.y - keypad_free.max.y) > content.height() &&
                             std::max(next_w, skip_w) + gap2 + small_keypad_w <= content.width();
    if (beside_keys) {
        keyboard_area.min.x = content.max.x - small_keypad_w;
    } else if (ctx.page.portrait) {
        const float keypad_h = content.max.y - keypad_free.max.y;
        keyboard_area.max.y = std::min(content.max.y, content.min.y + block_h + keypad_h);
    } else {
        const float keypad_w = content.max.x - keypad_free.max.x;
        const float group_w = block_w + keypad_w;
        const float left = content.min.x + std::max(0.0f, (content.width() - group_w) * 0.5f);
        area.min.x = left;
        keyboard_area.min.x = left;
        keyboard_area.max.x = std::min(content.max.x, left + group_w);
    }
    Rect keys;
    const auto key = draw_screen_keyboard(ctx, keyboard_area, {}, &keys);
    area.max.x = std::min(keyboard_area.max.x, area.min.x + block_w);
    if (ctx.page.portrait) area.max.x = area.min.x + block_w;

    area.min.y = draw_title(ctx, area, title, hint);
    const std::string held = from_session_date(ctx.session.text(flow::Field::occurred_on));
    // DD/MM/YYYY of the session's date: the field's 10 characters.
    if (widget.edit.text() != held) (void)widget.edit.set_text(held);
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

    // Today and yesterday fill the date in one tap: most reports are about one of them.
    const float quick_x = quick_beside ? area.min.x + field_w + gap2 : area.min.x;
    const float quick_y = quick_beside ? area.min.y : y + m.gap * 0.5f;
    const auto now = std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
    const Rect today_r{{quick_x, quick_y}, {quick_x + today_w, quick_y + m.touch_target}};
    const Rect yesterday_r{{today_r.max.x + m.gap, quick_y},
                           {today_r.max.x + m.gap + yesterday_w, quick_y + m.touch_target}};
    if (secondary_button("##today", today_r, today, ctx))
        out.push_back(flow::intent::SetText{flow::Field::occurred_on, flow::when_days_ago(0, now)});
    if (secondary_button("##yesterday", yesterday_r, yesterday, ctx))
        out.push_back(flow::intent::SetText{flow::Field::occurred_on, flow::when_days_ago(1, now)});
    if (!quick_beside) y = yesterday_r.max.y + m.gap * 0.5f;

    // The date in words confirms what the keypad's digits mean: "22 พ.ย. 2569".
    if (auto date = flow::parse_when(ctx.session.text(flow::Field::occurred_on)); date && *date)
        y += draw_paragraph(ctx, {area.min.x, y}, area.width(), ui::FontRole::heading,
                            ctx.palette().accent, ctx.date(**date));
    const float column_right = beside_keys ? keys.min.x - gap2 : area.max.x;
    if (beside_keys) y = std::max(y, keys.min.y);
    y += draw_error(ctx, {area.min.x, y}, column_right - area.min.x);

    Rect next_r, skip_r;
    if (beside_keys) {
        // Next at the column's foot by the keys, No date over it.
        next_r = {{column_right - next_w, content.max.y - m.touch_target},
                  {column_right, content.max.y}};
        skip_r = {{column_right - skip_w, next_r.min.y - gap2 - m.touch_target},
                  {column_right, next_r.min.y - gap2}};
    } else {
        const float buttons_y =
            std::max(y + m.gap, area.min.y + field_h + quick_h + words_h + m.gap);
        next_r = {{area.max.x - next_w, buttons_y}, {area.max.x, buttons_y + m.touch_target}};
        skip_r = {{next_r.min.x - gap2 - skip_w, next_r.min.y},
                  {next_r.min.x - gap2, next_r.max.y}};
    }
    if (primary_button("##next", next_r, next, ctx) || o.submitted)
        out.push_back(flow::intent::Next{});
    if (secondary_button("##skip", skip_r, skip, ctx)) {
        out.push_back(flow::intent::SetText{flow::Field::occurred_on, ""});
        out.push_back(flow::intent::Next{});
    }
    return out;
}

}  // namespace siang::kiosk::screens
