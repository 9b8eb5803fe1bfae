// Tests for ui/contrast and the theme's colour pairs (WCAG 2.x formula).
#include "ui/contrast.hpp"

#include <gtest/gtest.h>

#include "ui/theme.hpp"

namespace siang::ui {
namespace {

constexpr Rgb white{255, 255, 255};
constexpr Rgb black{0, 0, 0};

TEST(Contrast, BlackOnWhiteIsTwentyOneToOne) {
    EXPECT_NEAR(contrast_ratio(black, white), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio(white, black), 21.0, 1e-9);
}

TEST(Contrast, SameColourIsOneToOne) {
    EXPECT_NEAR(contrast_ratio({0x80, 0x40, 0x20}, {0x80, 0x40, 0x20}), 1.0, 1e-12);
}

TEST(Contrast, MatchesPublishedWcagValues) {
    // #767676 on white is the well-known lightest grey passing AA (4.54:1).
    EXPECT_NEAR(contrast_ratio({0x76, 0x76, 0x76}, white), 4.54, 0.01);
    // Pure red on white: 4.00:1.
    EXPECT_NEAR(contrast_ratio({255, 0, 0}, white), 4.0, 0.01);
    EXPECT_NEAR(relative_luminance({255, 0, 0}), 0.2126, 1e-4);
}

TEST(Contrast, DarkensLightAccentUntilItPasses) {
    const Rgb yellow{0xF5, 0xC5, 0x18};
    ASSERT_LT(contrast_ratio(yellow, white), 4.5);
    const Rgb d = darken_to_contrast(yellow, white, 4.5);
    EXPECT_GE(contrast_ratio(d, white), 4.5);
    EXPECT_LT(contrast_ratio(d, white), 5.0) << "darkened more than needed";
}

TEST(Contrast, KeepsAccentThatAlreadyPasses) {
    const Rgb navy{0x0B, 0x2E, 0x6B};
    EXPECT_EQ(darken_to_contrast(navy, white, 4.5), navy);
}

TEST(Contrast, ReadableOnPicksTheBetterInk) {
    EXPECT_EQ(readable_on(white).r, 0x1A);
    EXPECT_EQ(readable_on({0x0B, 0x2E, 0x6B}), white);
}

class ThemeContrast : public ::testing::TestWithParam<Rgb> {};

TEST_P(ThemeContrast, TextPairsReachAaForAnyAccent) {
    const Theme t = make_theme(GetParam(), PanelSizing{});
    const Palette& p = t.palette;
    for (Rgb bg : {p.background, p.surface, p.surface_pressed, p.accent_soft}) {
        EXPECT_GE(contrast_ratio(p.text, bg), 4.5);
        EXPECT_GE(contrast_ratio(p.text_muted, bg), 4.5);
    }
    EXPECT_GE(contrast_ratio(p.danger, p.background), 4.5);
    EXPECT_GE(contrast_ratio(p.accent, p.surface), 4.5);
    EXPECT_GE(contrast_ratio(p.on_accent, p.accent), 4.5);
}

INSTANTIATE_TEST_SUITE_P(Accents, ThemeContrast,
                         ::testing::Values(Rgb{0x0B, 0x5E, 0xA8}, Rgb{0xF5, 0xC5, 0x18},
                                           Rgb{0x2E, 0xCC, 0x71}, Rgb{0xFF, 0xFF, 0xFF},
                                           Rgb{0x8E, 0x24, 0xAA}, Rgb{0, 0, 0}));

}  // namespace
}  // namespace siang::ui
