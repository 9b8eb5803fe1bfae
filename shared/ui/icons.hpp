// Code points of the Material Icons glyphs merged into the font atlas (Debian's
// fonts-material-design-icons-iconfont 6.x). Use them as UTF-8 strings with draw_text.
#pragma once

#include <array>

namespace siang::ui::icon {

// One icon: its code point and a UTF-8 string ready to draw.
struct Icon {
    char32_t code;
    char utf8[4];  // three UTF-8 bytes (all icons are in U+E000–U+F8FF) and a NUL
};

// Three-byte UTF-8 encoding of a code point in the Basic Multilingual Plane's private use area.
consteval Icon make(char32_t cp) {
    return Icon{cp,
                {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (cp & 0x3F)), '\0'}};
}

// Navigation and the bottom bar.
inline constexpr Icon home = make(0xE88A);
inline constexpr Icon arrow_back = make(0xE5C4);
inline constexpr Icon arrow_forward = make(0xE5C8);
inline constexpr Icon translate = make(0xE8E2);
inline constexpr Icon language = make(0xE894);
inline constexpr Icon text_increase = make(0xEAE2);
inline constexpr Icon format_size = make(0xE245);
inline constexpr Icon support_agent = make(0xF0E2);
inline constexpr Icon call = make(0xE0B0);
inline constexpr Icon close = make(0xE5CD);
inline constexpr Icon help = make(0xE887);
inline constexpr Icon info = make(0xE88E);
inline constexpr Icon warning = make(0xE002);
// The four kinds of filing.
inline constexpr Icon assignment = make(0xE85D);  // e-service request
inline constexpr Icon description = make(0xE873);
inline constexpr Icon lightbulb = make(0xE0F0);  // suggestion
inline constexpr Icon campaign = make(0xEF49);   // complaint
inline constexpr Icon report = make(0xE160);
inline constexpr Icon gavel = make(0xE90E);  // corruption complaint
inline constexpr Icon shield = make(0xE9E0);
inline constexpr Icon security = make(0xE32A);
// Tracking, receipt and forms.
inline constexpr Icon qr_code = make(0xEF6B);
inline constexpr Icon qr_code_scanner = make(0xF206);
inline constexpr Icon search = make(0xE8B6);
inline constexpr Icon check = make(0xE5CA);
inline constexpr Icon check_circle = make(0xE86C);
inline constexpr Icon edit = make(0xE3C9);
inline constexpr Icon lock = make(0xE897);
inline constexpr Icon person = make(0xE7FD);
inline constexpr Icon phone = make(0xE0CD);
inline constexpr Icon print = make(0xE8AD);
inline constexpr Icon receipt = make(0xE8B0);
inline constexpr Icon schedule = make(0xE8B5);
inline constexpr Icon delete_ = make(0xE872);
inline constexpr Icon clear = make(0xE14C);
// The on-screen keyboard.
inline constexpr Icon backspace = make(0xE14A);
inline constexpr Icon keyboard_return = make(0xE31B);
inline constexpr Icon keyboard = make(0xE312);
inline constexpr Icon keyboard_capslock = make(0xE318);
inline constexpr Icon space_bar = make(0xE256);
// Issue 9 item 2: staff are on their way (the acknowledged help note and its badge).
inline constexpr Icon directions_walk = make(0xE536);

// Every icon above: the font loader rasterises exactly these glyphs.
inline constexpr std::array all = {home,
                                   arrow_back,
                                   arrow_forward,
                                   translate,
                                   language,
                                   text_increase,
                                   format_size,
                                   support_agent,
                                   call,
                                   close,
                                   help,
                                   info,
                                   warning,
                                   assignment,
                                   description,
                                   lightbulb,
                                   campaign,
                                   report,
                                   gavel,
                                   shield,
                                   security,
                                   qr_code,
                                   qr_code_scanner,
                                   search,
                                   check,
                                   check_circle,
                                   edit,
                                   lock,
                                   person,
                                   phone,
                                   print,
                                   receipt,
                                   schedule,
                                   delete_,
                                   clear,
                                   backspace,
                                   keyboard_return,
                                   keyboard,
                                   keyboard_capslock,
                                   space_bar,
                                   directions_walk};

}  // namespace siang::ui::icon
