// WatchdogPinger (shared/systemd): what the kiosk's frame loop calls once per frame. It pings at
// most every half WATCHDOG_USEC, tells the loop when to wake for the next ping, and does nothing
// without a watchdog or with a malformed interval.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "support/notify_socket.hpp"
#include "systemd/notify.hpp"

namespace {

using namespace std::chrono_literals;
using siang::systemd::WatchdogPinger;
using siang::testing::NotifySocket;

class Pinger : public ::testing::Test {
  protected:
    NotifySocket systemd{"siang-pinger-test-" + std::to_string(::getpid())};
    void SetUp() override {
        ASSERT_TRUE(systemd.ok());
        ::setenv("NOTIFY_SOCKET", systemd.env_value().c_str(), 1);
    }
    void TearDown() override {
        ::unsetenv("NOTIFY_SOCKET");
        ::unsetenv("WATCHDOG_USEC");
    }
};

TEST_F(Pinger, PingsAtMostEveryHalfIntervalAndSaysWhenToWake) {
    ::setenv("WATCHDOG_USEC", "1000000", 1);
    WatchdogPinger p;
    const auto t0 = WatchdogPinger::Clock::now();
    EXPECT_EQ(p.ping(t0), t0 + 500ms);  // the first frame pings
    EXPECT_EQ(p.ping(t0 + 100ms), t0 + 500ms);  // frames in between do not
    EXPECT_EQ(p.ping(t0 + 600ms), t0 + 1100ms);
    const auto got = systemd.receive(500ms, "");
    EXPECT_EQ(std::count(got.begin(), got.end(), "WATCHDOG=1"), 2);
}

TEST_F(Pinger, NoWatchdogOrAMalformedIntervalMeansNothingToDo) {
    for (const char* usec : {"", "0", "abc", "-5", "1000x"}) {
        if (*usec)
            ::setenv("WATCHDOG_USEC", usec, 1);
        else
            ::unsetenv("WATCHDOG_USEC");
        WatchdogPinger p;
        EXPECT_FALSE(p.ping(WatchdogPinger::Clock::now())) << "WATCHDOG_USEC=" << usec;
    }
    EXPECT_TRUE(systemd.receive(200ms, "").empty());
}

TEST_F(Pinger, WithoutANotifySocketTheIntervalIsIgnored) {
    ::unsetenv("NOTIFY_SOCKET");
    ::setenv("WATCHDOG_USEC", "1000000", 1);
    EXPECT_FALSE(siang::systemd::watchdog_interval());
}

}  // namespace
