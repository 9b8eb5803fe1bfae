// Keyboard shift and language switching.
#include "ui/touch/keyboard_state.hpp"

#include "ui/icons.hpp"

namespace siang::ui::touch {

const KeyboardLayer& KeyboardState::layer() const {
    return shift_ == ShiftState::off ? layout().normal : layout().shifted;
}

void KeyboardState::set_layout(LayoutId layout) {
    layout_ = layout;
    shift_ = ShiftState::off;
    page_ = 0;
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
        case KeyAction::next_page:
            ++page_;
            return std::nullopt;
    }
    return std::nullopt;
}

KeyCap key_cap(const Key& key, const KeyboardState& state, std::size_t page, std::size_t pages) {
    switch (key.action) {
        case KeyAction::insert:
            return {};
        case KeyAction::space:
            return {ui::icon::space_bar.utf8, KeyTone::letter};
        case KeyAction::shift:
            switch (state.shift()) {
                case ShiftState::off:
                    return {ui::icon::keyboard_capslock.utf8, KeyTone::modifier};
                case ShiftState::once:
                    return {ui::icon::keyboard_capslock.utf8, KeyTone::on};
                case ShiftState::locked:
                    return {std::string(ui::icon::lock.utf8) + ui::icon::keyboard_capslock.utf8,
                            KeyTone::latched};
            }
            break;
        case KeyAction::backspace:
            return {ui::icon::backspace.utf8, KeyTone::modifier};
        case KeyAction::enter:
            return {ui::icon::keyboard_return.utf8, KeyTone::modifier};
        case KeyAction::switch_language:
            // The key names the language it switches to, in that language's own script.
            return {state.layout_id() == LayoutId::thai ? "ABC" : "ไทย", KeyTone::modifier};
        case KeyAction::next_page:
            // "1/2 →": which page this is and that the key leads on; digits read in any language.
            return {std::to_string(page + 1) + "/" + std::to_string(pages) + " " +
                        ui::icon::arrow_forward.utf8,
                    KeyTone::modifier};
    }
    return {};
}

}  // namespace siang::ui::touch
