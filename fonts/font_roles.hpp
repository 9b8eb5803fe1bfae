// The font table: family, style and size (millimetres on the panel) of each text role, per app.
#pragma once

#include "ui/fonts.hpp"

namespace siang::ui {

struct FontRoleSpec {
    FontRole role;
    const char* family;  // fontconfig family; the Debian package is named in fonts.cpp
    const char* style;   // "Regular" or "Bold"; a missing Bold is emboldened by FreeType
    double kiosk_mm;     // em size on the kiosk panel
    double office_mm;    // em size on an office monitor
    double icon_scale;   // merged icon size relative to the text (0: no icons)
};

// Loma is a clean sans for screens; Laksaman is for document-like pages (receipts, reports).
// Kiosk sizes (issue 9 item 7, SPEC §4.10): Loma's capitals (and the Thai consonants that rise,
// ป ฝ ฟ) are 0.47 em high, so an 11 mm em gives body text over 5 mm and a 9 mm em secondary text
// over 4 mm (ui/layout_probe.hpp says how text height is measured; the layout walk checks it).
inline constexpr FontRoleSpec font_roles[] = {
    {FontRole::title, "Loma", "Bold", 18.0, 9.0, 1.0},
    {FontRole::heading, "Loma", "Bold", 13.0, 6.5, 1.0},
    {FontRole::body, "Loma", "Regular", 11.0, 5.5, 1.1},
    {FontRole::small, "Loma", "Regular", 9.0, 4.5, 1.1},
    {FontRole::keypad, "Loma", "Regular", 12.0, 6.0, 1.1},
    {FontRole::icon, "Material Icons", "Regular", 16.0, 8.0, 0.0},
    {FontRole::document, "Laksaman", "Regular", 11.0, 5.5, 0.0},
    // Thai marks only, sized to the 20 mm key rather than the text (larger text leaves it):
    // drawn up to this size, a tone mark stands about 4-6 mm high over its อ (issue 9 item 7).
    {FontRole::mark_key, "Loma", "Regular", 50.0, 6.0, 0.0},
};

// Thai fonts tried, in order, when a role's family is missing (all from fonts-tlwg-*).
inline constexpr const char* thai_fallback_families[] = {"Loma", "Garuda", "Laksaman"};

inline constexpr const char* icon_family = "Material Icons";

}  // namespace siang::ui
