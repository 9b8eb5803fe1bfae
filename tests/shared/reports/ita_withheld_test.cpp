// Tests that a report missing this month's corruption complaints says so in every export.
#include <gtest/gtest.h>

#include <cstdio>

#include "reports/ita_csv.hpp"
#include "reports/ita_stats.hpp"
#include "reports/ita_summary_page.hpp"
#include "reports/ita_xlsx.hpp"
#include "shared/reports/write_file.hpp"
#include "shared/store/store_fixture.hpp"

namespace siang::reports {
namespace {

using namespace std::chrono;
using store::testing::bangkok;

constexpr std::string_view note_th = "ยังไม่รวมเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่รับในเดือน พ.ย. 2569";
constexpr std::string_view note_en =
    "do not include the corruption complaints filed in Nov 2569, the month in progress";

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

std::int64_t corruption_received(const PeriodStats& p) {
    for (const auto& b : p.by_kind)
        if (b.key == "corruption") return b.counts.received;
    return -1;
}

const PeriodStats& period(const ItaReport& r, std::string_view id) {
    for (const auto& p : r.periods)
        if (p.id == id) return p;
    throw std::runtime_error("no period " + std::string(id));
}

// A complaint and a corruption complaint filed in October 2026, and one of each on 20 November.
class Withheld : public store::testing::StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        submit(store::testing::road_complaint(), bangkok(2026, 10, 12));
        submit(store::testing::corruption_complaint(), bangkok(2026, 10, 14));
        submit(store::testing::road_complaint(), bangkok(2026, 11, 20));
        submit(store::testing::corruption_complaint(), bangkok(2026, 11, 20));
    }
    ItaReport load(const store::Viewer& viewer, domain::TimePoint now, int fy = 2570) {
        auto r = load_ita_report(*store, viewer, fy, domain::default_directory(), now);
        EXPECT_TRUE(r) << (r ? "" : r.error().detail);
        return r.value_or(ItaReport{});
    }
    std::string file(std::string_view name) { return (dir / name).string(); }
};

TEST_F(Withheld, ClerksReportNamesTheMonthInProgressWhoseCorruptionComplaintsItLacks) {
    ItaReport r = load(store::testing::clerk(), bangkok(2026, 11, 25));
    ASSERT_TRUE(r.corruption_withheld);
    EXPECT_EQ(*r.corruption_withheld, 2026y / November);
    EXPECT_EQ(corruption_received(period(r, "FY2570")), 1);  // October's only
    EXPECT_EQ(corruption_received(period(r, "2569-11")), 0);
    EXPECT_TRUE(lacks_withheld(r, period(r, "FY2570")));
    EXPECT_TRUE(lacks_withheld(r, period(r, "H1")));
    EXPECT_TRUE(lacks_withheld(r, period(r, "Q1")));
    EXPECT_TRUE(lacks_withheld(r, period(r, "2569-11")));
    EXPECT_FALSE(lacks_withheld(r, period(r, "2569-10")));
    EXPECT_FALSE(lacks_withheld(r, period(r, "Q2")));
    EXPECT_FALSE(lacks_withheld(r, period(r, "H2")));
    EXPECT_NE(withheld_note(r, i18n::Lang::th).find(note_th), std::string::npos)
        << withheld_note(r, i18n::Lang::th);
    EXPECT_NE(withheld_note(r, i18n::Lang::en).find(note_en), std::string::npos)
        << withheld_note(r, i18n::Lang::en);
}

TEST_F(Withheld, IntegrityOfficersReportHasEveryCorruptionComplaintAndNoNote) {
    ItaReport r = load(store::testing::integrity(), bangkok(2026, 11, 25));
    EXPECT_FALSE(r.corruption_withheld);
    EXPECT_EQ(corruption_received(period(r, "FY2570")), 2);
    EXPECT_FALSE(lacks_withheld(r, period(r, "FY2570")));
    EXPECT_EQ(withheld_note(r, i18n::Lang::th), "");
}

TEST_F(Withheld, OnceTheMonthIsOverItsCorruptionComplaintsAreCountedAndOnlyTheNewMonthIsMarked) {
    ItaReport r = load(store::testing::clerk(), bangkok(2026, 12, 1, 0, 5));
    ASSERT_TRUE(r.corruption_withheld);
    EXPECT_EQ(*r.corruption_withheld, 2026y / December);
    EXPECT_EQ(corruption_received(period(r, "FY2570")), 2);
    EXPECT_EQ(corruption_received(period(r, "2569-11")), 1);
    EXPECT_FALSE(lacks_withheld(r, period(r, "2569-11")));
    EXPECT_TRUE(lacks_withheld(r, period(r, "2569-12")));
    EXPECT_NE(withheld_note(r, i18n::Lang::en).find("filed in Dec 2569"), std::string::npos);
}

TEST_F(Withheld, ClerksReportOfTheNextFiscalYearHasNoNote) {
    ItaReport r = load(store::testing::clerk(), bangkok(2026, 11, 25), 2571);
    EXPECT_FALSE(r.corruption_withheld);
}

TEST_F(Withheld, ClerksReportOfAnEarlierFiscalYearHasNoNote) {
    submit(store::testing::corruption_complaint(), bangkok(2026, 9, 3));
    ItaReport r = load(store::testing::clerk(), bangkok(2026, 11, 25), 2569);
    EXPECT_FALSE(r.corruption_withheld);
    EXPECT_EQ(corruption_received(period(r, "FY2569")), 1);
}

