// Session-backed text fields.
#include "kiosk/screens/field_input.hpp"

#include <string>

#include "domain/thai_digits.hpp"

namespace siang::kiosk::screens {

namespace {

void note_pacing(ScreenContext& ctx, const ui::touch::TextFieldOutcome& o) {
    ctx.view.animating = ctx.view.animating || o.animating;
    if (o.wake_after_seconds > 0.0 &&
        (ctx.view.wake_after_seconds == 0.0 || o.wake_after_seconds < ctx.view.wake_after_seconds))
        ctx.view.wake_after_seconds = o.wake_after_seconds;
}

const char* widget_id(flow::Field f) {
    return flow::field_id(f).data();
}

}  // namespace

ui::touch::TextFieldOutcome field_input(ScreenContext& ctx, flow::Field f, float width, int lines,
                                        std::optional<ui::touch::KeyEvent> key, Intents& out,
                                        std::string_view placeholder) {
    ui::touch::TextFieldState& w = ctx.view.fields[f];
    const std::string& held = ctx.session.text(f);
    // The session's text came from this field (SetText), so it is within the field's limit.
    if (w.edit.text() != held) (void)w.edit.set_text(held);
    const auto o = ui::touch::draw_text_field(widget_id(f), w, width, lines, ctx.style,
                                              w.focused ? key : std::nullopt, placeholder);
    if (o.changed) out.push_back(flow::intent::SetText{f, w.edit.text()});
    note_pacing(ctx, o);
    return o;
}

std::string group_digits(std::string_view text, std::initializer_list<int> groups, char separator) {
    const std::string ascii = domain::thai_digits_to_ascii(text);
    std::string digits;
    for (char c : ascii)
        if (c >= '0' && c <= '9') digits += c;
    std::string grouped;
    std::size_t at = 0;
    for (int g : groups) {
        if (at >= digits.size()) break;
        if (!grouped.empty()) grouped += separator;
        grouped += digits.substr(at, static_cast<std::size_t>(g));
        at += static_cast<std::size_t>(g);
    }
    return grouped;
}

ui::touch::TextFieldOutcome digit_field(ScreenContext& ctx, flow::Field f, float width,
                                        std::initializer_list<int> groups, char separator,
                                        std::optional<ui::touch::KeyEvent> key, Intents& out,
                                        std::string_view placeholder) {
    ui::touch::TextFieldState& w = ctx.view.fields[f];
    const std::string held = group_digits(ctx.session.text(f), groups, separator);
    // Regrouped digits of this field's own text: no longer than the field allows.
    if (w.edit.text() != held) (void)w.edit.set_text(held);
    const auto o = ui::touch::draw_text_field(widget_id(f), w, width, 1, ctx.style,
                                              w.focused ? key : std::nullopt, placeholder);
    if (o.changed) {
        // The separators come back as the digits are typed, so the code reads as on the receipt.
        std::string regrouped = group_digits(w.edit.text(), groups, separator);
        (void)w.edit.set_text(regrouped);
        out.push_back(flow::intent::SetText{f, std::move(regrouped)});
    }
    note_pacing(ctx, o);
    return o;
}

}  // namespace siang::kiosk::screens
