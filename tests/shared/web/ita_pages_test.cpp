// The ITA pages' statistics (issue 14 item 2, Tests a): the figures on the published page equal
// counts this test makes itself from the cases it filed, with dates injected across the
// fiscal-year boundary (30 Sep / 1 Oct) and the half-year boundary (31 Mar / 1 Apr); an empty
// month says "ไม่มีเรื่องร้องเรียน"; a corruption complaint changes counts and nothing else, and no
// detail of it appears on any page.
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "config/config.hpp"
#include "reports/ita_stats.hpp"
#include "shared/store/store_fixture.hpp"
#include "web/ita_site.hpp"

namespace siang::web {
namespace {

using store::testing::bangkok;

struct Row {
    long received = -1, completed = -1, in_progress = -1;
    std::string note;
    bool operator==(const Row&) const = default;
};

// The rows of the counts tables between `from` and `to` in `html`, by their first cell.
std::map<std::string, Row> rows_between(const std::string& html, std::string_view from,
                                        std::string_view to) {
    const auto a = html.find(from);
    const auto b = to.empty() ? html.size() : html.find(to, a);
    EXPECT_NE(a, std::string::npos) << from;
    EXPECT_NE(b, std::string::npos) << to;
    const std::string part = html.substr(a, b - a);
    static const std::regex row(
        R"(<tr><td>([^<]*)</td><td class="n">(\d+)</td><td class="n">(\d+)</td><td class="n">(\d+)</td><td>([^<]*)</td></tr>)");
    std::map<std::string, Row> out;
    for (std::sregex_iterator it(part.begin(), part.end(), row), end; it != end; ++it)
        out[(*it)[1]] = {std::stol((*it)[2]), std::stol((*it)[3]), std::stol((*it)[4]), (*it)[5]};
    if (out.empty()) ADD_FAILURE() << "no rows after " << from;
    return out;
}

// The row labelled `label`, or a failure naming it (and an empty row).
Row at(const std::map<std::string, Row>& rows, const std::string& label) {
    auto it = rows.find(label);
    if (it == rows.end()) {
        std::string have;
        for (const auto& [k, v] : rows) have += "[" + k + "] ";
        ADD_FAILURE() << "no row " << label << "; rows: " << have;
        return {};
    }
    return it->second;
}

// What the test filed, to count on its own: kind, Bangkok filing date, finished or not.
struct Filing {
    domain::Kind kind;
    std::chrono::year_month_day on;
    bool finished;
};

class ItaPages : public store::testing::StoreTest {
  protected:
    config::Config config = config::default_config();
    std::vector<Filing> filed;
    // The day after FY 2570: its last month is over, so no corruption complaint of it is
    // withheld from the public (store::corruption_month_withheld) and no label carries a " *".
    const domain::TimePoint now = bangkok(2027, 10, 1, 12, 0);

    void file(domain::Draft d, domain::TimePoint at, bool finish = false) {
        auto f = submit(d, at);
        if (finish) {
            const store::Viewer admin{"admin", true};
            domain::StatusChange review{domain::Status::in_review, at + std::chrono::hours{1},
                                        "admin", "", "", ""};
            domain::StatusChange resolve{domain::Status::resolved, at + std::chrono::hours{2},
                                         "admin", "", "แก้ไขแล้ว", ""};
            ASSERT_TRUE(store->change_status(f.number, review, admin));
            ASSERT_TRUE(store->change_status(f.number, resolve, admin));
        }
        filed.push_back({d.kind, domain::local_date(at), finish});
    }

    // Counts made here, from `filed`: those of `kind` filed from `first` to `last` (inclusive).
    Row expect(domain::Kind kind, std::chrono::year_month_day first,
               std::chrono::year_month_day last, std::string note = "") const {
        Row r{0, 0, 0, std::move(note)};
        for (const Filing& f : filed)
            if (f.kind == kind && f.on >= first && f.on <= last) {
                ++r.received;
                ++(f.finished ? r.completed : r.in_progress);
            }
        if (r.received == 0 && r.note.empty()) r.note = "ไม่มีเรื่องร้องเรียน";
        return r;
    }

