// Drawing the on-screen keyboard.
#include "ui/touch/keyboard.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "text/thai_input.hpp"
#include "ui/icons.hpp"
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

ButtonLook look_of(const Key& key, const KeyboardState& state, bool refused) {
    if (key.action == KeyAction::insert) return refused ? ButtonLook::key_muted : ButtonLook::key;
    switch (key_cap(key, state).tone) {
        case KeyTone::letter:
            return ButtonLook::key;
        case KeyTone::modifier:
            return ButtonLook::modifier;
        case KeyTone::on:
        case KeyTone::latched:
            return ButtonLook::selected;
    }
    return ButtonLook::modifier;
}

}  // namespace

KeyboardSizing keyboard_sizing(const TouchStyle& style) {
    const Metrics& m = style.theme.metrics;
    return KeyboardSizing{m.touch_target, m.touch_target * 1.4f, m.gap};
}

float keyboard_height(const KeyboardState& state, float width, const TouchStyle& style) {
    // The tallest page, so that paging never moves the screen above the keys.
    float height = 0.0f;
    for (const KeyboardLayer& page : fit_layer(state.layer(), width, keyboard_sizing(style)).pages)
        height = std::max(height, layout_keys(page, width, keyboard_sizing(style)).height);
    return height;
}

std::optional<KeyEvent> draw_keyboard(KeyboardState& state, float width, const TouchStyle& style,
                                      std::optional<std::string_view> text_before_caret) {
    const KeyboardSizing sizing = keyboard_sizing(style);
    const KeyboardPages fitted = fit_layer(state.layer(), width, sizing);
    const std::size_t page = state.page(fitted.pages.size());
    const KeyboardLayer& layer = fitted.pages[page];
    const KeyboardGeometry g = layout_keys(layer, width, sizing);
    const float height = keyboard_height(state, width, style);
    // A shorter page sits at the bottom: the special keys stay where the finger left them.
    ImVec2 origin = ImGui::GetCursorScreenPos();
    origin.y += height - g.height;
    const float left = origin.x + (width - g.width) * 0.5f;

    // Tapping changes `state` only after the loop: the layer being drawn must stay the same.
    const Key* tapped = nullptr;
    ImGui::PushID("siang_keyboard");
    for (const KeyBox& box : g.keys) {
        const Key& key = layer.rows[box.row][box.index];
        ImGui::PushID(static_cast<int>(box.row * 64 + box.index));
        const bool refused = text_before_caret && key.action == KeyAction::insert &&
                             !text::accepts(*text_before_caret, key.code_point);
        const ImVec2 min{left + box.x, origin.y + box.y};
        const ImVec2 size{box.w, box.h};
        const std::string label = key.action != KeyAction::insert
                                      ? key_cap(key, state, page, fitted.pages.size()).label
                                  : needs_circle(key.code_point) ? std::string{}
                                                                 : key_label(key);
        if (touch_button_at(
                "k", min, size, label, style, look_of(key, state, refused),
                key.action == KeyAction::next_page ? style.hint_font() : style.keys_font()))
            tapped = &key;
        if (key.action == KeyAction::insert && needs_circle(key.code_point))
            draw_mark_on_circle(ImGui::GetWindowDrawList(), style.keys_font(), min,
                                ImVec2{min.x + size.x, min.y + size.y}, style.theme.palette,
                                key.code_point, refused);
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::Dummy(ImVec2{width, height});
    if (tapped == nullptr) return std::nullopt;
    return state.tap(*tapped);
}

}  // namespace siang::ui::touch
