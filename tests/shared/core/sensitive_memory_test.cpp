// Tests of shared/core/sensitive_memory.hpp: zeroing with an observer, the wipe's cache registry.
#include "core/sensitive_memory.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace siang {
namespace {

TEST(SensitiveMemory, ZeroMemoryZeroesAndTellsTheObserver) {
    std::string s = "0897461325 and more than fifteen bytes";
    std::vector<std::pair<const void*, std::size_t>> seen;
    set_zero_observer([&](const void* p, std::size_t n) { seen.emplace_back(p, n); });
    zero_memory(s.data(), s.size());
    set_zero_observer({});
    EXPECT_TRUE(std::all_of(s.begin(), s.end(), [](char c) { return c == 0; }));
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].first, s.data());
    EXPECT_EQ(seen[0].second, s.size());
}

TEST(SensitiveMemory, WipeRunsEveryRegisteredCacheEachTime) {
    // Registered for the life of the process, as the caches are: static counters.
    static int first = 0, second = 0;
    register_sensitive_cache([] { ++first; });
    register_sensitive_cache([] { ++second; });
    wipe_sensitive_caches();
    wipe_sensitive_caches();
    EXPECT_EQ(first, 2);
    EXPECT_EQ(second, 2);
}

}  // namespace
}  // namespace siang
