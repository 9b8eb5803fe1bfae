// Tests of office/console/queue_model: queue state → store queries, paging, search, roles.
#include "office/console/queue_model.hpp"

#include <set>

#include "console_fixture.hpp"

namespace siang::office {
namespace {

using testing::ConsoleTest;

TEST(QueueModelQuery, CarriesFiltersSortAndPageIntoTheStoreQuery) {
    QueueModel q;
    QueueFilters f;
    f.kind = domain::Kind::complaint;
    f.status = domain::Status::in_review;
    f.division = "works";
    f.service = "waste";
    f.overdue_only = true;
    f.search = "ถนน";
    f.from = std::chrono::year_month_day{std::chrono::year{2026} / 10 / 1};
    q.set_filters(f);
    q.set_sort(store::Sort::due_soonest);
    const auto query = q.query();
    EXPECT_EQ(query.kind, domain::Kind::complaint);
    EXPECT_EQ(query.status, domain::Status::in_review);
    EXPECT_EQ(query.division, "works");
    EXPECT_EQ(query.service, "waste");
    EXPECT_TRUE(query.overdue_only);
    EXPECT_EQ(query.search, "ถนน");
    EXPECT_EQ(query.from, f.from);
    EXPECT_EQ(query.sort, store::Sort::due_soonest);
    // One row more than a page, to know whether a next page exists without counting.
    EXPECT_EQ(query.limit, QueueModel::page_size + 1);
    EXPECT_EQ(query.offset, 0);
    EXPECT_FALSE(query.count_total);
}

TEST(QueueModelQuery, NewFiltersStartAgainAtTheFirstPage) {
    QueueModel q;
    QueueFilters f;
    f.search = "ไฟ";
    q.set_filters(f);
    EXPECT_TRUE(q.stale());
    f.search = "ไฟฟ้า";
    q.set_filters(f);
    EXPECT_EQ(q.query().offset, 0);
    EXPECT_EQ(q.page(), 0);
}

TEST_F(ConsoleTest, PagesThroughTheQueueWithoutGapsOrRepeats) {
    for (int i = 0; i < 120; ++i)
        file(domain::Kind::suggestion, "ข้อเสนอที่ " + std::to_string(i), "รายละเอียดข้อเสนอ");
    QueueModel q;
    const auto viewer = staff::viewer_for(clerk.username, clerk.role);
    std::set<std::string> seen;
    std::vector<std::size_t> sizes;
    for (;;) {
        ASSERT_TRUE(q.refresh(client(), viewer, now));
        sizes.push_back(q.rows().size());
        for (const auto& r : q.rows()) EXPECT_TRUE(seen.insert(r.number.str()).second);
        if (!q.has_next_page()) break;
        q.next_page();
        EXPECT_TRUE(q.stale());
    }
    EXPECT_EQ(sizes, (std::vector<std::size_t>{50, 50, 20}));
    EXPECT_EQ(seen.size(), 120u);
}

TEST_F(ConsoleTest, NewestFirstAndOldestFirstAreReverseOrders) {
    for (int i = 0; i < 5; ++i) file(domain::Kind::suggestion, "เรื่อง " + std::to_string(i), "ข");
    const auto viewer = staff::viewer_for(clerk.username, clerk.role);
    QueueModel newest;
    ASSERT_TRUE(newest.refresh(client(), viewer, now));
    QueueModel oldest;
    oldest.set_sort(store::Sort::oldest);
    ASSERT_TRUE(oldest.refresh(client(), viewer, now));
    ASSERT_EQ(newest.rows().size(), 5u);
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_EQ(newest.rows()[i].number, oldest.rows()[4 - i].number);
    EXPECT_GT(newest.rows()[0].number, newest.rows()[1].number);
}

TEST_F(ConsoleTest, ThaiSearchFindsAWordInsideALongerRun) {
    file(domain::Kind::complaint, "ถนนชำรุดเป็นหลุมลึก", "รถจักรยานยนต์ล้มบ่อย");
    file(domain::Kind::complaint, "ไฟฟ้าดับทั้งซอย", "มืดมากตอนกลางคืน");
    QueueModel q;
    QueueFilters f;
    f.search = "ถนน";
    q.set_filters(f);
    ASSERT_TRUE(q.refresh(client(), staff::viewer_for(clerk.username, clerk.role), now));
    ASSERT_EQ(q.rows().size(), 1u);
    EXPECT_EQ(q.rows()[0].subject, "ถนนชำรุดเป็นหลุมลึก");
}

TEST_F(ConsoleTest, SelectionMovesWithKeysAndTurnsThePageAtTheEdge) {
    for (int i = 0; i < 60; ++i) file(domain::Kind::suggestion, "เรื่อง " + std::to_string(i), "ข");
    const auto viewer = staff::viewer_for(clerk.username, clerk.role);
    QueueModel q;
    ASSERT_TRUE(q.refresh(client(), viewer, now));
    q.move_selection(-1);
    EXPECT_EQ(q.selected(), 0);
    q.move_selection(3);
    EXPECT_EQ(q.selected(), 3);
    EXPECT_EQ(q.selected_case(), q.rows()[3].number);
    q.select(QueueModel::page_size - 1);
    q.move_selection(1);
    EXPECT_EQ(q.page(), 1);
    EXPECT_FALSE(q.selected_case());  // nothing to open until the new page is fetched
    ASSERT_TRUE(q.refresh(client(), viewer, now));
    EXPECT_EQ(q.rows().size(), 10u);
    EXPECT_EQ(q.selected(), 0);
}

TEST_F(ConsoleTest, ClerkQueueNeverHoldsACorruptionComplaint) {
    file(domain::Kind::corruption, "เจ้าหน้าที่เรียกรับเงินใต้โต๊ะ", "เรียกเงินค่าอนุญาตถนน");
    file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    const auto clerk_viewer = staff::viewer_for(clerk.username, clerk.role);
    for (auto sort : {store::Sort::newest, store::Sort::oldest, store::Sort::due_soonest}) {
        for (const char* search : {"", "ถนน", "เงิน"}) {
            QueueModel q;
            QueueFilters f;
            f.search = search;
            q.set_filters(f);
            q.set_sort(sort);
            ASSERT_TRUE(q.refresh(client(), clerk_viewer, now));
            for (const auto& r : q.rows()) EXPECT_NE(r.kind, domain::Kind::corruption);
        }
    }
    QueueModel asked;
    QueueFilters f;
    f.kind = domain::Kind::corruption;
    asked.set_filters(f);
    ASSERT_TRUE(asked.refresh(client(), clerk_viewer, now));
    EXPECT_TRUE(asked.rows().empty());

    QueueModel officer;
    officer.set_filters(f);
    ASSERT_TRUE(
        officer.refresh(client(), staff::viewer_for(integrity.username, integrity.role), now));
    EXPECT_EQ(officer.rows().size(), 1u);
}

// SPEC §5: a clerk's page of numbers shows no gap where a corruption complaint was filed, and
// the integrity officer's corruption queue runs in its own ทจ register.
TEST_F(ConsoleTest, ClerkQueueNumbersHaveNoGapsWhereCorruptionComplaintsWereFiled) {
    std::vector<domain::CaseNumber> corrupt;
    for (int i = 0; i < 9; ++i) {
        if (i % 3 == 1)
            corrupt.push_back(
                file(domain::Kind::corruption, "เรียกรับเงิน " + std::to_string(i), "เงิน").number);
        else
            file(domain::Kind::complaint, "ถนนชำรุด " + std::to_string(i), "หลุม");
    }
    const auto clerk_viewer = staff::viewer_for(clerk.username, clerk.role);
    QueueModel q;
    q.set_sort(store::Sort::oldest);
    ASSERT_TRUE(q.refresh(client(), clerk_viewer, now));
    ASSERT_EQ(q.rows().size(), 6u);
    for (std::size_t i = 0; i < q.rows().size(); ++i)
        EXPECT_EQ(q.rows()[i].number, (domain::CaseNumber{2570, static_cast<int>(i) + 1}));

    QueueModel officer;
    QueueFilters f;
    f.kind = domain::Kind::corruption;
    officer.set_filters(f);
    officer.set_sort(store::Sort::oldest);
    ASSERT_TRUE(
        officer.refresh(client(), staff::viewer_for(integrity.username, integrity.role), now));
    ASSERT_EQ(officer.rows().size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(officer.rows()[i].number, corrupt[i]);
        EXPECT_EQ(officer.rows()[i].number.str(), "ทจ 2570-00000" + std::to_string(i + 1));
    }
}

}  // namespace
}  // namespace siang::office
