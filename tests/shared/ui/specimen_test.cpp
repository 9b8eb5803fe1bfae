// Tests for shared/ui/specimen: reading the specimen file (drawing it is checked by the
// screenshot tests against a reference image).
#include "ui/specimen.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_dir.hpp"

namespace siang::ui {
namespace {

TEST(Specimen, ReadsSpecimenLinesWithCrLf) {
    const auto file = siang::testing::test_dir("specimen") / "s.txt";
    std::ofstream(file, std::ios::binary) << "กี่ ปี่\r\n\r\nEnglish\n";
    auto lines = read_specimen_lines(file.string());
    ASSERT_TRUE(lines);
    ASSERT_EQ(lines->size(), 3u);
    EXPECT_EQ((*lines)[0], "กี่ ปี่");
    EXPECT_EQ((*lines)[1], "");
    EXPECT_EQ((*lines)[2], "English");
}

TEST(Specimen, RejectsSpecimenThatIsNotUtf8) {
    const auto file = siang::testing::test_dir("specimen") / "s.txt";
    std::ofstream(file, std::ios::binary) << "caf\xE9\n";
    auto lines = read_specimen_lines(file.string());
    ASSERT_FALSE(lines);
    EXPECT_EQ(lines.error().code, Errc::invalid_utf8);
}

TEST(Specimen, ReportsMissingSpecimenFile) {
    auto lines = read_specimen_lines((siang::testing::test_dir("specimen") / "none.txt").string());
    ASSERT_FALSE(lines);
    EXPECT_EQ(lines.error().code, Errc::io_error);
}

}  // namespace
}  // namespace siang::ui
