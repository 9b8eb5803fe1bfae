// Bulk import of case histories (siang demo): numbering in time order, replayed workflow.
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

using domain::CaseNumber;
using domain::Status;

class Import : public StoreTest {};

domain::CaseHistory history(domain::Draft d, domain::TimePoint at,
                            std::vector<domain::StatusChange> changes = {}) {
    return domain::CaseHistory{std::move(d), at, std::move(changes)};
}

TEST_F(Import, NumbersPerFiscalYearInFilingOrderWhateverTheInputOrder) {
    const std::vector<domain::CaseHistory> cases{
        history(road_complaint(), bangkok(2026, 10, 2)),             // fiscal 2570, second
        history(suggestion(), bangkok(2026, 9, 30, 23, 59)),         // fiscal 2569, second
        history(streetlight_request(), bangkok(2026, 10, 1, 0, 1)),  // fiscal 2570, first
        history(suggestion(), bangkok(2025, 10, 1, 8)),              // fiscal 2569, first
    };
    auto n = store->import_cases(cases);
    ASSERT_TRUE(n) << error_name(n.error().code) << " " << n.error().detail;
    EXPECT_EQ(*n, 4u);
    Query q;
    q.sort = Sort::oldest;
    auto page = store->list(q, integrity());
    ASSERT_TRUE(page);
    ASSERT_EQ(page->rows.size(), 4u);
    EXPECT_EQ(page->rows[0].number, (CaseNumber{2569, 1}));
    EXPECT_EQ(page->rows[0].filed_at, bangkok(2025, 10, 1, 8));
    EXPECT_EQ(page->rows[1].number, (CaseNumber{2569, 2}));
    EXPECT_EQ(page->rows[2].number, (CaseNumber{2570, 1}));
    EXPECT_EQ(page->rows[2].service, "streetlight");
    EXPECT_EQ(page->rows[3].number, (CaseNumber{2570, 2}));
    // A kiosk filing afterwards continues the fiscal year's numbering.
    EXPECT_EQ(submit(suggestion(), bangkok(2026, 10, 3)).number, (CaseNumber{2570, 3}));
}

TEST_F(Import, ReplaysStatusChangesWithRepliesAndSearchText) {
    const auto at = bangkok(2026, 11, 1, 9);
    const std::vector<domain::CaseHistory> cases{history(
        road_complaint(), at,
        {{Status::in_review, at + std::chrono::hours(2), "staff1", "ตรวจแล้ว", "รับเรื่องแล้ว", ""},
         {Status::in_progress, at + std::chrono::hours(30), "staff1", "", "", ""},
         {Status::resolved, at + std::chrono::hours(80), "staff2", "", "ซ่อมถนนเรียบร้อย", ""}})};
    ASSERT_TRUE(store->import_cases(cases));
    auto c = store->get_case({2570, 1}, clerk());
    ASSERT_TRUE(c);
    EXPECT_EQ(c->status, Status::resolved);
    ASSERT_EQ(c->history.size(), 4u);
    EXPECT_EQ(c->history[3].public_reply, "ซ่อมถนนเรียบร้อย");
    EXPECT_EQ(c->history[3].actor, "staff2");
    Query q;
    q.search = "ชำรุด";
    auto page = store->list(q, clerk());
    ASSERT_TRUE(page);
    ASSERT_EQ(page->rows.size(), 1u);
    auto audit = store->verify_audit();
    ASSERT_TRUE(audit);
    EXPECT_TRUE(audit->ok());
}

TEST_F(Import, IllegalHistoryIsRefused) {
    const auto at = bangkok(2026, 11, 1);
    const std::vector<domain::CaseHistory> cases{
        history(suggestion(), at, {{Status::resolved, at, "staff1", "", "", ""}})};
    auto r = store->import_cases(cases);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::illegal_transition);
    auto page = store->list({}, integrity());
    ASSERT_TRUE(page);
    EXPECT_TRUE(page->rows.empty());
}

TEST_F(Import, ManyRecordsSpanningBatchesAreAllNumberedWithoutGaps) {
    std::vector<domain::CaseHistory> cases;
    for (int i = 0; i < 25000; ++i)
        cases.push_back(history(i % 2 ? road_complaint() : suggestion(),
                                bangkok(2026, 10, 5) + std::chrono::minutes(25000 - i)));
    auto n = store->import_cases(cases);
    ASSERT_TRUE(n);
    EXPECT_EQ(*n, 25000u);
    Query q;
    q.count_total = true;
    q.limit = 1;
    auto page = store->list(q, integrity());
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 25000u);
    EXPECT_EQ(page->rows[0].number, (CaseNumber{2570, 25000}));
    EXPECT_EQ(page->rows[0].filed_at, bangkok(2026, 10, 5) + std::chrono::minutes(25000));
}

}  // namespace
}  // namespace siang::store::testing
