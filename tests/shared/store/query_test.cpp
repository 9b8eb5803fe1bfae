// The staff queue: filters, sorting, paging, Thai search, statistics and confidential exclusion.
#include <gtest/gtest.h>

#include <algorithm>

#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

using domain::CaseNumber;
using domain::Kind;
using domain::Status;
using namespace std::chrono;

// A small queue: a road complaint, a streetlight request, a suggestion and a corruption
// complaint, filed a day apart in that order.
class Queue : public StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        road = submit(road_complaint(), bangkok(2026, 11, 1));
        light = submit(streetlight_request(), bangkok(2026, 11, 2));
        idea = submit(suggestion(), bangkok(2026, 11, 3));
        bribe = submit(corruption_complaint(), bangkok(2026, 11, 4));
    }

    std::vector<CaseNumber> numbers(const Query& q, const Viewer& v) {
        auto page = store->list(q, v);
        EXPECT_TRUE(page) << error_name(page.error().code) << " " << page.error().detail;
        std::vector<CaseNumber> out;
        if (page)
            for (const auto& r : page->rows) out.push_back(r.number);
        return out;
    }

    std::vector<CaseNumber> search(const std::string& text, const Viewer& v) {
        Query q;
        q.search = text;
        return numbers(q, v);
    }

    Filed road, light, idea, bribe;
};

TEST_F(Queue, NewestFirstByDefaultAndOldestOnRequest) {
    EXPECT_EQ(numbers({}, integrity()),
              (std::vector{bribe.number, idea.number, light.number, road.number}));
    Query q;
    q.sort = Sort::oldest;
    EXPECT_EQ(numbers(q, integrity()),
              (std::vector{road.number, light.number, idea.number, bribe.number}));
}

TEST_F(Queue, FiltersByKindStatusDivisionAndService) {
    Query q;
    q.kind = Kind::complaint;
    EXPECT_EQ(numbers(q, clerk()), (std::vector{road.number}));
    q = {};
    q.service = "streetlight";
    EXPECT_EQ(numbers(q, clerk()), (std::vector{light.number}));
    q = {};
    q.division = "works";
    EXPECT_EQ(numbers(q, clerk()), (std::vector{light.number, road.number}));
    ASSERT_TRUE(
        store->change_status(light.number, {Status::in_review, {}, "staff1", "", "", ""}, clerk()));
    q = {};
    q.status = Status::in_review;
    EXPECT_EQ(numbers(q, clerk()), (std::vector{light.number}));
}

TEST_F(Queue, FiltersByLocalFilingDateInclusive) {
    Query q;
    q.from = 2026y / November / 2d;
    q.to = 2026y / November / 3d;
    EXPECT_EQ(numbers(q, integrity()), (std::vector{idea.number, light.number}));
}

TEST_F(Queue, OverdueOnlyListsOpenItemsPastTheirDueDate) {
    // As of 10 Nov: the streetlight request (due 9 Nov) is overdue; the others are due later.
    Query q;
    q.overdue_only = true;
    q.as_of = bangkok(2026, 11, 10);
    EXPECT_EQ(numbers(q, integrity()), (std::vector{light.number}));
    // Resolved items are never overdue.
    ASSERT_TRUE(
        store->change_status(light.number, {Status::in_review, {}, "s", "", "", ""}, clerk()));
    ASSERT_TRUE(
        store->change_status(light.number, {Status::resolved, {}, "s", "", "ซ่อมแล้ว", ""}, clerk()));
    EXPECT_TRUE(numbers(q, integrity()).empty());
}

TEST_F(Queue, RowsCarryDueDateAndOverdueFlag) {
    Query q;
    q.as_of = bangkok(2026, 11, 10);
    q.sort = Sort::due_soonest;
    auto page = store->list(q, clerk());
    ASSERT_TRUE(page);
    ASSERT_EQ(page->rows.size(), 3u);
    EXPECT_EQ(page->rows[0].number, light.number);
    EXPECT_TRUE(page->rows[0].overdue);
    EXPECT_EQ(page->rows[0].due_date, year_month_day{2026y / November / 9d});
    EXPECT_EQ(page->rows[0].subject, streetlight_request().subject);
    EXPECT_FALSE(page->rows[1].overdue);
}

TEST_F(Queue, PagesWithLimitOffsetAndCountsOnlyWhenAsked) {
    Query q;
    q.limit = 2;
    auto first = store->list(q, integrity());
    ASSERT_TRUE(first);
    EXPECT_EQ(first->rows.size(), 2u);
    EXPECT_FALSE(first->total);
    q.offset = 2;
    q.count_total = true;
    auto second = store->list(q, integrity());
    ASSERT_TRUE(second);
    ASSERT_EQ(second->rows.size(), 2u);
    EXPECT_EQ(second->rows[1].number, road.number);
    EXPECT_EQ(second->total, 4u);
}

TEST_F(Queue, ThaiWordFindsRecordWhoseSubjectRunsWordsTogether) {
    EXPECT_EQ(search("ถนน", clerk()), (std::vector{light.number, road.number}));
    EXPECT_EQ(search("ชำรุด", clerk()), (std::vector{road.number}));
    EXPECT_EQ(search("ถนน ชำรุด", clerk()), (std::vector{road.number}));
    EXPECT_EQ(search("เสาไฟ", clerk()), (std::vector{light.number}));
    EXPECT_TRUE(search("สะพาน", clerk()).empty());
}

