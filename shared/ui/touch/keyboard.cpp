// Drawing the on-screen keyboard.
#include "ui/touch/keyboard.hpp"

#include <string>

#include "ui/icons.hpp"
#include "ui/touch/touch_button.hpp"

namespace siang::ui::touch {

namespace {

std::string label_of(const Key& key, const KeyboardState& state) {
    switch (key.action) {
        case KeyAction::insert:
            return key_label(key);
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

ButtonLook look_of(const Key& key, const KeyboardState& state) {
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

std::optional<KeyEvent> draw_keyboard(KeyboardState& state, float width, const TouchStyle& style) {
    const KeyboardLayer& layer = state.layer();
    const KeyboardGeometry g = layout_keys(layer, width, keyboard_sizing(style));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float left = origin.x + (width - g.width) * 0.5f;

    // Tapping changes `state` only after the loop: the layer being drawn must stay the same.
    const Key* tapped = nullptr;
    ImGui::PushID("siang_keyboard");
    for (const KeyBox& box : g.keys) {
        const Key& key = layer.rows[box.row][box.index];
        ImGui::PushID(static_cast<int>(box.row * 64 + box.index));
        if (touch_button_at("k", ImVec2{left + box.x, origin.y + box.y}, ImVec2{box.w, box.h},
                            label_of(key, state), style, look_of(key, state)))
            tapped = &key;
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::Dummy(ImVec2{width, g.height});
    if (tapped == nullptr) return std::nullopt;
    return state.tap(*tapped);
}

}  // namespace siang::ui::touch
