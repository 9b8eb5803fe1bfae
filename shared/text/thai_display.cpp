// Display text: libthai's cell renderer with Microsoft's Thai glyph convention, mapped to PUA.
#include "text/thai_display.hpp"

#include <thai/thcell.h>
#include <thai/thrend.h>

#include <array>

#include "text/char_classes.hpp"
#include "text/text_runs.hpp"
#include "text/tis620.hpp"
#include "text/utf8.hpp"
#include "text/utf8_decoder.hpp"

namespace siang::text {

namespace {

constexpr char32_t kDottedCircle = 0x25CC;

// th_render_cell_win emits Windows-874 glyph codes 0x80–0x9F and 0xFC–0xFE for positioned
// variants (libthai src/thrend/thrend.c, Win_shape_table_). Microsoft's convention puts those
// glyphs at U+F700–U+F71A; the glyph names in the TLWG fonts' cmap confirm each entry
// (Loma.otf, Laksaman.otf: U+F700 "uni0E10.descless" … U+F71A "uni0E3A.low").
struct GlyphVariant {
    thglyph_t win;  // Windows-874 glyph code from th_render_cell_win
    char32_t pua;   // the same glyph in the fonts' Private Use Area
};

constexpr std::array<GlyphVariant, 27> kVariants{{
    {0x80, 0xF700},  // THO THAN without tail
    {0x81, 0xF701},  // SARA I, left
    {0x82, 0xF702},  // SARA II, left
    {0x83, 0xF703},  // SARA UE, left
    {0x84, 0xF704},  // SARA UEE, left
    {0x86, 0xF705},  // MAI EK, low left
    {0x87, 0xF706},  // MAI THO, low left
    {0x88, 0xF707},  // MAI TRI, low left
    {0x89, 0xF708},  // MAI CHATTAWA, low left
    {0x8A, 0xF709},  // THANTHAKHAT, low left
    {0x8B, 0xF70A},  // MAI EK, low
    {0x8C, 0xF70B},  // MAI THO, low
    {0x8D, 0xF70C},  // MAI TRI, low
    {0x8E, 0xF70D},  // MAI CHATTAWA, low
    {0x8F, 0xF70E},  // THANTHAKHAT, low
    {0x90, 0xF70F},  // YO YING without tail
    {0x98, 0xF710},  // MAI HAN-AKAT, left
    {0x99, 0xF711},  // NIKHAHIT, left
    {0x9A, 0xF712},  // MAITAIKHU, left
    {0x9B, 0xF713},  // MAI EK, left
    {0x9C, 0xF714},  // MAI THO, left
    {0x9D, 0xF715},  // MAI TRI, left
    {0x9E, 0xF716},  // MAI CHATTAWA, left
    {0x9F, 0xF717},  // THANTHAKHAT, left
    {0xFC, 0xF718},  // SARA U, low
    {0xFD, 0xF719},  // SARA UU, low
    {0xFE, 0xF71A},  // PHINTHU, low
}};

char32_t win_variant_to_pua(thglyph_t g) {
    for (const GlyphVariant& v : kVariants) {
        if (v.win == g) return v.pua;
    }
    return 0;
}

char32_t glyph_to_code_point(thglyph_t g) {
    if (g == TH_BLANK_BASE_GLYPH) return kDottedCircle;
    if (const char32_t pua = win_variant_to_pua(g)) return pua;
    return from_tis620(g);
}

// Appends the display form of a run of Thai code points, cell by cell.
void append_thai_run(std::string& out, std::u32string_view run) {
    const std::vector<thchar_t> tis = to_tis620(run);
    std::size_t pos = 0;
    while (pos < run.size()) {
        thcell_t cell{};
        const std::size_t used = th_next_cell(tis.data() + pos, run.size() - pos, &cell, 1);
        if (used == 0) break;  // cannot happen for non-empty input; guards against a stall
        pos += used;
        std::array<thglyph_t, 8> glyphs{};
        const int n = th_render_cell_win(cell, glyphs.data(), glyphs.size(), 1);
        for (int i = 0; i < n; ++i) {
            if (const char32_t cp = glyph_to_code_point(glyphs[static_cast<std::size_t>(i)])) {
                append_utf8(out, cp);
            }
        }
    }
}

}  // namespace

std::string to_display(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size() + 8);
    const DecodedText text = decode_with_offsets(utf8);
    for (const TextRun& run : split_runs(text.cps, is_thai)) {
        if (run.matches) {
            append_thai_run(out, run.of(text.cps));
        } else {
            const std::size_t from = text.offsets[run.begin];
            out.append(utf8.substr(from, text.offsets[run.end] - from));
        }
    }
    return out;
}

}  // namespace siang::text
