// Tests for CSV export files: BOM, quoting, formula neutralising, atomic replacement.
#include "reports/csv_writer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "support/test_dir.hpp"

namespace siang::reports {
namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST(CsvWriter, StartsWithBomAndEndsRowsWithCrLf) {
    std::string path = (siang::testing::test_dir("reports") / "out.csv").string();
    auto w = CsvWriter::create(path);
    ASSERT_TRUE(w);
    w->row({"เลขที่เรื่อง", "ไฟฟ้าดับ"});
    ASSERT_TRUE(w->commit());
    EXPECT_EQ(slurp(path),
              "\xEF\xBB\xBF"
              "เลขที่เรื่อง,ไฟฟ้าดับ\r\n");
}

TEST(CsvWriter, QuotesCommasQuotesAndNewlines) {
    EXPECT_EQ(CsvWriter::escape("a,b"), "\"a,b\"");
    EXPECT_EQ(CsvWriter::escape("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvWriter::escape("line1\nline2"), "\"line1\nline2\"");
    EXPECT_EQ(CsvWriter::escape("plain ไทย"), "plain ไทย");
}

TEST(CsvWriter, NeutralisesSpreadsheetFormulas) {
    EXPECT_EQ(CsvWriter::escape("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(CsvWriter::escape("+1"), "'+1");
    EXPECT_EQ(CsvWriter::escape("@SUM(A1)"), "'@SUM(A1)");
}

TEST(CsvWriter, AbandonedExportLeavesNoFileBehind) {
    std::string path = (siang::testing::test_dir("reports") / "out.csv").string();
    {
        auto w = CsvWriter::create(path);
        ASSERT_TRUE(w);
        w->row({"x"});
    }
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
}

TEST(CsvWriter, UnwritableFolderIsAnIoErrorNamingThePath) {
    auto w = CsvWriter::create("/nonexistent-folder/out.csv");
    ASSERT_FALSE(w);
    EXPECT_EQ(w.error().code, Errc::io_error);
    EXPECT_NE(w.error().detail.find("/nonexistent-folder/out.csv"), std::string::npos);
}

}  // namespace
}  // namespace siang::reports
