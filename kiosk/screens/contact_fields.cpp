// Contact fields: name, phone, optional email and address, each on its own keyboard, laid out
// where no keyboard reaches so nothing moves when a field is tapped (SPEC §3, §4.4).
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/screens/citizen_screens.hpp"
#include "kiosk/screens/contact_layout.hpp"
#include "kiosk/screens/field_input.hpp"
#include "kiosk/screens/kiosk_widgets.hpp"
#include "ui/text_draw.hpp"

namespace siang::kiosk::screens {

namespace {

constexpr std::array fields{flow::Field::name, flow::Field::phone, flow::Field::email,
                            flow::Field::address};

// Phone on the keypad, email on the English keyboard (its @ and . beside the space bar), name
// and address on the citizen's own letters.
ui::touch::LayoutId layout_for(const ScreenContext& ctx, flow::Field f) {
    if (f == flow::Field::phone) return ui::touch::LayoutId::numeric;
    if (f == flow::Field::email) return ui::touch::LayoutId::english;
    return letter_layout(ctx.lang());
}

const ui::icon::Icon& icon_for(flow::Field f) {
    switch (f) {
        case flow::Field::phone:
            return ui::icon::phone;
        case flow::Field::email:
            return ui::icon::email;
        case flow::Field::address:
            return ui::icon::place;
        default:
            return ui::icon::person;
    }
}

void focus(ScreenContext& ctx, flow::Field f) {
    ctx.view.focused = f;
    ctx.view.keyboard.set_layout(layout_for(ctx, f));
}

}  // namespace

Intents draw_contact_fields(ScreenContext& ctx) {
    Intents out;
    const ui::Metrics& m = ctx.metrics();
    if (std::find(fields.begin(), fields.end(), ctx.view.focused) == fields.end())
        ctx.view.focused = flow::Field::name;
    const bool numeric_wanted = ctx.view.focused == flow::Field::phone;
    const bool numeric_shown = ctx.view.keyboard.layout_id() == ui::touch::LayoutId::numeric;
    if (numeric_wanted != numeric_shown) focus(ctx, ctx.view.focused);

    // The fields' place is what every keyboard they use leaves free, computed before drawing
    // the one showing now: focus changes the keyboard, never the fields.
    Rect free = ctx.page.content;
    for (auto layout :
         {ui::touch::LayoutId::thai, ui::touch::LayoutId::english, ui::touch::LayoutId::numeric}) {
        const Rect f = keyboard_free_area(ctx, ctx.page.content, layout);
        free.max.x = std::min(free.max.x, f.max.x);
        free.max.y = std::min(free.max.y, f.max.y);
    }
    Rect keyboard_area = ctx.page.content;
    ui::touch::TextFieldState& focused = ctx.view.fields[ctx.view.focused];
    const std::string before(std::string_view(focused.edit.text()).substr(0, focused.edit.caret()));
    const auto key = draw_screen_keyboard(ctx, keyboard_area, before);
    const std::string title(ctx.t(flow::screen_title_key(flow::Screen::contact_fields)));
    // Back from the review, "save and back to the review" may be wider than the fields' column
    // (larger text on a small panel): then plain Next, which from this last step goes to the
    // review all the same.
    std::string next = next_label(ctx);
    if (button_width(ctx, next) > free.width())
        next = with_icon(ui::icon::arrow_forward, ctx.t("kiosk.button.next"));
    const float next_w = std::min(button_width(ctx, next), free.width());
    ImFont* label_font = ctx.style.hint_font();
    const float label_h = ui::line_height(label_font);
    const float field_h = ui::line_height(ctx.style.label_font()) + 2.0f * m.gap;
    const float counter_h = label_h + m.gap * 0.25f;
    const float block_h = label_h + field_h + counter_h;
    // The title only where a row of fields still fits under it (landscape with larger text
    // above the English keyboard, which has a digit row, has room for the fields alone).
    const float title_h = ui::measure_wrapped(ctx.font(ui::FontRole::title), free.width(), title);
    const bool with_title = free.height() - title_h - m.gap >= block_h;
    // Landscape: the letter keyboards sit in the bottom-right corner and the keypad top right,
    // so above the letters and left of the keypad is a place none of them reaches; Next goes
    // there, by the keys, and the fields get their column's whole width.
    Rect spare;
    if (!ctx.page.portrait) {
        const Rect& page = ctx.page.content;
        const Rect keypad = keyboard_rect(ctx, page, ui::touch::LayoutId::numeric);
        const Rect thai = keyboard_rect(ctx, page, ui::touch::LayoutId::thai);
        const Rect english = keyboard_rect(ctx, page, ui::touch::LayoutId::english);
        spare = {{std::min(thai.min.x, english.min.x), page.min.y},
                 {keypad.min.x - m.gap * 2.0f, std::min(thai.min.y, english.min.y) - m.gap * 2.0f}};
    }
    const bool next_in_spare = spare.width() >= next_w && spare.height() >= m.touch_target;
    const Rect spare_next{{spare.max.x - next_w, spare.max.y - m.touch_target}, spare.max};
    // Else Next beside the title when it fits there, so the fields get the whole width of the
    // band.
    const bool next_by_title =
        !next_in_spare && with_title &&
        ui::measure_text(ctx.font(ui::FontRole::title), title).x + m.gap * 4.0f + next_w <=
            free.width();
    // Centred on the title line, so it takes no height of its own.
    const float next_y =
        free.min.y + (ui::line_height(ctx.font(ui::FontRole::title)) - m.touch_target) * 0.5f;
    const Rect title_next{{free.max.x - next_w, next_y}, {free.max.x, next_y + m.touch_target}};
    // Each label on one line, and as it wraps in a narrow field: "(ไม่บังคับ)" whole on its own
    // line, never split inside.
    std::array<std::string, fields.size()> labels, split_labels;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string name =
            with_icon(icon_for(fields[i]), ctx.t(flow::field_label_key(fields[i])));
        const bool optional = fields[i] == flow::Field::email || fields[i] == flow::Field::address;
        const std::string note = optional ? std::string(ctx.t("kiosk.optional")) : std::string();
        labels[i] = optional ? name + " " + note : name;
        split_labels[i] = optional ? name + "\n" + note : name;
    }

