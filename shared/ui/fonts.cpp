// Font atlas build: fontconfig lookup, FreeType rasterising, icon merge, Thai-safe line boxes.
#include "ui/fonts.hpp"

#include <imgui_freetype.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "font_roles.hpp"
#include "i18n/catalog.hpp"
#include "ui/font_locator.hpp"
#include "ui/icons.hpp"

namespace siang::ui {
namespace {

// Latin, Thai, the positional Thai variants the display mapping produces, and the punctuation
// our texts use (– — ‘ ’ “ ” • … and the dotted circle that carries a lone mark).
constexpr ImWchar text_ranges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF, 0x0E00, 0x0E7F, 0x2013, 0x2014, 0x2018, 0x201D,
    0x2022, 0x2022, 0x2026, 0x2026, 0x25CC, 0x25CC, 0xF700, 0xF71A, 0,
};

// The Thai marks, their positional variants and อ that carries them: all a mark key's face
// draws from FontRole::mark_key, so a large size costs little atlas.
constexpr ImWchar thai_mark_ranges[] = {0x0E2D, 0x0E2D, 0x0E31, 0x0E31, 0x0E34, 0x0E3A,
                                        0x0E47, 0x0E4E, 0xF700, 0xF71A, 0};

// Only the icons the apps name in icons.hpp.
const ImWchar* icon_ranges() {
    static const std::vector<ImWchar> ranges = [] {
        std::vector<ImWchar> r;
        for (const auto& i : icon::all) {
            r.push_back(static_cast<ImWchar>(i.code));
            r.push_back(static_cast<ImWchar>(i.code));
        }
        r.push_back(0);
        return r;
    }();
    return ranges.data();
}

bool is_icon(unsigned int cp) {
    return cp >= 0xE000 && cp < 0xF700;
}

// Moves every glyph down so nothing rises above the line top, and makes FontSize the full line
// box: ImGui and text_draw then space lines by FontSize without Thai marks colliding. Icons are
// centred on the middle of ก (the height of Thai and Latin lower-case letters), or on the box in
// an icon-only font, so an icon beside a label looks level with it.
void fit_line_box(ImFont& font, bool has_text) {
    float top = 0.0f, bottom = font.FontSize;
    if (has_text)
        for (const ImFontGlyph& g : font.Glyphs) {
            if (is_icon(g.Codepoint) || g.Y1 <= g.Y0) continue;
            top = std::min(top, g.Y0);
            bottom = std::max(bottom, g.Y1);
        }
    // A little leading on top of the ink extent keeps paragraphs readable.
    const float leading = std::round(font.FontSize * 0.08f);
    const float shift = std::ceil(-top) + std::round(leading * 0.5f);
    for (ImFontGlyph& g : font.Glyphs) {
        g.Y0 += shift;
        g.Y1 += shift;
    }
    font.Ascent += shift;
    font.FontSize = std::ceil(bottom - top + leading);

    const ImFontGlyph* ko = has_text ? font.FindGlyphNoFallback(0x0E01) : nullptr;
    const float middle = ko ? (ko->Y0 + ko->Y1) * 0.5f : font.FontSize * 0.5f;
    for (ImFontGlyph& g : font.Glyphs) {
        if (!is_icon(g.Codepoint) || g.Y1 <= g.Y0) continue;
        const float d = std::round(middle - (g.Y0 + g.Y1) * 0.5f);
        g.Y0 += d;
        g.Y1 += d;
    }
}

Result<std::string> locate_with_fallback(const FontRoleSpec& spec, bool& emboldened) {
    emboldened = false;
    if (auto exact = locate_font(spec.family, spec.style)) return exact;
    const bool bold = std::string_view(spec.style) == "Bold";
    if (std::string_view(spec.family) == icon_family) return locate_font(spec.family);
    for (const char* family : thai_fallback_families) {
        if (auto regular = locate_font(family)) {
            emboldened = bold;
            return regular;
        }
    }
    return fail(Errc::not_found, spec.family);
}

}  // namespace

Result<FontSet> build_fonts(ImFontAtlas& atlas, FontProfile profile, const PanelSizing& panel) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;

    FontSet set;
    Result<std::string> icons_path = fail(Errc::not_found, icon_family);
    bool icons_looked_up = false;
    std::vector<std::pair<FontRole, bool>> built;
    for (const FontRoleSpec& spec : font_roles) {
        bool emboldened = false;
        auto path = locate_with_fallback(spec, emboldened);
        if (!path) return std::unexpected(path.error());
        const double mm = profile == FontProfile::kiosk ? spec.kiosk_mm : spec.office_mm;
        // Keys keep their size when the text grows, and so does the mark drawn to fill one.
        const bool key_face = spec.role == FontRole::mark_key;
        const float size = std::max(8.0f, key_face ? panel.px(mm) : panel.text_px(mm));
        const bool icon_only = std::string_view(spec.family) == icon_family;

        ImFontConfig cfg;
        cfg.OversampleH = 1;  // FreeType hints; oversampling only costs atlas space
        cfg.OversampleV = 1;
        cfg.PixelSnapH = true;
        if (emboldened) cfg.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_Bold;
        ImFont* font = atlas.AddFontFromFileTTF(path->c_str(), size, &cfg,
                                                icon_only  ? icon_ranges()
                                                : key_face ? thai_mark_ranges
                                                           : text_ranges);
        if (!font) return fail(Errc::not_found, *path);
        if (spec.icon_scale > 0.0) {
            // Looked up after the first Thai font, so a machine without fonts is told about
            // the Thai ones first.
            if (!std::exchange(icons_looked_up, true)) icons_path = locate_font(icon_family);
            if (!icons_path) return std::unexpected(icons_path.error());
            ImFontConfig merge;
            merge.MergeMode = true;
            merge.OversampleH = 1;
            merge.OversampleV = 1;
            merge.PixelSnapH = true;
            const float icon_size = std::round(size * static_cast<float>(spec.icon_scale));
            merge.GlyphMinAdvanceX = icon_size;
            if (!atlas.AddFontFromFileTTF(icons_path->c_str(), icon_size, &merge, icon_ranges()))
                return fail(Errc::not_found, *icons_path);
        }
        set.fonts[static_cast<std::size_t>(spec.role)] = font;
        built.emplace_back(spec.role, !icon_only);
    }
    if (!atlas.Build()) return fail(Errc::io_error, "FreeType could not build the font atlas");
    for (const auto& [role, has_text] : built) fit_line_box(*set[role], has_text);
    return set;
}

std::string font_error_message(const Error& e) {
    Error font = e;
    font.field = "font";
    return i18n::report_error(font, i18n::Lang::en);
}

}  // namespace siang::ui
