// The keyboard demo page.
#include "ui/touch/keyboard_demo.hpp"

#include <algorithm>

#include "ui/text_draw.hpp"
#include "ui/touch/keyboard.hpp"

namespace siang::ui::touch {

namespace {

// Demo-only texts. Real screens take theirs from the i18n catalogue.
struct DemoTexts {
    std::string_view heading;
    std::string_view hint;
    std::string_view placeholder;
    std::string_view submitted;
};

DemoTexts texts_for(std::string_view lang) {
    if (lang == "en")
        return {"Keyboard", "Type with the keys below. ABC / ไทย switches the language.",
                "Type here", "You typed:"};
    return {"ทดลองแป้นพิมพ์", "พิมพ์ด้วยแป้นด้านล่าง กด ABC / ไทย เพื่อเปลี่ยนภาษา", "พิมพ์ที่นี่", "ข้อความที่พิมพ์:"};
}

}  // namespace

void draw_keyboard_demo(KeyboardDemoState& state, std::string_view lang) {
    if (!state.style) state.style = default_touch_style();
    const TouchStyle& style = *state.style;
    const Theme& theme = style.theme;
    const DemoTexts t = texts_for(lang);
    const ImU32 text_colour = to_imu32(theme.palette.text);
    const ImU32 muted = to_imu32(theme.palette.text_muted);

    // Keep off the bezel: a key or a word touching the screen edge is hard to hit and to read.
    const float inset = theme.metrics.gap;
    ImGui::SetCursorPos(ImVec2{ImGui::GetCursorPosX() + inset, ImGui::GetCursorPosY() + inset});
    const float start_x = ImGui::GetCursorPosX();
    const float width = ImGui::GetContentRegionAvail().x - inset;
    // Text widths follow the keyboard's width so the field sits right above the keys.
    const float kb_height = keyboard_height(state.keyboard, width, style);
    const KeyboardSizing sizing = keyboard_sizing(style);
    const KeyboardGeometry g =
        layout_keys(fit_layer(state.keyboard.layer(), width, sizing).pages.front(), width, sizing);
    const float column = std::max(g.width, std::min(width, theme.metrics.touch_target * 10.0f));
    const float left = start_x + (width - column) * 0.5f;

    ImGui::SetCursorPosX(left);
    text_label(style.title_font(), text_colour, t.heading);
    ImGui::SetCursorPosX(left);
    text_wrapped_label(style.hint_font(), muted, t.hint, column);
    ImGui::Dummy(ImVec2{0.0f, theme.metrics.gap * 0.5f});

    // The keyboard is drawn first in code but placed at the bottom: its key this frame goes
    // into the field drawn above it.
    const ImVec2 field_pos = ImGui::GetCursorPos();
    const float bottom = ImGui::GetCursorPosY() + ImGui::GetContentRegionAvail().y - inset;
    ImGui::SetCursorPos(ImVec2{start_x, std::max(field_pos.y, bottom - kb_height)});
    const TextEdit& edit = state.field.edit;
    const std::optional<KeyEvent> key = draw_keyboard(
        state.keyboard, width, style, std::string_view(edit.text()).substr(0, edit.caret()));

    ImGui::SetCursorPos(ImVec2{left, field_pos.y});
    const TextFieldOutcome out =
        draw_text_field("demo_field", state.field, column, 1, style, key, t.placeholder);
    if (out.submitted) state.submitted = state.field.edit.text();
    if (!state.submitted.empty()) {
        ImGui::SetCursorPosX(left);
        text_label(style.hint_font(), muted, t.submitted);
        ImGui::SameLine();
        text_label(style.hint_font(), text_colour, state.submitted);
    }
    state.animating = out.animating;
    state.wake_after_seconds = out.wake_after_seconds;
}

}  // namespace siang::ui::touch
