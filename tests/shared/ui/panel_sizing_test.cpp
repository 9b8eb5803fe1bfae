// Tests for ui/panel_sizing: millimetres to pixels from the panel's diagonal and resolution.
#include "ui/panel_sizing.hpp"

#include <gtest/gtest.h>

namespace siang::ui {
namespace {

TEST(PanelSizing, TwentyOneInchFullHdIsAboutFourPixelsPerMillimetre) {
    EXPECT_NEAR(px_per_mm(1920, 1080, 21.5), 4.034, 0.001);
}

TEST(PanelSizing, PortraitEqualsLandscape) {
    EXPECT_DOUBLE_EQ(px_per_mm(1080, 1920, 21.5), px_per_mm(1920, 1080, 21.5));
}

TEST(PanelSizing, TouchTargetIsTwentyMillimetresAboutEightyPixels) {
    const PanelSizing s = panel_sizing(1920, 1080, 21.5);
    EXPECT_NEAR(s.touch_target(), 81.0f, 0.5f);
    EXPECT_NEAR(s.touch_gap(), 16.0f, 0.5f);
}

TEST(PanelSizing, SmallerPanelNeedsMorePixelsPerMillimetre) {
    EXPECT_GT(panel_sizing(1920, 1080, 15.6).touch_target(),
              panel_sizing(1920, 1080, 27.0).touch_target());
}

TEST(PanelSizing, TextScaleEnlargesTextButNotTargets) {
    PanelSizing s = panel_sizing(1920, 1080, 21.5);
    const float body = s.text_px(5.0);
    const float target = s.touch_target();
    s.text_scale = 1.3;
    EXPECT_NEAR(s.text_px(5.0), body * 1.3f, 1.0f);
    EXPECT_EQ(s.touch_target(), target);
}

TEST(PanelSizing, RejectsUnusableGeometry) {
    EXPECT_EQ(px_per_mm(0, 1080, 21.5), 0.0);
    EXPECT_EQ(px_per_mm(1920, 1080, 0.0), 0.0);
    EXPECT_EQ(px_per_mm(1920, -1, 21.5), 0.0);
    EXPECT_DOUBLE_EQ(panel_sizing(1920, 1080, -3.0).px_per_mm, PanelSizing{}.px_per_mm);
}

}  // namespace
}  // namespace siang::ui
