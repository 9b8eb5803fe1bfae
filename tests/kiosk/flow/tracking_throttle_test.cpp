// The wrong-code limit and its pause, with time passed in.
#include "kiosk/flow/tracking_throttle.hpp"

#include <gtest/gtest.h>

namespace siang::flow {
namespace {

using namespace std::chrono_literals;

TEST(TrackingThrottle, PausesAtTheLimitAndNotBefore) {
    TrackingThrottle th(5, 60s);
    SteadyTime t{};
    for (int i = 0; i < 4; ++i) th.record_wrong(t += 1s);
    EXPECT_FALSE(th.paused(t));
    EXPECT_EQ(th.attempts_left(), 1);
    th.record_wrong(t += 1s);
    EXPECT_TRUE(th.paused(t));
    EXPECT_TRUE(th.paused(t + 59s));
    EXPECT_FALSE(th.paused(t + 60s));
}

TEST(TrackingThrottle, CountStartsAgainAfterThePause) {
    TrackingThrottle th(5, 60s);
    SteadyTime t{};
    for (int i = 0; i < 5; ++i) th.record_wrong(t);
    th.update(t + 60s);
    EXPECT_FALSE(th.paused_until().has_value());
    EXPECT_EQ(th.attempts_left(), 5);
}

TEST(TrackingThrottle, WrongCodesDuringThePauseDoNotExtendIt) {
    TrackingThrottle th(2, 60s);
    SteadyTime t{};
    th.record_wrong(t);
    th.record_wrong(t);
    th.record_wrong(t + 30s);
    EXPECT_EQ(th.paused_until(), t + 60s);
}

TEST(TrackingThrottle, SuccessResetsTheCount) {
    TrackingThrottle th(5, 60s);
    SteadyTime t{};
    for (int i = 0; i < 4; ++i) th.record_wrong(t);
    th.record_success();
    EXPECT_EQ(th.attempts_left(), 5);
}

}  // namespace
}  // namespace siang::flow
