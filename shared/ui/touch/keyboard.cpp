// Drawing the on-screen keyboard.
#include "ui/touch/keyboard.hpp"

#include <cmath>
#include <string>

#include "text/thai_input.hpp"
#include "ui/icons.hpp"
#include "ui/layout_probe.hpp"
#include "ui/touch/touch_button.hpp"

namespace siang::ui::touch {

namespace {

bool needs_circle(char32_t cp) {
    return is_combining_mark(cp) || cp == U'\u0E33';
}

// A combining mark on a dotted circle, the mark's ink centred over the circle's. Drawing the two
// as one string would put the mark where the font expects a Thai letter, beside the circle.
void draw_mark_on_circle(ImDrawList* list, ImFont* font, ImVec2 min, ImVec2 max, const Palette& p,
                         char32_t mark, bool muted) {
    const ImFontGlyph* circle = font->FindGlyph(static_cast<ImWchar>(0x25CC));
    const ImFontGlyph* glyph = font->FindGlyph(static_cast<ImWchar>(mark));
    if (circle == nullptr || glyph == nullptr) return;
    const float size = font->FontSize;
    const float circle_x = std::floor((min.x + max.x - circle->AdvanceX) * 0.5f);
    const float y = std::floor((min.y + max.y - size) * 0.5f);
    const float centre = circle_x + (circle->X0 + circle->X1) * 0.5f;
    // SARA AM is spacing: only its nikhahit (the small ring, about its first fifth) goes over
    // the circle and the AA part follows it.
    const float anchor = mark == U'\u0E33' ? glyph->X0 + (glyph->X1 - glyph->X0) * 0.12f
                                           : (glyph->X0 + glyph->X1) * 0.5f;
    const float mark_x = std::floor(centre - anchor);
    font->RenderChar(list, size, ImVec2{circle_x, y}, to_imu32(p.text_muted),
                     static_cast<ImWchar>(0x25CC));
    font->RenderChar(list, size, ImVec2{mark_x, y}, to_imu32(muted ? p.text_muted : p.text),
                     static_cast<ImWchar>(mark));
}

std::string label_of(const Key& key, const KeyboardState& state) {
    switch (key.action) {
        case KeyAction::insert:
            // Combining marks are drawn by draw_mark_on_circle instead.
            return needs_circle(key.code_point) ? std::string{} : key_label(key);
        case KeyAction::space:
            return icon::space_bar.utf8;
        case KeyAction::shift:
            return icon::keyboard_capslock.utf8;
        case KeyAction::backspace:
            return icon::backspace.utf8;
        case KeyAction::enter:
            return icon::keyboard_return.utf8;
        case KeyAction::switch_language:
            // The key names the language it switches to, in that language's own script.
            return state.layout_id() == LayoutId::thai ? "ABC" : "ไทย";
    }
    return {};
}

ButtonLook look_of(const Key& key, const KeyboardState& state, bool refused) {
    if (key.action == KeyAction::insert && refused) return ButtonLook::key_muted;
    if (key.action == KeyAction::insert || key.action == KeyAction::space) return ButtonLook::key;
    if (key.action == KeyAction::shift && state.shift() != ShiftState::off)
        return ButtonLook::selected;
    return ButtonLook::modifier;
}

}  // namespace

KeyboardSizing keyboard_sizing(const TouchStyle& style) {
    const Metrics& m = style.theme.metrics;
    return KeyboardSizing{m.touch_target, m.touch_target * 1.4f, m.gap};
}

float keyboard_height(const KeyboardState& state, float width, const TouchStyle& style) {
    return layout_keys(state.layer(), width, keyboard_sizing(style)).height;
}

std::optional<KeyEvent> draw_keyboard(KeyboardState& state, float width, const TouchStyle& style,
                                      std::optional<std::string_view> text_before_caret) {
    const KeyboardLayer& layer = state.layer();
    const KeyboardGeometry g = layout_keys(layer, width, keyboard_sizing(style));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float left = origin.x + (width - g.width) * 0.5f;

    // Tapping changes `state` only after the loop: the layer being drawn must stay the same.
    const Key* tapped = nullptr;
    const probe::KeyScope keys;
    ImGui::PushID("siang_keyboard");
    for (const KeyBox& box : g.keys) {
        const Key& key = layer.rows[box.row][box.index];
        ImGui::PushID(static_cast<int>(box.row * 64 + box.index));
        const bool refused = text_before_caret && key.action == KeyAction::insert &&
                             !text::accepts(*text_before_caret, key.code_point);
        const ImVec2 min{left + box.x, origin.y + box.y};
        const ImVec2 size{box.w, box.h};
        if (touch_button_at("k", min, size, label_of(key, state), style,
                            look_of(key, state, refused), style.keys_font()))
            tapped = &key;
        if (key.action == KeyAction::insert && needs_circle(key.code_point))
            draw_mark_on_circle(ImGui::GetWindowDrawList(), style.keys_font(), min,
                                ImVec2{min.x + size.x, min.y + size.y}, style.theme.palette,
                                key.code_point, refused);
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::Dummy(ImVec2{width, g.height});
    if (tapped == nullptr) return std::nullopt;
    return state.tap(*tapped);
}

}  // namespace siang::ui::touch
