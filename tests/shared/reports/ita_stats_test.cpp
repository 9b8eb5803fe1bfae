// Tests for the ITA statistics: periods, fiscal-year boundaries, explicit zeros, confidentiality.
#include "reports/ita_stats.hpp"

#include <gtest/gtest.h>

namespace siang::reports {
namespace {

using domain::Kind;
using domain::Status;

store::StatsRow row(int year, int month, Kind kind, const char* service, const char* division,
                    Status status, std::int64_t count) {
    return {year, month, kind, service, division, status, count};
}

const PeriodStats& period(const ItaReport& r, std::string_view id) {
    for (const auto& p : r.periods)
        if (p.id == id) return p;
    throw std::runtime_error("no period " + std::string(id));
}

const Breakdown& item(const std::vector<Breakdown>& list, std::string_view key) {
    for (const auto& b : list)
        if (b.key == key) return b;
    throw std::runtime_error("no breakdown " + std::string(key));
}

// Fiscal year 2569 = October 2025 – September 2026.
std::vector<store::StatsRow> fixed_data() {
    return {
        row(2025, 9, Kind::eservice, "waste", "clerk", Status::resolved, 7),  // FY 2568: ignored
        row(2025, 10, Kind::eservice, "streetlight", "works", Status::resolved, 3),  // Q1, H1
        row(2025, 10, Kind::eservice, "streetlight", "works", Status::in_progress, 2),
        row(2026, 1, Kind::complaint, "", "clerk", Status::rejected, 1),       // Q2, H1
        row(2026, 3, Kind::corruption, "", "finance", Status::in_review, 2),   // Q2, H1
        row(2026, 4, Kind::suggestion, "", "", Status::received, 4),           // Q3, H2
        row(2026, 9, Kind::eservice, "water", "works", Status::forwarded, 5),  // Q4, H2, last month
        row(2026, 10, Kind::eservice, "water", "works", Status::received, 9),  // FY 2570: ignored
    };
}

TEST(ItaStats, HasFiscalYearHalvesQuartersAndTwelveMonthsInOrder) {
    auto r = build_ita_report(2569, {}, domain::default_directory());
    ASSERT_EQ(r.periods.size(), 1u + 2 + 4 + 12);
    EXPECT_EQ(r.periods[0].id, "FY2569");
    EXPECT_EQ(r.periods[1].id, "H1");
    EXPECT_EQ(r.periods[7].id, "2568-10");  // October 2025 is October BE 2568
    EXPECT_EQ(r.periods[18].id, "2569-09");
    EXPECT_EQ(r.periods[7].name_th, "ต.ค. 2568");
}

TEST(ItaStats, CountsOnlyTheFiscalYearAcrossThe30SeptemberBoundary) {
    auto r = build_ita_report(2569, fixed_data(), domain::default_directory());
    const auto& fy = period(r, "FY2569");
    EXPECT_EQ(fy.total.received, 3 + 2 + 1 + 2 + 4 + 5);
    EXPECT_EQ(fy.total.completed, 3 + 1 + 5);  // resolved, rejected, forwarded
    EXPECT_EQ(fy.total.in_progress, 2 + 2 + 4);
}

TEST(ItaStats, SplitsHalvesOctoberToMarchAndAprilToSeptember) {
    auto r = build_ita_report(2569, fixed_data(), domain::default_directory());
    EXPECT_EQ(period(r, "H1").total.received, 3 + 2 + 1 + 2);
    EXPECT_EQ(period(r, "H2").total.received, 4 + 5);
    EXPECT_EQ(period(r, "Q1").total.received, 5);
    EXPECT_EQ(period(r, "Q2").total.received, 3);
    EXPECT_EQ(period(r, "Q3").total.received, 4);
    EXPECT_EQ(period(r, "Q4").total.received, 5);
    EXPECT_EQ(period(r, "2569-09").total.completed, 5);
}

TEST(ItaStats, EmptyPeriodListsEveryKindWithExplicitZero) {
    auto r = build_ita_report(2569, fixed_data(), domain::default_directory());
    const auto& feb = period(r, "2569-02");
    EXPECT_EQ(feb.total.received, 0);
    ASSERT_EQ(feb.by_kind.size(), 4u);
    for (const auto& b : feb.by_kind) {
        EXPECT_EQ(b.counts.received, 0) << b.key;
        EXPECT_FALSE(b.name_th.empty());
    }
    EXPECT_EQ(feb.by_service.size(), domain::default_directory().services.size());
}

TEST(ItaStats, CorruptionComplaintsAreCountedByKindButNeverBrokenDownByDivision) {
    auto r = build_ita_report(2569, fixed_data(), domain::default_directory());
    const auto& fy = period(r, "FY2569");
    EXPECT_EQ(item(fy.by_kind, "corruption").counts.received, 2);
    EXPECT_EQ(item(fy.by_kind, "corruption").counts.in_progress, 2);
    EXPECT_EQ(item(fy.by_division, "finance").counts.received, 0);
}

TEST(ItaStats, BreaksDownByServiceAndDivisionWithANoneRowWhenNeeded) {
    auto r = build_ita_report(2569, fixed_data(), domain::default_directory());
    const auto& fy = period(r, "FY2569");
    EXPECT_EQ(item(fy.by_service, "streetlight").counts.received, 5);
    EXPECT_EQ(item(fy.by_service, "water").counts.completed, 5);
    EXPECT_EQ(item(fy.by_service, "").counts.received, 1 + 4);
    EXPECT_EQ(item(fy.by_division, "works").counts.received, 10);
    EXPECT_EQ(item(fy.by_division, "").name_en, "(no division yet)");
}

}  // namespace
}  // namespace siang::reports
