// Tests of shared/text/text_runs: alternating runs of Thai and other code points.
#include "text/text_runs.hpp"

#include <gtest/gtest.h>

#include "text/char_classes.hpp"

namespace siang::text {
namespace {

TEST(TextRuns, AlternatesBetweenMatchingAndOtherRuns) {
    const std::u32string cps = U"ab\u0E01\u0E02 c";
    const std::vector<TextRun> runs = split_runs(cps, is_thai);
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[0].of(cps), U"ab");
    EXPECT_FALSE(runs[0].matches);
    EXPECT_EQ(runs[1].of(cps), U"\u0E01\u0E02");
    EXPECT_TRUE(runs[1].matches);
    EXPECT_EQ(runs[2].of(cps), U" c");
    EXPECT_EQ(runs[2].end, cps.size());
}

TEST(TextRuns, GivesNoRunsForEmptyText) {
    EXPECT_TRUE(split_runs(U"", is_thai).empty());
}

}  // namespace
}  // namespace siang::text
