// Tests for shared/ui/touch/gesture.hpp: tap versus drag.
#include "ui/touch/gesture.hpp"

#include <gtest/gtest.h>

namespace siang::ui::touch {
namespace {

GestureConfig config() {
    GestureConfig c;
    c.slop_px = 16.0f;
    c.max_tap_seconds = 2.0;
    return c;
}

TEST(Gesture, PressAndReleaseInPlaceIsTap) {
    GestureRecognizer g(config());
    g.press({100, 100}, 1.0);
    EXPECT_EQ(g.release({100, 100}, 1.1), GestureEnd::tap);
    EXPECT_EQ(g.phase(), GesturePhase::idle);
}

TEST(Gesture, SmallWobbleInsideSlopIsStillTap) {
    GestureRecognizer g(config());
    g.press({100, 100}, 1.0);
    EXPECT_FALSE(g.move({110, 108}, 1.05));
    EXPECT_EQ(g.phase(), GesturePhase::pressed);
    EXPECT_EQ(g.release({109, 110}, 1.1), GestureEnd::tap);
}

TEST(Gesture, MoveBeyondSlopIsDragNotTap) {
    GestureRecognizer g(config());
    g.press({100, 100}, 1.0);
    EXPECT_TRUE(g.move({100, 120}, 1.05));
    EXPECT_TRUE(g.is_dragging());
    EXPECT_EQ(g.release({100, 140}, 1.2), GestureEnd::drag);
}

TEST(Gesture, DragThatReturnsToStartIsStillDrag) {
    GestureRecognizer g(config());
    g.press({100, 100}, 1.0);
    g.move({100, 200}, 1.1);
    g.move({100, 100}, 1.2);
    EXPECT_EQ(g.release({100, 100}, 1.3), GestureEnd::drag);
}

TEST(Gesture, ReleaseFarAwayWithoutMovesIsDrag) {
    GestureRecognizer g(config());
    g.press({100, 100}, 1.0);
    EXPECT_EQ(g.release({300, 100}, 1.1), GestureEnd::drag);
}

TEST(Gesture, SlowPressOfOneSecondIsStillTap) {
    GestureRecognizer g(config());
    g.press({50, 50}, 10.0);
    EXPECT_EQ(g.release({50, 50}, 11.5), GestureEnd::tap);
}

TEST(Gesture, HandRestingPastLimitIsNotTap) {
    GestureRecognizer g(config());
    g.press({50, 50}, 10.0);
    EXPECT_EQ(g.release({50, 50}, 12.5), GestureEnd::held_long);
}

TEST(Gesture, ReleaseWithoutPressOrAfterCancelIsNothing) {
    GestureRecognizer g(config());
    EXPECT_EQ(g.release({0, 0}, 1.0), GestureEnd::none);
    g.press({0, 0}, 2.0);
    g.cancel();
    EXPECT_EQ(g.release({0, 0}, 2.1), GestureEnd::none);
}

TEST(Gesture, SlopIsFourMillimetresOnThePanel) {
    EXPECT_FLOAT_EQ(gesture_config_for(4.0).slop_px, 16.0f);
    // A panel twice as dense gets twice the slop in pixels.
    EXPECT_FLOAT_EQ(gesture_config_for(8.0).slop_px, 32.0f);
    // Unknown geometry keeps the default rather than a zero slop that makes every tap a drag.
    EXPECT_FLOAT_EQ(gesture_config_for(0.0).slop_px, GestureConfig{}.slop_px);
}

}  // namespace
}  // namespace siang::ui::touch