TEST_F(Withheld, CsvMarksTheAffectedPeriodsAndEndsWithTheNoteRow) {
    ItaReport r = load(store::testing::clerk(), bangkok(2026, 11, 25));
    ASSERT_TRUE(testing::write_file(
        file("th.csv"), [&](OutputFile& f) { return write_ita_csv(r, f, i18n::Lang::th); }));
    std::string th = store::testing::slurp(dir / "th.csv");
    EXPECT_TRUE(th.starts_with("\xEF\xBB\xBF"));
    EXPECT_NE(th.find("FY2570,ปีงบประมาณ พ.ศ. 2570 *,"), std::string::npos) << th;
    EXPECT_NE(th.find("2569-11,พ.ย. 2569 *,"), std::string::npos);
    EXPECT_NE(th.find("2569-10,ต.ค. 2569,"), std::string::npos);
    EXPECT_NE(th.find("หมายเหตุ,"), std::string::npos);
    EXPECT_NE(th.find(note_th), std::string::npos);
    ASSERT_TRUE(testing::write_file(
        file("en.csv"), [&](OutputFile& f) { return write_ita_csv(r, f, i18n::Lang::en); }));
    std::string en = store::testing::slurp(dir / "en.csv");
    EXPECT_NE(en.find("Note,"), std::string::npos) << en;
    EXPECT_NE(en.find(note_en), std::string::npos);
    EXPECT_TRUE(en.ends_with("\r\n"));
}

TEST_F(Withheld, IntegrityOfficersCsvHasNoNoteAndNoMarks) {
    ItaReport r = load(store::testing::integrity(), bangkok(2026, 11, 25));
    ASSERT_TRUE(testing::write_file(
        file("full.csv"), [&](OutputFile& f) { return write_ita_csv(r, f, i18n::Lang::th); }));
    std::string csv = store::testing::slurp(dir / "full.csv");
    EXPECT_EQ(csv.find("หมายเหตุ"), std::string::npos);
    EXPECT_EQ(csv.find(" *"), std::string::npos);
    EXPECT_NE(csv.find("FY2570,ปีงบประมาณ พ.ศ. 2570,"), std::string::npos) << csv;
}

TEST_F(Withheld, WorkbookStatesTheNoteOnEverySheetAndMarksTheAffectedPeriods) {
    ItaReport r = load(store::testing::clerk(), bangkok(2026, 11, 25));
    ASSERT_TRUE(testing::write_file(
        file("th.xlsx"), [&](OutputFile& f) { return write_ita_xlsx(r, f, i18n::Lang::th); }));
    std::string strings = xlsx_part(file("th.xlsx"), "xl/sharedStrings.xml");
    EXPECT_NE(strings.find(note_th), std::string::npos) << strings;
    EXPECT_NE(strings.find("ปีงบประมาณ พ.ศ. 2570 *"), std::string::npos);
    // Every sheet has a cell holding the note (a shared string, by its index).
    std::size_t index = 0;
    for (auto at = strings.find("<si>"); at < strings.find(note_th);
         at = strings.find("<si>", at + 1))
        ++index;
    const std::string cell = "t=\"s\"><v>" + std::to_string(index - 1) + "</v>";
    for (const char* sheet : {"sheet1", "sheet2", "sheet3"}) {
        std::string xml =
            xlsx_part(file("th.xlsx"), std::string("xl/worksheets/") + sheet + ".xml");
        EXPECT_NE(xml.find(cell), std::string::npos) << sheet << " " << cell << "\n" << xml;
    }
    ASSERT_TRUE(testing::write_file(
        file("en.xlsx"), [&](OutputFile& f) { return write_ita_xlsx(r, f, i18n::Lang::en); }));
    EXPECT_NE(xlsx_part(file("en.xlsx"), "xl/sharedStrings.xml").find(note_en), std::string::npos);
    ItaReport full = load(store::testing::integrity(), bangkok(2026, 11, 25));
    ASSERT_TRUE(testing::write_file(
        file("full.xlsx"), [&](OutputFile& f) { return write_ita_xlsx(full, f, i18n::Lang::th); }));
    strings = xlsx_part(file("full.xlsx"), "xl/sharedStrings.xml");
    EXPECT_EQ(strings.find("ยังไม่รวมเรื่องร้องเรียนการทุจริต"), std::string::npos);
    EXPECT_EQ(strings.find(" *"), std::string::npos);
}

TEST_F(Withheld, PrintablePageStatesTheNoteUnderTheHeadingAndMarksTheAffectedPeriods) {
    ItaReport r = load(store::testing::clerk(), bangkok(2026, 11, 25));
    std::string th = ita_summary_html(r, "เทศบาลตำบลตัวอย่าง", "25 พ.ย. 2569", i18n::Lang::th);
    const auto note = th.find(note_th);
    ASSERT_NE(note, std::string::npos) << th;
    EXPECT_LT(note, th.find("<h2>"));  // before the first table, not lost at the bottom
    EXPECT_NE(th.find("<h2>ปีงบประมาณ พ.ศ. 2570 *</h2>"), std::string::npos);
    EXPECT_NE(th.find("<h2>ไตรมาสที่ 2 ปีงบประมาณ 2570</h2>"), std::string::npos);
    std::string en = ita_summary_html(r, "Example", "25 Nov 2569", i18n::Lang::en);
    EXPECT_NE(en.find(note_en), std::string::npos);
    ItaReport full = load(store::testing::integrity(), bangkok(2026, 11, 25));
    std::string clean = ita_summary_html(full, "เทศบาลตำบลตัวอย่าง", "25 พ.ย. 2569", i18n::Lang::th);
    EXPECT_EQ(clean.find("ยังไม่รวมเรื่องร้องเรียนการทุจริต"), std::string::npos);
    EXPECT_EQ(clean.find(" *<"), std::string::npos);
}

}  // namespace
}  // namespace siang::reports
