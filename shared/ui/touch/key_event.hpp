// What a key press (on-screen or physical) asks a text field to do.
#pragma once

namespace siang::ui::touch {

struct KeyEvent {
    enum class Type {
        insert,       // type code_point at the caret
        backspace,    // remove the code point before the caret
        enter,        // done, or a new line in a multi-line field
        caret_left,   // one display cell left
        caret_right,  // one display cell right
        caret_home,   // start of the text
        caret_end,    // end of the text
    };
    Type type = Type::insert;
    char32_t code_point = 0;  // for insert only
};

}  // namespace siang::ui::touch
