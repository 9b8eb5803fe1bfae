// Tests for CSV export files: BOM, quoting, formula neutralising, atomic replacement.
#include "reports/csv_writer.hpp"

#include "reports/case_export.hpp"

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

TEST(CsvWriter, RecordsAreCountedByTheirEndsNotByLineBreaksInsideQuotes) {
    std::string path = (siang::testing::test_dir("reports") / "count.csv").string();
    auto file = OutputFile::create(path);
    ASSERT_TRUE(file);
    CsvWriter w(*file);
    w.row({"เลขที่", "เรื่อง"});
    w.row({"2569-000001", "ไฟดับ\nสองบรรทัด \"ด่วน\""});
    w.row({"2569-000002", "ถนนชำรุด"});
    ASSERT_TRUE(w.finish());
    ASSERT_TRUE(file->commit());
    EXPECT_EQ(csv_record_count(slurp(path)), 2);
    EXPECT_EQ(csv_record_count("\xEF\xBB\xBFhead\r\n"), 0);
    EXPECT_EQ(csv_record_count("head\r\none"), 1);  // a last record without its line break
    EXPECT_EQ(csv_record_count(""), 0);
}

TEST(CsvWriter, StartsWithBomAndEndsRowsWithCrLf) {
    std::string path = (siang::testing::test_dir("reports") / "out.csv").string();
    auto file = OutputFile::create(path);
    ASSERT_TRUE(file);
    CsvWriter w(*file);
    w.row({"เลขที่เรื่อง", "ไฟฟ้าดับ"});
    ASSERT_TRUE(w.finish());
    ASSERT_TRUE(file->commit());
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
        auto file = OutputFile::create(path);
        ASSERT_TRUE(file);
        CsvWriter w(*file);
        w.row({"x"});
        ASSERT_TRUE(w.finish());
    }
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_EQ(
        std::distance(
            std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()), {}),
        0);
}

}  // namespace
}  // namespace siang::reports
