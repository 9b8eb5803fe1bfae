// Tests for shared/ui/touch/keyboard_geometry.hpp: key sizes against the touch-target rule.
#include "ui/touch/keyboard_geometry.hpp"

#include <gtest/gtest.h>

namespace siang::ui::touch {
namespace {

// 21.5" 1080p: 20 mm = 81 px, 4 mm = 16 px.
constexpr KeyboardSizing kPanel{81.0f, 120.0f, 16.0f};

TEST(KeyboardGeometry, ThaiKeysMeetTheMinimumOnALandscapePanel) {
    const KeyboardLayer& thai = keyboard_layout(LayoutId::thai).normal;
    const KeyboardGeometry g = layout_keys(thai, 1840.0f, kPanel);
    EXPECT_TRUE(g.meets_min_width);
    EXPECT_LE(g.width, 1840.0f);
    for (const KeyBox& k : g.keys) {
        EXPECT_GE(k.w, 81.0f);
        EXPECT_GE(k.h, 81.0f);
        EXPECT_GE(k.x, 0.0f);
        EXPECT_LE(k.x + k.w, g.width + 0.01f);
    }
    EXPECT_EQ(g.keys.size(), 12u + 13u + 12u + 12u + 2u);
}

TEST(KeyboardGeometry, KeysStopGrowingAtTheMaximum) {
    const KeyboardGeometry g =
        layout_keys(keyboard_layout(LayoutId::numeric).normal, 1900.0f, kPanel);
    EXPECT_FLOAT_EQ(g.unit, 120.0f);
    EXPECT_FLOAT_EQ(g.width, 3 * 120.0f + 2 * 16.0f);
}

TEST(KeyboardGeometry, NarrowPortraitPanelKeepsKeyHeightAndSaysWidthIsShort) {
    const KeyboardGeometry g = layout_keys(keyboard_layout(LayoutId::thai).normal, 1040.0f, kPanel);
    EXPECT_FALSE(g.meets_min_width);
    EXPECT_LE(g.width, 1040.0f + 0.01f);
    EXPECT_GE(g.key_height, 81.0f);
}

TEST(KeyboardGeometry, WideKeysSpanTheGapsTheyCover) {
    const KeyboardGeometry g = layout_keys(keyboard_layout(LayoutId::thai).normal, 1840.0f, kPanel);
    // Row 3 (index 2) ends with the 2-unit enter key: as wide as two letters and one gap.
    const KeyBox* enter = nullptr;
    for (const KeyBox& k : g.keys)
        if (k.row == 2 && k.index == 11) {
            enter = &k;
        }
    ASSERT_NE(enter, nullptr);
    EXPECT_FLOAT_EQ(enter->w, 2 * g.unit + 16.0f);
    // Rows are stacked without overlap.
    for (const KeyBox& a : g.keys)
        for (const KeyBox& b : g.keys)
            if (a.row + 1 == b.row) {
                EXPECT_GE(b.y, a.y + a.h + 16.0f - 0.01f);
            }
}

}  // namespace
}  // namespace siang::ui::touch
