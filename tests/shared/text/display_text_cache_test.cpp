// Tests of shared/text/display_text_cache: memoised display text with a bounded size.
#include "text/display_text_cache.hpp"

#include <gtest/gtest.h>

#include "text/thai_display.hpp"

namespace siang::text {
namespace {

TEST(DisplayTextCache, ReturnsTheDisplayText) {
    DisplayTextCache cache(8);
    EXPECT_EQ(cache.get("ป่า"), to_display("ป่า"));
    EXPECT_EQ(cache.get("English"), "English");
    EXPECT_EQ(cache.size(), 2u);
}

TEST(DisplayTextCache, ReturnsTheSameEntryForRepeatedLookups) {
    DisplayTextCache cache(8);
    const std::string& first = cache.get("น้ำ");
    const std::string& second = cache.get("น้ำ");
    EXPECT_EQ(&first, &second);
    EXPECT_EQ(cache.size(), 1u);
}

TEST(DisplayTextCache, EvictsLeastRecentlyUsedBeyondCapacity) {
    DisplayTextCache cache(2);
    const std::string& kept = cache.get("ก่");
    (void)cache.get("ข่");
    (void)cache.get("ก่");  // now "ข่" is the least recently used
    (void)cache.get("ค่");
    EXPECT_EQ(cache.size(), 2u);
    EXPECT_EQ(&cache.get("ก่"), &kept);  // survived: same node, not converted again
    EXPECT_EQ(cache.size(), 2u);
}

TEST(DisplayTextCache, ClearDropsEverything) {
    DisplayTextCache cache(4);
    (void)cache.get("ที่");
    cache.clear();
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_EQ(cache.get("ที่"), to_display("ที่"));
}

}  // namespace
}  // namespace siang::text
