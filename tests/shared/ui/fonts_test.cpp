// Tests for ui/fonts and ui/font_locator: real TLWG fonts through fontconfig, Thai-safe lines.
#include "ui/fonts.hpp"

#include <gtest/gtest.h>

#include "ui/font_locator.hpp"
#include "ui/icons.hpp"

namespace siang::ui {
namespace {

TEST(FontLocator, FindsLomaAsAnOpenTypeFile) {
    auto path = locate_font("Loma");
    ASSERT_TRUE(path) << "fonts-tlwg-loma-otf missing: " << path.error().detail;
    EXPECT_NE(path->find("Loma"), std::string::npos) << *path;
}

TEST(FontLocator, FindsTheBoldStyle) {
    auto path = locate_font("Loma", "Bold");
    ASSERT_TRUE(path);
    EXPECT_NE(path->find("Bold"), std::string::npos) << *path;
}

TEST(FontLocator, RefusesFontconfigSubstitutes) {
    auto path = locate_font("Siang No Such Family");
    ASSERT_FALSE(path) << "got a substitute: " << *path;
    EXPECT_EQ(path.error().code, Errc::not_found);
}

TEST(FontLocator, SkipsWebFontFilesOfMaterialIcons) {
    auto path = locate_font("Material Icons");
    ASSERT_TRUE(path);
    EXPECT_TRUE(path->ends_with(".ttf") || path->ends_with(".otf")) << *path;
}

class FontAtlas : public ::testing::Test {
  protected:
    ImFontAtlas atlas;
    FontSet set;
    void SetUp() override {
        auto built = build_fonts(atlas, FontProfile::kiosk, PanelSizing{});
        ASSERT_TRUE(built) << built.error().detail;
        set = *built;
    }
};

TEST_F(FontAtlas, EveryRoleHasAFont) {
    for (std::size_t r = 0; r < static_cast<std::size_t>(FontRole::count_); ++r)
        EXPECT_NE(set.fonts[r], nullptr) << "role " << r;
}

TEST_F(FontAtlas, HasThaiAndPositionalVariantsAndIcons) {
    ImFont* body = set[FontRole::body];
    for (ImWchar c : {ImWchar{0x0E01}, ImWchar{0x0E48}, ImWchar{0x0E33}, ImWchar{0xF700},
                      ImWchar{0xF70A}, ImWchar{0xF71A}, ImWchar{0x201C}})
        EXPECT_NE(body->FindGlyphNoFallback(c), nullptr) << std::hex << c;
    EXPECT_NE(body->FindGlyphNoFallback(static_cast<ImWchar>(icon::home.code)), nullptr);
    EXPECT_NE(set[FontRole::icon]->FindGlyphNoFallback(static_cast<ImWchar>(icon::gavel.code)),
              nullptr);
}

TEST_F(FontAtlas, ThaiGlyphsStayInsideTheLineBox) {
    // Stacked marks above tall consonants and lowered vowels must not leave the line, or they
    // would collide with the neighbouring lines.
    for (FontRole role : {FontRole::title, FontRole::heading, FontRole::body, FontRole::small,
                          FontRole::keypad, FontRole::document}) {
        const ImFont* f = set[role];
        for (const ImFontGlyph& g : f->Glyphs) {
            const bool thai = (g.Codepoint >= 0x0E00 && g.Codepoint <= 0x0E7F) ||
                              (g.Codepoint >= 0xF700 && g.Codepoint <= 0xF71A);
            if (!thai || g.Y1 <= g.Y0) continue;
            EXPECT_GE(g.Y0, 0.0f) << "role " << static_cast<int>(role) << " U+" << std::hex
                                  << g.Codepoint;
            EXPECT_LE(g.Y1, f->FontSize)
                << "role " << static_cast<int>(role) << " U+" << std::hex << g.Codepoint;
        }
    }
}

TEST_F(FontAtlas, BodyTextIsAtLeastFiveMillimetres) {
    const PanelSizing panel;
    const ImFontGlyph* ko = set[FontRole::body]->FindGlyphNoFallback(0x0E01);  // ก
    ASSERT_NE(ko, nullptr);
    // The em is 8 mm; even the x-height-like body of ก must be well visible.
    EXPECT_GE(set[FontRole::body]->FontSize, panel.px(5.0));
    EXPECT_GE(ko->Y1 - ko->Y0, panel.px(2.5));
}

TEST(FontAtlasScale, LargerTextMakesLargerFonts) {
    ImFontAtlas normal_atlas, large_atlas;
    PanelSizing panel;
    auto normal = build_fonts(normal_atlas, FontProfile::kiosk, panel);
    panel.text_scale = 1.3;
    auto large = build_fonts(large_atlas, FontProfile::kiosk, panel);
    ASSERT_TRUE(normal && large);
    EXPECT_GT((*large)[FontRole::body]->FontSize, (*normal)[FontRole::body]->FontSize * 1.2f);
}

TEST(FontErrorMessage, NamesThePackageAndSetup) {
    const std::string m = font_error_message(Error{Errc::not_found, "Loma Regular"});
    EXPECT_NE(m.find("fonts-tlwg-loma-otf"), std::string::npos);
    EXPECT_NE(m.find("tools/setup"), std::string::npos);
}

}  // namespace
}  // namespace siang::ui
