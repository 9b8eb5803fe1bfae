// The staff's sync indicator: re-read on a change, amber only after failing for a while.
#include "kiosk/flow/sync_watch.hpp"

#include <gtest/gtest.h>

namespace siang::flow {
namespace {

using namespace std::chrono_literals;

class SyncWatchTest : public ::testing::Test {
  protected:
    SyncWatch watch{[this] {
                        ++reads;
                        return Result<SyncReading>(reading);
                    },
                    120s};
    SyncReading reading;
    int reads = 0;
    SteadyTime now = SteadyTime{} + 1000h;
};

TEST_F(SyncWatchTest, ReadsAtFirstThenOnlyWhenTheUploaderSaysSomethingChanged) {
    reading.pending = 2;
    EXPECT_EQ(watch.update(now).pending, 2);
    reading.pending = 1;
    EXPECT_EQ(watch.update(now + 1s).pending, 2);  // no change reported: no read
    watch.mark_changed();
    EXPECT_EQ(watch.update(now + 2s).pending, 1);
    EXPECT_EQ(reads, 2);
}

TEST_F(SyncWatchTest, TurnsAmberOnlyAfterUploadsFailedForAWhile) {
    reading.pending = 3;
    reading.last_attempt_failed = true;
    EXPECT_FALSE(watch.update(now).failing);
    EXPECT_EQ(watch.next_refresh(), now + 30s);
    watch.mark_changed();
    EXPECT_FALSE(watch.update(now + 60s).failing);
    EXPECT_EQ(watch.next_refresh(), now + 90s);
    EXPECT_FALSE(watch.update(now + 90s).failing);
    EXPECT_EQ(watch.next_refresh(), now + 120s);  // woken to turn amber on time
    EXPECT_TRUE(watch.update(now + 120s).failing);
    // One acknowledgement and the dot is neutral again.
    reading.last_attempt_failed = false;
    reading.pending = 2;
    watch.mark_changed();
    EXPECT_FALSE(watch.update(now + 121s).failing);
}

TEST_F(SyncWatchTest, AFailureWithNothingPendingIsNotWorthAColour) {
    reading.pending = 0;
    reading.last_attempt_failed = true;
    watch.update(now);
    EXPECT_FALSE(watch.update(now + 300s).failing);
}

}  // namespace
}  // namespace siang::flow
