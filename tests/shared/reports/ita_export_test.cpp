// Tests for the ITA workbook and printable page: they exist, hold the numbers, escape text.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "reports/ita_summary_page.hpp"
#include "reports/ita_xlsx.hpp"
#include "shared/reports/write_file.hpp"
#include "support/test_dir.hpp"

namespace siang::reports {
namespace {

ItaReport sample() {
    std::vector<store::StatsRow> rows{
        {2025, 11, domain::Kind::complaint, "", "clerk", domain::Status::resolved, 7},
        {2026, 5, domain::Kind::corruption, "", "finance", domain::Status::in_review, 3},
    };
    return build_ita_report(2569, rows, domain::default_directory());
}

// The XML of one part of an .xlsx (a zip), read with Python's zipfile as an independent reader.
std::string xlsx_part(const std::string& path, const std::string& part) {
    std::string cmd =
        "/usr/bin/python3 -c \"import sys, zipfile; "
        "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())\" '" +
        path + "' '" + part + "'";
    std::string out;
    FILE* p = ::popen(cmd.c_str(), "r");
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
    return out;
}

TEST(ItaXlsx, WorkbookHasThreeThaiNamedSheetsAndTheCounts) {
    std::string path = (siang::testing::test_dir("reports") / "ita.xlsx").string();
    ASSERT_TRUE(testing::write_file(
        path, [](OutputFile& f) { return write_ita_xlsx(sample(), f, i18n::Lang::th); }));
    std::string workbook = xlsx_part(path, "xl/workbook.xml");
    EXPECT_NE(workbook.find("แยกตามประเภทเรื่อง"), std::string::npos) << workbook;
    EXPECT_NE(workbook.find("แยกตามหน่วยงาน"), std::string::npos);
    std::string kinds = xlsx_part(path, "xl/worksheets/sheet1.xml");
    EXPECT_NE(kinds.find("<v>7</v>"), std::string::npos);
    EXPECT_NE(kinds.find("<v>10</v>"), std::string::npos);  // fiscal-year total
    std::string strings = xlsx_part(path, "xl/sharedStrings.xml");
    EXPECT_NE(strings.find("ร้องเรียนการทุจริตและประพฤติมิชอบ"), std::string::npos);
}

TEST(ItaXlsx, UnwritablePathIsAnIoError) {
    auto r = testing::write_file("/nonexistent-folder/ita.xlsx", [](OutputFile& f) {
        return write_ita_xlsx(sample(), f, i18n::Lang::en);
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::io_error);
}

TEST(ItaSummaryPage, ShowsEveryPeriodAndExplainsCorruptionCounts) {
    std::string html =
        ita_summary_html(sample(), "เทศบาลตำบลตัวอย่าง", "25 พ.ย. 2569", i18n::Lang::th);
    EXPECT_NE(html.find("<html lang=\"th\">"), std::string::npos);
    EXPECT_NE(html.find("เทศบาลตำบลตัวอย่าง"), std::string::npos);
    EXPECT_NE(html.find("ไตรมาสที่ 4 ปีงบประมาณ 2569"), std::string::npos);
    EXPECT_NE(html.find("ครึ่งปีหลัง (เม.ย.–ก.ย.) ปีงบประมาณ 2569"), std::string::npos);
    EXPECT_NE(html.find("แสดงเป็นจำนวนเท่านั้น"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST(ItaSummaryPage, EscapesConfiguredNames) {
    std::string html = ita_summary_html(sample(), "<b>\"x\" & 'y'</b>", "", i18n::Lang::en);
    EXPECT_NE(html.find("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"), std::string::npos);
    EXPECT_EQ(html.find("<b>\"x\""), std::string::npos);
}

}  // namespace
}  // namespace siang::reports
