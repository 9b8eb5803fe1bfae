// The public ITA pages' report cache: within a minute the same report with its own drawing time,
// after it (or with the clock set back) counted afresh, so new cases show up.
#include <gtest/gtest.h>

#include "server/public/ita_report_cache.hpp"
#include "shared/store/store_fixture.hpp"

namespace siang::server::public_site {
namespace {

using store::testing::bangkok;
using namespace std::chrono_literals;

std::int64_t complaints(const reports::ItaReport& r) {
    for (const auto& b : r.periods.front().by_kind)
        if (b.key == "complaint") return b.counts.received;
    return -1;
}

class ItaReportCacheTest : public store::testing::StoreTest {};

TEST_F(ItaReportCacheTest, KeepsAReportForAMinuteWithItsOwnTimeThenCountsAgain) {
    auto pool = api::StorePool::open(path, store::OpenOptions{}, 1);
    ASSERT_TRUE(pool);
    const auto directory = domain::default_directory();
    ItaReportCache cache;
    submit(store::testing::road_complaint(), bangkok(2026, 10, 12));
    const auto t0 = bangkok(2026, 11, 25, 9, 0);
    auto first = cache.get(**pool, 2570, directory, t0);
    ASSERT_TRUE(first);
    EXPECT_EQ(complaints((*first)->report), 1);
    EXPECT_EQ((*first)->drawn_at, t0);

    submit(store::testing::road_complaint(), bangkok(2026, 10, 13));
    auto cached = cache.get(**pool, 2570, directory, t0 + 59s);
    ASSERT_TRUE(cached);
    EXPECT_EQ(complaints((*cached)->report), 1);  // not recounted
    EXPECT_EQ((*cached)->drawn_at, t0);           // and says so

    auto fresh = cache.get(**pool, 2570, directory, t0 + 60s);
    ASSERT_TRUE(fresh);
    EXPECT_EQ(complaints((*fresh)->report), 2);
    EXPECT_EQ((*fresh)->drawn_at, t0 + 60s);

    auto back = cache.get(**pool, 2570, directory, t0);  // the clock set back: stale
    ASSERT_TRUE(back);
    EXPECT_EQ((*back)->drawn_at, t0);
    auto other_year = cache.get(**pool, 2569, directory, t0);
    ASSERT_TRUE(other_year);
    EXPECT_EQ(complaints((*other_year)->report), 0);
}

}  // namespace
}  // namespace siang::server::public_site