    ContactLayoutInput in;
    in.block_h = block_h;
    in.next_w = next_by_title || next_in_spare ? 0.0f : next_w;
    in.next_h = next_by_title || next_in_spare ? 0.0f : m.touch_target;
    in.gap = m.gap;
    in.max_field_w = m.touch_target * 12.0f;
    in.min_field_w = m.touch_target * 4.0f;
    // The fields in `area`, their labels wrapped under themselves where a field is narrower than
    // its label (every block a little taller); nullopt unless all four fit in `area`, in one
    // column when `one_column`.
    struct Placed {
        ContactLayout layout;
        float label_h = 0.0f;
        std::array<std::string, fields.size()> labels;
    };
    auto place = [&](const Rect& area, bool one_column) -> std::optional<Placed> {
        ContactLayoutInput i = in;
        i.area = area;
        ContactLayout l = contact_layout(i);
        const bool single = l.fields[1].min.x == l.fields[0].min.x;
        if (one_column && !single) return std::nullopt;
        float wrapped_h = label_h;
        std::array<std::string, fields.size()> shown = labels;
        for (std::size_t k = 0; k < shown.size(); ++k) {
            if (ui::measure_text(label_font, shown[k]).x <= l.fields[0].width()) continue;
            shown[k] = split_labels[k];
            wrapped_h =
                std::max(wrapped_h, ui::measure_wrapped(label_font, l.fields[0].width(), shown[k]));
        }
        if (wrapped_h > label_h) {
            i.block_h = wrapped_h + field_h + counter_h;
            const ContactLayout taller = contact_layout(i);
            if (taller.fields[0].width() < l.fields[0].width() - 0.5f) return std::nullopt;
            l = taller;
        }
        if (l.fields[3].max.y > area.max.y + 0.5f) return std::nullopt;
        // The labels again at the width the fields got: a label that fits on one line there is
        // drawn on one, right over its box (the room a wrap would need stays between blocks).
        float final_h = label_h;
        for (std::size_t k = 0; k < shown.size(); ++k) {
            shown[k] = ui::measure_text(label_font, labels[k]).x <= l.fields[0].width()
                           ? labels[k]
                           : split_labels[k];
            final_h =
                std::max(final_h, ui::measure_wrapped(label_font, l.fields[0].width(), shown[k]));
        }
        return Placed{l, std::min(wrapped_h, final_h), shown};
    };
    // Landscape beside the keys: when the title would leave the column too short for the four
    // fields one under the other (larger text, a smaller panel, the staff note), it heads the
    // place above the keys instead, over Next, or where that is too low, it gives way (the step
    // indicator and the labels still say where the citizen is); only when even that leaves no
    // room for one column do the fields go two by two.
    const float spare_title_h =
        ui::measure_wrapped(ctx.font(ui::FontRole::title), spare.width(), title) + m.gap;
    const bool spare_holds_title =
        next_in_spare && spare_title_h + m.touch_target <= spare.height();
    const float with_title_top = free.min.y + title_h + m.gap;
    Rect under_title = free;
    under_title.min.y =
        next_by_title ? std::max(with_title_top, title_next.max.y + m.gap * 0.25f) : with_title_top;
    enum class Title { column, above_keys, none };
    Title where = with_title ? Title::column : Title::none;
    std::optional<Placed> placed;
    for (bool one_column : {true, false}) {
        if (with_title && (placed = place(under_title, one_column))) {
            where = Title::column;
        } else if (with_title && next_in_spare && (placed = place(free, one_column))) {
            where = spare_holds_title ? Title::above_keys : Title::none;
        } else if (!with_title && (placed = place(free, one_column))) {
            where = Title::none;
        }
        if (placed) break;
    }
    // Larger text on a small panel: the title gives way wherever the fields fit without it
    // (the step indicator and the fields' labels still say what is asked).
    for (bool one_column : {true, false})
        if (!placed && with_title && (placed = place(free, one_column))) where = Title::none;
    if (!placed) {  // nothing fits: as F laid it out, the labels on one line
        ContactLayoutInput i = in;
        i.area = with_title ? under_title : free;
        placed = Placed{contact_layout(i), label_h, labels};
    }
    if (where == Title::column)
        draw_title(ctx, free, title);
    else if (where == Title::above_keys)
        draw_title(ctx, spare, title);
    if (where == Title::column) free.min.y = under_title.min.y;
    ContactLayout layout = placed->layout;
    const float field_label_h = placed->label_h;
    if (next_by_title) layout.next = title_next;
    if (next_in_spare) layout.next = spare_next;