    std::string page(ItaPage p, int fy, i18n::Lang lang = i18n::Lang::th) {
        auto report = reports::load_ita_report(
            *store, store::Viewer{.actor = "public", .may_see_confidential = false}, fy,
            config.directory, now);
        EXPECT_TRUE(report);
        return ita_page_html(p, {.config = &config, .report = &*report, .drawn_at = now,
                                 .lang = lang, .other_lang = true, .link_query = ""});
    }
};

using namespace std::chrono;
constexpr auto complaints = "<h2>เรื่องร้องเรียนทั่วไป</h2>";
constexpr auto corruption = "<h2>เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>";
constexpr auto after_tables = "<p class=\"note\">เรื่องร้องเรียนการทุจริต";

TEST_F(ItaPages, FiguresEqualTheTestsOwnCountsAcrossTheFiscalYearAndHalfYearBoundaries) {
    const auto complaint = domain::Kind::complaint;
    file(store::testing::road_complaint(), bangkok(2026, 9, 30, 23, 50));       // FY 2569, Sep
    file(store::testing::road_complaint(), bangkok(2026, 10, 1, 0, 10), true);  // FY 2570, Oct
    file(store::testing::road_complaint(), bangkok(2026, 10, 20), false);
    file(store::testing::road_complaint(), bangkok(2027, 3, 31, 23, 50), true);  // H1, Q2, Mar
    file(store::testing::road_complaint(), bangkok(2027, 4, 1, 0, 10));          // H2, Q3, Apr
    file(store::testing::corruption_complaint(), bangkok(2026, 11, 15));
    file(store::testing::corruption_complaint(), bangkok(2027, 4, 2), true);
    file(store::testing::streetlight_request(), bangkok(2026, 10, 5), true);  // not a complaint

    const std::string fy70 = page(ItaPage::complaint_statistics, 2570);
    const auto c = rows_between(fy70, complaints, corruption);
    const auto k = rows_between(fy70, corruption, after_tables);
    const auto d = [](int y, unsigned m, unsigned dd) { return year{y} / month{m} / day{dd}; };
    // Months (BE labels): October holds the complaint filed ten minutes into the fiscal year.
    EXPECT_EQ(at(c, "ต.ค. 2569"), expect(complaint, d(2026, 10, 1), d(2026, 10, 31)));
    EXPECT_EQ(at(c, "ต.ค. 2569").received, 2);
    EXPECT_EQ(at(c, "ธ.ค. 2569"), (Row{0, 0, 0, "ไม่มีเรื่องร้องเรียน"}));  // an empty month, stated
    EXPECT_EQ(at(c, "มี.ค. 2570"), expect(complaint, d(2027, 3, 1), d(2027, 3, 31)));
    EXPECT_EQ(at(c, "เม.ย. 2570"), expect(complaint, d(2027, 4, 1), d(2027, 4, 30)));
    EXPECT_EQ(at(c, "ก.ย. 2570"), (Row{0, 0, 0, "ไม่มีเรื่องร้องเรียน"}));
    // Quarters, halves (Oct–Mar, Apr–Sep) and the year.
    EXPECT_EQ(at(c, "ไตรมาสที่ 2 ปีงบประมาณ 2570"), expect(complaint, d(2027, 1, 1), d(2027, 3, 31)));
    EXPECT_EQ(at(c, "ไตรมาสที่ 3 ปีงบประมาณ 2570"), expect(complaint, d(2027, 4, 1), d(2027, 6, 30)));
    EXPECT_EQ(at(c, "ครึ่งปีแรก (ต.ค.–มี.ค.) ปีงบประมาณ 2570"),
              expect(complaint, d(2026, 10, 1), d(2027, 3, 31)));
    EXPECT_EQ(at(c, "ครึ่งปีแรก (ต.ค.–มี.ค.) ปีงบประมาณ 2570").received, 3);
    EXPECT_EQ(at(c, "ครึ่งปีหลัง (เม.ย.–ก.ย.) ปีงบประมาณ 2570"),
              expect(complaint, d(2027, 4, 1), d(2027, 9, 30)));
    EXPECT_EQ(at(c, "ปีงบประมาณ พ.ศ. 2570"), expect(complaint, d(2026, 10, 1), d(2027, 9, 30)));
    EXPECT_EQ(at(c, "ปีงบประมาณ พ.ศ. 2570").received, 4);  // not the one of 30 September
    EXPECT_EQ(c.size(), 12u + 4u + 2u + 1u);
    // Corruption complaints: counts by the same periods, nothing else.
    const auto cor = domain::Kind::corruption;
    EXPECT_EQ(at(k, "พ.ย. 2569"), expect(cor, d(2026, 11, 1), d(2026, 11, 30)));
    EXPECT_EQ(at(k, "เม.ย. 2570"), expect(cor, d(2027, 4, 1), d(2027, 4, 30)));
    EXPECT_EQ(at(k, "ต.ค. 2569"), (Row{0, 0, 0, "ไม่มีเรื่องร้องเรียน"}));
    EXPECT_EQ(at(k, "ปีงบประมาณ พ.ศ. 2570"), expect(cor, d(2026, 10, 1), d(2027, 9, 30)));
    EXPECT_EQ(at(k, "ปีงบประมาณ พ.ศ. 2570"), (Row{2, 1, 1, ""}));
    // The figures say when they were drawn (Bangkok time).
    EXPECT_NE(fy70.find("ข้อมูล ณ วันที่ 1 ต.ค. 2570 เวลา 12:00 น."), std::string::npos);

    // The year before holds the complaint of 30 September, 23:50, in its last month.
    const auto c69 = rows_between(page(ItaPage::complaint_statistics, 2569), complaints, corruption);
    EXPECT_EQ(at(c69, "ก.ย. 2569"), expect(complaint, d(2026, 9, 1), d(2026, 9, 30)));
    EXPECT_EQ(at(c69, "ก.ย. 2569").received, 1);
    EXPECT_EQ(at(c69, "ปีงบประมาณ พ.ศ. 2569"), (Row{1, 0, 1, ""}));

    // E-service requests by service: the streetlight request only, not the complaints.
    const std::string es = page(ItaPage::eservice_statistics, 2570);
    const auto fy_rows = rows_between(es, "<h2>ปีงบประมาณ พ.ศ. 2570</h2>", "<h2>ครึ่งปีแรก");
    EXPECT_EQ(at(fy_rows, "ซ่อมไฟฟ้าสาธารณะ").received, 1) << es;
    EXPECT_EQ(at(fy_rows, "รวม"), (Row{1, 1, 0, ""}));
    const auto h2_rows = rows_between(es, "<h2>ครึ่งปีหลัง", "</main>");
    EXPECT_EQ(at(h2_rows, "รวม"), (Row{0, 0, 0, "ไม่มีคำขอ"}));
}

TEST_F(ItaPages, ACorruptionComplaintChangesCountsOnlyAndNoDetailOfItAnywhere) {
    file(store::testing::road_complaint(), bangkok(2026, 10, 12));
    file(store::testing::streetlight_request(), bangkok(2026, 10, 13));
    auto all_pages = [this] {
        std::vector<std::string> out;
        for (i18n::Lang lang : {i18n::Lang::th, i18n::Lang::en})
            for (ItaPage p : all_ita_pages) out.push_back(page(p, 2570, lang));
        return out;
    };
    const auto before = all_pages();
    auto secret = store::testing::corruption_complaint();
    secret.subject = "นายสมปองรับเงินสินบนที่ห้องพัสดุ";
    secret.location = "ห้องพัสดุ อาคารสองชั้นหลังเก่า";
    file(secret, bangkok(2026, 10, 14));
    const auto after = all_pages();
    ASSERT_EQ(before.size(), after.size());
    // Only numbers in table cells and their notes may differ, and only on the statistics page.
    static const std::regex cells(R"(<td class="n">\d+</td>|<td>[^<]*</td></tr>)");
    int changed = 0;
    for (std::size_t i = 0; i < after.size(); ++i) {
        for (const std::string& text : {secret.subject, secret.details, secret.location,
                                        std::string("ห้องพัสดุ"), std::string("สินบน")})
            EXPECT_EQ(after[i].find(text), std::string::npos) << "page " << i << ": " << text;
        if (before[i] == after[i]) continue;
        ++changed;
        EXPECT_EQ(std::regex_replace(before[i], cells, "#"), std::regex_replace(after[i], cells, "#"));
    }
    EXPECT_EQ(changed, 2);  // the statistics page, Thai and English
    const auto k = rows_between(after[static_cast<std::size_t>(ItaPage::complaint_statistics)],
                                corruption, after_tables);
    EXPECT_EQ(at(k, "ต.ค. 2569"), (Row{1, 0, 1, ""}));
    const auto c = rows_between(after[static_cast<std::size_t>(ItaPage::complaint_statistics)],
                                complaints, corruption);
    EXPECT_EQ(at(c, "ต.ค. 2569"), (Row{1, 0, 1, ""}));  // the complaints are unchanged
}

TEST_F(ItaPages, ThePagesNameTheirFilesAndLinkOnlyToEachOther) {
    for (ItaPage p : all_ita_pages)
        for (i18n::Lang lang : {i18n::Lang::th, i18n::Lang::en}) {
            const auto parsed = parse_ita_page_file(ita_page_file(p, lang));
            ASSERT_TRUE(parsed);
            EXPECT_EQ(parsed->first, p);
            EXPECT_EQ(parsed->second, lang);
            const std::string html = page(p, 2570, lang);
            static const std::regex link(R"re(href="([^"]*)")re");
            for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it)
                EXPECT_TRUE(parse_ita_page_file((*it)[1].str())) << (*it)[1];
            EXPECT_NE(html.find(lang == i18n::Lang::th ? "<html lang=\"th\">" : "<html lang=\"en\">"),
                      std::string::npos);
            EXPECT_EQ(html.find("<script"), std::string::npos);
        }
    EXPECT_FALSE(parse_ita_page_file("../index.html"));
    EXPECT_FALSE(parse_ita_page_file("stats"));
}

}  // namespace
}  // namespace siang::web
