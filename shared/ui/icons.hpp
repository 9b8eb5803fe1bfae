// Code points of the Material Icons glyphs merged into the font atlas (Debian's
// fonts-material-design-icons-iconfont 6.x). Use them as UTF-8 strings with draw_text.
#pragma once

#include <array>
#include <string_view>

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
// Contact fields and the services' own pictures (issue 9: configurable per service by name).
inline constexpr Icon email = make(0xE0BE);
inline constexpr Icon place = make(0xE55F);
inline constexpr Icon today = make(0xE8DF);
inline constexpr Icon water_drop = make(0xE798);
inline constexpr Icon light = make(0xF02A);
inline constexpr Icon recycling = make(0xE760);
inline constexpr Icon park = make(0xEA63);
inline constexpr Icon forest = make(0xEA99);
inline constexpr Icon article = make(0xEF42);
inline constexpr Icon construction = make(0xEA3C);
inline constexpr Icon plumbing = make(0xF107);
inline constexpr Icon local_shipping = make(0xE558);
inline constexpr Icon water_damage = make(0xF203);
inline constexpr Icon emoji_objects = make(0xEA24);
inline constexpr Icon expand_more = make(0xE5CF);
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
                                   email,
                                   place,
                                   today,
                                   water_drop,
                                   light,
                                   recycling,
                                   park,
                                   forest,
                                   article,
                                   construction,
                                   plumbing,
                                   local_shipping,
                                   water_damage,
                                   emoji_objects,
                                   expand_more,
                                   backspace,
                                   keyboard_return,
                                   keyboard,
                                   keyboard_capslock,
                                   space_bar,
                                   directions_walk};

// The icons a configuration may name for a service's picture, by their Material names.
struct NamedIcon {
    std::string_view name;
    Icon icon;
};
inline constexpr std::array named = {NamedIcon{"water_drop", water_drop},
                                     NamedIcon{"light", light},
                                     NamedIcon{"delete", delete_},
                                     NamedIcon{"recycling", recycling},
                                     NamedIcon{"park", park},
                                     NamedIcon{"forest", forest},
                                     NamedIcon{"article", article},
                                     NamedIcon{"construction", construction},
                                     NamedIcon{"plumbing", plumbing},
                                     NamedIcon{"local_shipping", local_shipping},
                                     NamedIcon{"water_damage", water_damage},
                                     NamedIcon{"emoji_objects", emoji_objects},
                                     NamedIcon{"info", info},
                                     NamedIcon{"description", description},
                                     NamedIcon{"assignment", assignment},
                                     NamedIcon{"lightbulb", lightbulb}};

// The icon called `name` in `named`; nullptr for any other name (not in the font atlas).
constexpr const Icon* icon_named(std::string_view name) {
    for (const NamedIcon& n : named)
        if (n.name == name) return &n.icon;
    return nullptr;
}

}  // namespace siang::ui::icon
