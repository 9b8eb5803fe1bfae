// Tests of shared/text/display_text_cache: memoised display text with a bounded size.
#include "text/display_text_cache.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "core/sensitive_memory.hpp"
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

// The cache sees typed text (issue 10 item 1): what it drops, it zeroes first.
TEST(DisplayTextCache, ClearAndEvictionZeroEveryEntryBeforeReleasingIt) {
    std::vector<std::pair<const void*, bool>> seen;
    set_zero_observer([&](const void* data, std::size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        seen.emplace_back(data, std::all_of(p, p + bytes, [](auto b) { return b == 0; }));
    });
    auto zeroed = [&](const void* data) {
        return std::any_of(seen.begin(), seen.end(),
                           [&](const auto& s) { return s.first == data && s.second; });
    };
    DisplayTextCache cache(2);
    const std::string& evicted = cache.get("ปิ่นฟ้ามาร์คเกอร์ ผู้ร้อง");
    const void* evicted_shown = evicted.data();
    (void)cache.get("0897461325");
    (void)cache.get("089-746-1325");  // evicts the name
    EXPECT_TRUE(zeroed(evicted_shown));
    seen.clear();
    const std::string& kept = cache.get("089-746-1325");
    const void* kept_shown = kept.data();
    cache.clear();
    set_zero_observer({});
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_TRUE(zeroed(kept_shown));
    EXPECT_EQ(seen.size(), 4u);  // two entries, each its key and its display text
}

}  // namespace
}  // namespace siang::text
