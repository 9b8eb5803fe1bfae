// Big touch buttons: pressed feedback while held, fire on a tap released inside, no hover look.
#pragma once

#include <imgui.h>

#include <string_view>

#include "ui/touch/touch_style.hpp"

namespace siang::ui::touch {

enum class ButtonLook {
    primary,    // the one main action of a screen: accent fill
    secondary,  // other actions: white card
    key,        // a letter key of the on-screen keyboard
    key_muted,  // a letter key the input check would refuse now: flat and grey, still pressable
    modifier,   // shift, language, backspace, enter: tinted so they read as different
    selected,   // a modifier that is on (shift locked, the chosen option): accent fill
};

// A button filling [min, min + size] in screen pixels, labelled `label` (UTF-8, may hold an
// icon) in `font` (nullptr: style.label_font()). While the finger is on it, it darkens and shrinks
// slightly; it returns true on the frame a tap ends inside it (released inside, not a drag, not a
// hand resting on the glass). `id` must be unique in the current ImGui ID scope. Does not move the
// layout cursor.
bool touch_button_at(const char* id, ImVec2 min, ImVec2 size, std::string_view label,
                     const TouchStyle& style, ButtonLook look = ButtonLook::secondary,
                     ImFont* font = nullptr);

// touch_button_at() at the window's layout cursor, advancing it like ImGui::Button does.
bool touch_button(const char* id, std::string_view label, ImVec2 size, const TouchStyle& style,
                  ButtonLook look = ButtonLook::secondary);

}  // namespace siang::ui::touch