TEST_F(Queue, SearchCombinesWithFilters) {
    Query q;
    q.search = "ถนน";
    q.kind = Kind::eservice;
    EXPECT_EQ(numbers(q, clerk()), (std::vector{light.number}));
}

TEST_F(Queue, SearchSyntaxInInputIsTakenAsPlainText) {
    for (const std::string& hostile :
         {std::string("\" OR * NEAR("), std::string("\""), std::string("ถนน\" OR \"ไฟ"),
          std::string("*"), std::string("body:ถนน"), std::string("NOT ถนน"), std::string("(("),
          std::string("ถนน AND"), std::string("^ถนน"), std::string("'; DROP TABLE cases;--")}) {
        Query q;
        q.search = hostile;
        auto page = store->list(q, clerk());
        EXPECT_TRUE(page) << hostile << ": " << error_name(page.error().code) << " "
                          << page.error().detail;
    }
    // An operator word is an ordinary word: nothing contains "NEAR", so nothing matches.
    EXPECT_TRUE(search("NEAR", clerk()).empty());
    // A blank search is no search.
    EXPECT_EQ(search("   ", clerk()).size(), 3u);
}

TEST_F(Queue, CorruptionComplaintsAreHiddenFromListSearchAndCount) {
    Query q;
    q.count_total = true;
    auto page = store->list(q, clerk());
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 3u);
    for (const auto& r : page->rows) EXPECT_NE(r.kind, Kind::corruption);
    q.kind = Kind::corruption;
    page = store->list(q, clerk());
    ASSERT_TRUE(page);
    EXPECT_TRUE(page->rows.empty());
    EXPECT_EQ(page->total, 0u);
    EXPECT_TRUE(search("เรียกรับเงิน", clerk()).empty());
    EXPECT_EQ(search("เรียกรับเงิน", integrity()), (std::vector{bribe.number}));
}

TEST_F(Queue, CorruptionComplaintIsNotFoundForClerkAndItsReadIsAudited) {
    auto hidden = store->get_case(bribe.number, clerk());
    ASSERT_FALSE(hidden);
    EXPECT_EQ(hidden.error().code, Errc::not_found);
    auto before = store->verify_audit();
    ASSERT_TRUE(before);
    auto seen = store->get_case(bribe.number, integrity());
    ASSERT_TRUE(seen);
    EXPECT_EQ(seen->filed.details, corruption_complaint().details);
    auto after = store->verify_audit();
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->ok());
    EXPECT_EQ(after->rows, before->rows + 1);
    // Reading an ordinary case is not an audited event.
    ASSERT_TRUE(store->get_case(road.number, integrity()));
    EXPECT_EQ(store->verify_audit()->rows, after->rows);
}

TEST_F(Queue, ClerkCannotChangeCorruptionComplaintStatus) {
    auto r =
        store->change_status(bribe.number, {Status::in_review, {}, "clerk1", "", "", ""}, clerk());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::not_found);
}

TEST_F(Queue, ExportWalkSkipsCorruptionComplaintsForClerk) {
    std::vector<CaseNumber> seen;
    ASSERT_TRUE(store->for_each_case({}, clerk(), [&](const ListRow& r) {
        seen.push_back(r.number);
        return true;
    }));
    EXPECT_EQ(seen, (std::vector{idea.number, light.number, road.number}));
    seen.clear();
    ASSERT_TRUE(store->for_each_case({}, integrity(), [&](const ListRow& r) {
        seen.push_back(r.number);
        return seen.size() < 2;  // stopping early is honoured
    }));
    EXPECT_EQ(seen, (std::vector{bribe.number, idea.number}));
}

TEST_F(Queue, StatsCountCorruptionButHideItsDetailFromClerk) {
    const auto from = 2026y / November / 1d;
    const auto to = 2026y / November / 30d;
    auto rows = store->stats_rows(from, to, clerk(), bangkok(2026, 12, 1));  // November is over
    ASSERT_TRUE(rows);
    std::int64_t total = 0;
    for (const auto& r : *rows) {
        total += r.count;
        EXPECT_EQ(r.year, 2026);
        EXPECT_EQ(r.month, 11);
        if (r.kind == Kind::corruption) {
            EXPECT_EQ(r.count, 1);
            EXPECT_EQ(r.division, "");
            EXPECT_EQ(r.service, "");
        }
    }
    EXPECT_EQ(total, 4);
    auto full = store->stats_rows(from, to, integrity());
    ASSERT_TRUE(full);
    auto it = std::find_if(full->begin(), full->end(),
                           [](const StatsRow& r) { return r.kind == Kind::corruption; });
    ASSERT_NE(it, full->end());
    EXPECT_EQ(it->division, "clerk");
}

TEST_F(Queue, StatsGroupByLocalMonthAndStatus) {
    // 31 Oct 2026 23:30 Bangkok is still October locally (16:30 UTC).
    submit(suggestion(), bangkok(2026, 10, 31, 23, 30));
    ASSERT_TRUE(
        store->change_status(idea.number, {Status::in_review, {}, "s", "", "", ""}, clerk()));
    auto rows = store->stats_rows(2026y / October / 1d, 2026y / November / 30d, integrity());
    ASSERT_TRUE(rows);
    std::int64_t october = 0, in_review = 0;
    for (const auto& r : *rows) {
        if (r.month == 10) october += r.count;
        if (r.status == Status::in_review) in_review += r.count;
    }
    EXPECT_EQ(october, 1);
    EXPECT_EQ(in_review, 1);
}

}  // namespace
}  // namespace siang::store::testing
