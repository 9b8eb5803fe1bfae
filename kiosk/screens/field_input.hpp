// A session field as a touch text field: the session holds the text, the widget the caret.
#pragma once

#include <optional>
#include <string_view>

#include "kiosk/screens/screen_context.hpp"
#include "ui/touch/key_event.hpp"
#include "ui/touch/text_field.hpp"

namespace siang::kiosk::screens {

// Draws field `f` at the layout cursor, `width` wide and `lines` high, with its counter. The
// widget first takes the session's text when they differ (a wipe, a value set elsewhere); an
// edit becomes an intent::SetText in `out`. `key` is the on-screen keyboard's key this frame.
ui::touch::TextFieldOutcome field_input(ScreenContext& ctx, flow::Field f, float width, int lines,
                                        std::optional<ui::touch::KeyEvent> key, Intents& out,
                                        std::string_view placeholder = {});

// A digits-only field shown in groups as typed ("1234-5678-9012", "22/11/2569"): `groups` are
// the group lengths, `separator` goes between them. Anything but digits is dropped.
ui::touch::TextFieldOutcome digit_field(ScreenContext& ctx, flow::Field f, float width,
                                        std::initializer_list<int> groups, char separator,
                                        std::optional<ui::touch::KeyEvent> key, Intents& out,
                                        std::string_view placeholder = {});

// Digits of `text` in groups: group_digits("123456", {4,4,4}, '-') == "1234-56".
std::string group_digits(std::string_view text, std::initializer_list<int> groups, char separator);

}  // namespace siang::kiosk::screens
