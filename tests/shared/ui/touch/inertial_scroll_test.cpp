// Tests for shared/ui/touch/inertial_scroll.hpp: drag, fling, decay, clamping, rubber band.
#include "ui/touch/inertial_scroll.hpp"

#include <gtest/gtest.h>

namespace siang::ui::touch {
namespace {

InertiaConfig hard_ends() {
    InertiaConfig c;
    c.rubber_band = false;
    return c;
}

// Flick upwards at `speed` px/s for 50 ms in 10 ms steps, starting at time 0, pointer at 500.
void flick_up(InertialScroll& s, float speed) {
    s.begin_drag(500.0f, 0.0);
    for (int i = 1; i <= 5; ++i)
        s.drag_to(500.0f - speed * 0.01f * static_cast<float>(i), 0.01 * i);
    s.end_drag(0.05);
}

// Runs frames at 60 Hz until the motion stops or `limit` seconds pass; returns the stop time.
double run_until_still(InertialScroll& s, double from, double limit) {
    double t = from;
    while (s.animating() && t < from + limit) {
        t += 1.0 / 60.0;
        s.update(t);
    }
    return t;
}

TEST(InertialScroll, ContentFollowsTheFinger) {
    InertialScroll s(hard_ends());
    s.set_extents(2000.0f, 500.0f);
    s.begin_drag(400.0f, 0.0);
    s.drag_to(300.0f, 0.1);
    EXPECT_FLOAT_EQ(s.offset(), 100.0f);
    s.drag_to(350.0f, 0.2);
    EXPECT_FLOAT_EQ(s.offset(), 50.0f);
    EXPECT_TRUE(s.dragging());
    EXPECT_FALSE(s.animating());
}

TEST(InertialScroll, FlickCoastsThenDecaysAndStops) {
    InertialScroll s(hard_ends());
    s.set_extents(100000.0f, 500.0f);
    flick_up(s, 2000.0f);
    ASSERT_TRUE(s.animating());
    EXPECT_NEAR(s.velocity(), 2000.0, 1.0);
    const float released_at = s.offset();

    s.update(0.15);
    const double v1 = s.velocity();
    s.update(0.30);
    const double v2 = s.velocity();
    EXPECT_LT(v2, v1);
    EXPECT_GT(v2, 0.0);

    const double stopped = run_until_still(s, 0.30, 10.0);
    EXPECT_FALSE(s.animating());
    EXPECT_LT(stopped, 5.0);
    EXPECT_EQ(s.velocity(), 0.0);
    // Coasting distance of an exponential decay is about v0 * tau.
    EXPECT_NEAR(s.offset() - released_at, 2000.0 * 0.325, 30.0);
    const float rest = s.offset();
    s.update(stopped + 1.0);
    EXPECT_FLOAT_EQ(s.offset(), rest);
}

TEST(InertialScroll, FlingDistanceDoesNotDependOnFrameRate) {
    InertialScroll a(hard_ends()), b(hard_ends());
    a.set_extents(100000.0f, 500.0f);
    b.set_extents(100000.0f, 500.0f);
    flick_up(a, 1500.0f);
    flick_up(b, 1500.0f);
    a.update(0.55);
    for (double t = 0.05; t < 0.55; t += 0.005) b.update(t);
    b.update(0.55);
    EXPECT_NEAR(a.offset(), b.offset(), 0.5f);
}

TEST(InertialScroll, FlingStopsAtTheEndOfContent) {
    InertialScroll s(hard_ends());
    s.set_extents(1000.0f, 500.0f);
    flick_up(s, 6000.0f);
    run_until_still(s, 0.05, 10.0);
    EXPECT_FALSE(s.animating());
    EXPECT_FLOAT_EQ(s.offset(), 500.0f);
}

TEST(InertialScroll, HardEndsClampWhileDragging) {
    InertialScroll s(hard_ends());
    s.set_extents(1000.0f, 500.0f);
    s.begin_drag(100.0f, 0.0);
    s.drag_to(400.0f, 0.1);  // pulling down at the top
    EXPECT_FLOAT_EQ(s.offset(), 0.0f);
    s.drag_to(-2000.0f, 0.2);
    EXPECT_FLOAT_EQ(s.offset(), 500.0f);
}

TEST(InertialScroll, FingerThatStoppedBeforeLiftingDoesNotFling) {
    InertialScroll s(hard_ends());
    s.set_extents(10000.0f, 500.0f);
    s.begin_drag(500.0f, 0.0);
    s.drag_to(300.0f, 0.05);
    s.end_drag(0.5);  // held still for 450 ms, then lifted
    EXPECT_FALSE(s.animating());
    EXPECT_FLOAT_EQ(s.offset(), 200.0f);
}

TEST(InertialScroll, RubberBandResistsAndSpringsBack) {
    InertialScroll s;  // rubber band on by default
    s.set_extents(1000.0f, 500.0f);
    s.begin_drag(100.0f, 0.0);
    s.drag_to(300.0f, 0.1);  // pull down 200 px at the top
    EXPECT_FLOAT_EQ(s.offset(), -100.0f);
    s.end_drag(0.2);
    EXPECT_TRUE(s.animating());
    s.update(0.25);
    EXPECT_GT(s.offset(), -100.0f);
    EXPECT_LT(s.offset(), 0.0f);
    run_until_still(s, 0.25, 5.0);
    EXPECT_FALSE(s.animating());
    EXPECT_FLOAT_EQ(s.offset(), 0.0f);
}

TEST(InertialScroll, GrabbingDuringSpringBackDoesNotJump) {
    InertialScroll s;
    s.set_extents(1000.0f, 500.0f);
    s.begin_drag(100.0f, 0.0);
    s.drag_to(300.0f, 0.1);
    s.end_drag(0.2);
    s.update(0.22);
    const float before = s.offset();
    s.begin_drag(250.0f, 0.23);
    s.drag_to(250.0f, 0.24);
    EXPECT_NEAR(s.offset(), before, 0.01f);
}

TEST(InertialScroll, ShrinkingContentPullsOffsetInside) {
    InertialScroll s(hard_ends());
    s.set_extents(3000.0f, 500.0f);
    s.scroll_to(2500.0f);
    EXPECT_FLOAT_EQ(s.offset(), 2500.0f);
    s.set_extents(800.0f, 500.0f);
    EXPECT_FLOAT_EQ(s.offset(), 300.0f);
    s.set_extents(400.0f, 500.0f);  // content shorter than the viewport: nothing to scroll
    EXPECT_FLOAT_EQ(s.offset(), 0.0f);
    EXPECT_FLOAT_EQ(s.max_offset(), 0.0f);
}

TEST(InertialScroll, WheelScrollStopsAFling) {
    InertialScroll s(hard_ends());
    s.set_extents(100000.0f, 500.0f);
    flick_up(s, 3000.0f);
    ASSERT_TRUE(s.animating());
    const float at = s.offset();
    s.scroll_by(-40.0f);
    EXPECT_FALSE(s.animating());
    EXPECT_FLOAT_EQ(s.offset(), at - 40.0f);
}

}  // namespace
}  // namespace siang::ui::touch
