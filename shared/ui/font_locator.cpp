// Fontconfig lookups with RAII for its handles.
#include "ui/font_locator.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <memory>

namespace siang::ui {
namespace {

struct PatternFree {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
struct FontSetFree {
    void operator()(FcFontSet* s) const { FcFontSetDestroy(s); }
};
struct ObjectSetFree {
    void operator()(FcObjectSet* s) const { FcObjectSetDestroy(s); }
};
using Pattern = std::unique_ptr<FcPattern, PatternFree>;
using FontSet = std::unique_ptr<FcFontSet, FontSetFree>;
using ObjectSet = std::unique_ptr<FcObjectSet, ObjectSetFree>;

const FcChar8* fc(std::string_view s, std::string& storage) {
    storage.assign(s);
    return reinterpret_cast<const FcChar8*>(storage.c_str());
}

bool ends_with_font_extension(std::string_view path) {
    return path.ends_with(".ttf") || path.ends_with(".otf") || path.ends_with(".TTF") ||
           path.ends_with(".OTF");
}

bool same_name(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) {
        return (x | 0x20) == (y | 0x20);  // ASCII case-insensitive: family names are ASCII
    });
}

// True when one of the pattern's family names is `family`.
bool has_family(FcPattern* p, std::string_view family) {
    FcChar8* name = nullptr;
    for (int i = 0; FcPatternGetString(p, FC_FAMILY, i, &name) == FcResultMatch; ++i)
        if (same_name(reinterpret_cast<const char*>(name), family)) return true;
    return false;
}

}  // namespace

Result<std::string> locate_font(std::string_view family, std::string_view style) {
    if (!FcInit()) return fail(Errc::io_error, "fontconfig: FcInit failed");
    std::string fam;
    Pattern pattern(FcPatternCreate());
    FcPatternAddString(pattern.get(), FC_FAMILY, fc(family, fam));
    ObjectSet objects(FcObjectSetBuild(FC_FAMILY, FC_STYLE, FC_FILE, nullptr));
    FontSet fonts(FcFontList(nullptr, pattern.get(), objects.get()));
    std::string best;
    for (int i = 0; fonts && i < fonts->nfont; ++i) {
        FcPattern* f = fonts->fonts[i];
        FcChar8* file = nullptr;
        FcChar8* st = nullptr;
        if (!has_family(f, family) || FcPatternGetString(f, FC_FILE, 0, &file) != FcResultMatch)
            continue;
        const std::string path = reinterpret_cast<const char*>(file);
        if (!ends_with_font_extension(path)) continue;
        const bool style_matches = FcPatternGetString(f, FC_STYLE, 0, &st) == FcResultMatch &&
                                   same_name(reinterpret_cast<const char*>(st), style);
        if (style_matches) return path;
        if (best.empty()) best = path;
    }
    // A family without the style: its regular face is better than another family's.
    if (!best.empty() && style == "Regular") return best;
    return fail(Errc::not_found, std::string(family) + " " + std::string(style));
}

}  // namespace siang::ui