    bool submitted = false;
    float bottom = free.min.y;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const flow::Field f = fields[i];
        const Rect& r = layout.fields[i];
        ctx.view.fields[f].focused = f == ctx.view.focused;
        ui::draw_wrapped(ImGui::GetWindowDrawList(), label_font, r.min, r.width(),
                         ui::to_imu32(ctx.palette().text_muted), placed->labels[i]);
        ImGui::SetCursorScreenPos({r.min.x, r.min.y + field_label_h});
        const auto o = f == flow::Field::phone
                           ? digit_field(ctx, f, r.width(), {3, 3, 4}, '-', key, out)
                           : field_input(ctx, f, r.width(), 1, key, out);
        if (o.tapped && f != ctx.view.focused) focus(ctx, f);
        // Enter moves on to the next field; in the last one it is Next.
        if (o.submitted && i + 1 < fields.size())
            focus(ctx, fields[i + 1]);
        else if (o.submitted)
            submitted = true;
        bottom = std::max(bottom, r.max.y);
    }
    const float error_right = next_in_spare ? free.max.x : layout.next.min.x - m.gap;
    draw_error(ctx, {free.min.x, bottom}, error_right - free.min.x);
    if (primary_button("##next", layout.next, next, ctx) || submitted)
        out.push_back(flow::intent::Next{});
    return out;
}

}  // namespace siang::kiosk::screens
