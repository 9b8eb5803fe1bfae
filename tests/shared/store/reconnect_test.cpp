// Store::reconnect (issue 10 item 1): the kiosk drops its connection after each visit, so SQLite's
// copies of a filing go with it; the store then files and tracks as before.
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

class Reconnect : public StoreTest {};

TEST_F(Reconnect, AStoreReconnectedAfterAFilingTracksItAndFilesTheNext) {
    const Filed first = submit(streetlight_request(), bangkok(2026, 11, 20, 9));
    ASSERT_TRUE(store->reconnect());
    auto found = store->find_by_code(first.code);
    ASSERT_TRUE(found) << error_name(found.error().code);
    EXPECT_EQ(found->service, "streetlight");
    const Filed second = submit(road_complaint(), bangkok(2026, 11, 20, 10));  // cached statements
    EXPECT_NE(second.number, first.number);
    ASSERT_TRUE(store->reconnect());
    ASSERT_TRUE(store->find_by_code(second.code));
    auto report = store->check();
    ASSERT_TRUE(report) << error_name(report.error().code);
    EXPECT_TRUE(report->integrity_problems.empty());
}

}  // namespace
}  // namespace siang::store::testing
