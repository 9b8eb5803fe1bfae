// FreeType glyph drawing for the slip, with the library and face in RAII handles.
#include "print/slip_font.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include <cmath>

#include "text/utf8.hpp"

namespace siang::print {

struct SlipFont::Face {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    bool embolden = false;
    Face() = default;
    Face(const Face&) = delete;
    Face& operator=(const Face&) = delete;
    ~Face() {
        if (face) FT_Done_Face(face);
        if (library) FT_Done_FreeType(library);
    }
};

Result<SlipFont> SlipFont::open(const std::string& path, int px, bool embolden) {
    if (px < 4) return fail(Errc::invalid_argument, std::to_string(px));
    auto f = std::make_shared<Face>();
    if (FT_Init_FreeType(&f->library) != 0) return fail(Errc::internal, "FT_Init_FreeType");
    if (FT_New_Face(f->library, path.c_str(), 0, &f->face) != 0)
        return fail(Errc::io_error, path + ": FreeType cannot open this font");
    if (FT_Set_Pixel_Sizes(f->face, 0, static_cast<FT_UInt>(px)) != 0)
        return fail(Errc::io_error, path + ": FreeType cannot size this font");
    f->embolden = embolden;
    return SlipFont(std::move(f), px);
}

int SlipFont::ascent() const {
    return static_cast<int>(std::lround(static_cast<double>(face_->face->size->metrics.ascender) / 64.0));
}

int SlipFont::line_height() const {
    // The face's own line gap is tight for Thai: a tone mark over an upper vowel rises above
    // the Latin ascender, so lines get a fifth of an em more.
    const double h = static_cast<double>(face_->face->size->metrics.height) / 64.0;
    return static_cast<int>(std::lround(h + px_ * 0.2));
}

namespace {

FT_GlyphSlot load(FT_Face face, char32_t cp, bool embolden, bool render) {
    const FT_UInt index = FT_Get_Char_Index(face, cp);
    if (FT_Load_Glyph(face, index, FT_LOAD_DEFAULT | FT_LOAD_NO_HINTING) != 0) return nullptr;
    if (embolden && face->glyph->format == FT_GLYPH_FORMAT_OUTLINE)
        FT_Outline_Embolden(&face->glyph->outline, face->size->metrics.x_ppem * 4);  // 1/16 em
    if (render && FT_Render_Glyph(face->glyph, FT_RENDER_MODE_NORMAL) != 0) return nullptr;
    return face->glyph;
}

}  // namespace

int SlipFont::measure(std::string_view display) const {
    FT_Pos width = 0;
    for (char32_t cp : text::decode_utf8(display)) {
        if (FT_GlyphSlot g = load(face_->face, cp, face_->embolden, false)) width += g->advance.x;
    }
    return static_cast<int>((width + 63) / 64);
}

void SlipFont::draw(InkCanvas& canvas, int x, int baseline, std::string_view display) const {
    FT_Pos pen = static_cast<FT_Pos>(x) * 64;
    for (char32_t cp : text::decode_utf8(display)) {
        FT_GlyphSlot g = load(face_->face, cp, face_->embolden, true);
        if (g == nullptr) continue;
        const FT_Bitmap& bm = g->bitmap;
        const int left = static_cast<int>((pen + 32) / 64) + g->bitmap_left;
        const int top = baseline - g->bitmap_top;
        for (unsigned row = 0; row < bm.rows; ++row)
            for (unsigned col = 0; col < bm.width; ++col) {
                const std::uint8_t c =
                    bm.buffer[static_cast<std::ptrdiff_t>(row) * bm.pitch + static_cast<std::ptrdiff_t>(col)];
                if (c != 0)
                    canvas.add(left + static_cast<int>(col), top + static_cast<int>(row), c);
            }
        pen += g->advance.x;
    }
}

}  // namespace siang::print
