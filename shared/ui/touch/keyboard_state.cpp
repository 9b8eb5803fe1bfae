// Keyboard shift and language switching.
#include "ui/touch/keyboard_state.hpp"

namespace siang::ui::touch {

const KeyboardLayer& KeyboardState::layer() const {
    return shift_ == ShiftState::off ? layout().normal : layout().shifted;
}

void KeyboardState::set_layout(LayoutId layout) {
    layout_ = layout;
    shift_ = ShiftState::off;
}

std::optional<KeyEvent> KeyboardState::tap(const Key& key) {
    switch (key.action) {
        case KeyAction::shift:
            shift_ = shift_ == ShiftState::off    ? ShiftState::once
                     : shift_ == ShiftState::once ? ShiftState::locked
                                                  : ShiftState::off;
            return std::nullopt;
        case KeyAction::switch_language:
            set_layout(layout_ == LayoutId::thai ? LayoutId::english : LayoutId::thai);
            return std::nullopt;
        case KeyAction::insert:
            if (shift_ == ShiftState::once) shift_ = ShiftState::off;
            return KeyEvent{KeyEvent::Type::insert, key.code_point};
        case KeyAction::space:
            return KeyEvent{KeyEvent::Type::insert, U' '};
        case KeyAction::backspace:
            return KeyEvent{KeyEvent::Type::backspace, 0};
        case KeyAction::enter:
            return KeyEvent{KeyEvent::Type::enter, 0};
    }
    return std::nullopt;
}

}  // namespace siang::ui::touch
