// Tests for ui/frame_pacer: when to draw and how long to wait, with a simulated clock.
#include "ui/frame_pacer.hpp"

#include <gtest/gtest.h>

namespace siang::ui {
namespace {

using Clock = FramePacer::Clock;
using namespace std::chrono_literals;

// Draws every frame the pacer asks for at `now`; returns how many.
int drain(FramePacer& p, Clock::time_point now) {
    int frames = 0;
    while (!p.wait_before_next_frame(now) && frames < 100) {
        p.frame_started(now);
        ++frames;
    }
    return frames;
}

TEST(FramePacer, DrawsTheFirstFrameThenWaitsForever) {
    FramePacer p;
    const auto t0 = Clock::time_point{} + 1h;
    EXPECT_EQ(drain(p, t0), 1);
    EXPECT_EQ(p.wait_before_next_frame(t0), FramePacer::Duration::max());
}

TEST(FramePacer, InputDrawsSettleFramesThenIdles) {
    FramePacer p;
    const auto t0 = Clock::time_point{} + 1h;
    drain(p, t0);
    p.on_input();
    EXPECT_EQ(drain(p, t0 + 1s), FramePacer::settle_frames);
    EXPECT_EQ(p.wait_before_next_frame(t0 + 1s), FramePacer::Duration::max());
}

TEST(FramePacer, WaitsUntilTheNearestTimer) {
    FramePacer p;
    const auto t0 = Clock::time_point{} + 1h;
    p.frame_started(t0);
    p.wake_at(t0 + 500ms);
    p.wake_at(t0 + 200ms);
    p.wake_at(t0 + 900ms);
    const auto wait = p.wait_before_next_frame(t0);
    ASSERT_TRUE(wait);
    EXPECT_NEAR(wait->count(), 0.2, 1e-9);
    EXPECT_FALSE(p.wait_before_next_frame(t0 + 200ms)) << "due: draw now";
}

TEST(FramePacer, TimersLastUntilTheNextFrameOnly) {
    FramePacer p;
    const auto t0 = Clock::time_point{} + 1h;
    p.frame_started(t0);
    p.wake_at(t0 + 500ms);
    p.on_input();
    p.frame_started(t0 + 100ms);  // a frame drawn for input that did not ask again
    drain(p, t0 + 100ms);
    EXPECT_EQ(p.wait_before_next_frame(t0 + 100ms), FramePacer::Duration::max());
}

TEST(FramePacer, AnimationTicksAtTheIntervalAndEndsOnItsDeadline) {
    FramePacer p;
    const auto t0 = Clock::time_point{} + 1h;
    drain(p, t0);
    p.animate_until(t0 + 200ms);
    const auto first = p.wait_before_next_frame(t0);
    ASSERT_TRUE(first);
    EXPECT_NEAR(first->count(), FramePacer::animation_interval.count(), 1e-6);
    // Near the end, the next frame is the final one exactly at the deadline.
    p.frame_started(t0 + 190ms);
    const auto last = p.wait_before_next_frame(t0 + 190ms);
    ASSERT_TRUE(last);
    EXPECT_NEAR(last->count(), 0.010, 1e-6);
    p.frame_started(t0 + 200ms);
    EXPECT_EQ(p.wait_before_next_frame(t0 + 200ms), FramePacer::Duration::max());
}

TEST(FramePacer, TimerEarlierThanAnimationTickWins) {
    FramePacer p;
    const auto t0 = Clock::time_point{} + 1h;
    p.frame_started(t0);
    p.animate_until(t0 + 1s);
    p.wake_at(t0 + 5ms);
    const auto wait = p.wait_before_next_frame(t0);
    ASSERT_TRUE(wait);
    EXPECT_NEAR(wait->count(), 0.005, 1e-9);
}

TEST(FramePacer, RequestFrameDrawsExactlyOne) {
    FramePacer p;
    const auto t0 = Clock::time_point{} + 1h;
    drain(p, t0);
    p.request_frame();
    p.request_frame();
    EXPECT_EQ(drain(p, t0), 1);
}

}  // namespace
}  // namespace siang::ui
