// Tests that every console view shows the truth after a change, by this console or by another
// process on the same store, without touching the filters (issue 9 item 15).
#include "console_fixture.hpp"
#include "office/console/case_desk.hpp"
#include "office/console/ita_statistics.hpp"
#include "office/console/queue_model.hpp"

namespace siang::office {
namespace {

using testing::ConsoleTest;

class FreshViewsTest : public ConsoleTest {
  protected:
    store::Viewer viewer() const { return staff::viewer_for(clerk.username, clerk.role); }
    std::int64_t changes() { return store().case_changes().value_or(-100); }
    static domain::StatusChange to(domain::Status s) {
        domain::StatusChange c;
        c.to = s;
        return c;
    }

    // The queue as the view runs it each frame: fetched again only when out of date.
    void frame(QueueModel& q) {
        if (q.out_of_date(changes())) {
            ASSERT_TRUE(q.refresh(client(), viewer()));
        }
    }
    static bool lists(const QueueModel& q, const domain::CaseNumber& n) {
        for (const auto& r : q.rows())
            if (r.number == n) return true;
        return false;
    }
    store::Store open_second_connection() {
        auto other = store::Store::open(path(), {});
        EXPECT_TRUE(other) << other.error().detail;
        return std::move(*other);
    }
};

TEST_F(FreshViewsTest, QueueFilteredByReceivedDropsACaseThisConsoleMovesToInReview) {
    const auto a = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    const auto b = file(domain::Kind::complaint, "ไฟดับ", "ทั้งซอย");
    QueueModel q;
    QueueFilters f;
    f.status = domain::Status::received;
    q.set_filters(f);
    frame(q);
    ASSERT_TRUE(lists(q, a.number));
    ASSERT_TRUE(lists(q, b.number));

    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), viewer(), a.number));
    ASSERT_TRUE(desk.change_status(client(), viewer(), {domain::Status::in_review, "", "", ""}));
    // The filters are untouched; the next frame shows the truth.
    q.set_filters(f);
    frame(q);
    EXPECT_FALSE(lists(q, a.number)) << "a case no longer received is not listed as received";
    EXPECT_TRUE(lists(q, b.number));
}

TEST_F(FreshViewsTest, QueueAndDetailShowAChangeMadeThroughAnotherConnection) {
    const auto a = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    QueueModel q;  // no filter: the row must show the new status
    frame(q);
    ASSERT_TRUE(lists(q, a.number));
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), viewer(), a.number));

    {
        // Another process (the CLI, a second console) on the same store file.
        auto other = open_second_connection();
        domain::StatusChange change;
        change.to = domain::Status::in_review;
        change.actor = "malee";
        ASSERT_TRUE(other.change_status(a.number, change, viewer()));
        ASSERT_TRUE(other.add_note(a.number, viewer(), "โทรแจ้งกองช่างแล้ว"));
    }
    frame(q);
    ASSERT_EQ(q.rows().size(), 1u);
    EXPECT_EQ(q.rows()[0].status, domain::Status::in_review);
    ASSERT_TRUE(desk.sync(client(), viewer(), changes()));
    EXPECT_EQ(desk.current()->status, domain::Status::in_review);
    ASSERT_EQ(desk.current()->notes.size(), 1u);

    QueueFilters received;
    received.status = domain::Status::received;
    q.set_filters(received);
    frame(q);
    EXPECT_FALSE(lists(q, a.number));
    // Another kiosk files a case: the filtered queue lists it at the next frame.
    const auto c = file(domain::Kind::suggestion, "ขอถังขยะเพิ่ม", "หน้าตลาด");
    frame(q);
    EXPECT_TRUE(lists(q, c.number));
}

TEST_F(FreshViewsTest, AnotherCasesChangeDoesNotMakeTheDetailReadAConfidentialCaseAgain) {
    const store::Viewer officer = staff::viewer_for(integrity.username, integrity.role);
    const auto secret = file(domain::Kind::corruption, "เรียกรับเงิน", "ค่าใบอนุญาต");
    const auto other = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), officer, secret.number));
    const auto audit_rows = *store().audit_row_count();
    ASSERT_TRUE(store().change_status(other.number, to(domain::Status::in_review), officer));
    const auto after_change = *store().audit_row_count();
    ASSERT_TRUE(desk.sync(client(), officer, changes()));
    // Only the status change was audited, not a second read of the corruption complaint.
    EXPECT_EQ(*store().audit_row_count(), after_change);
    EXPECT_GT(after_change, audit_rows);
    // Its own change does bring it back.
    ASSERT_TRUE(store().add_note(secret.number, officer, "ขอเอกสารเพิ่ม"));
    ASSERT_TRUE(desk.sync(client(), officer, changes()));
    EXPECT_EQ(desk.current()->notes.size(), 1u);
}

TEST_F(FreshViewsTest, StatisticsAreOutOfDateAfterAChange) {
    const auto a = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    ItaStatistics stats;
    ASSERT_TRUE(stats.load(client(), viewer(), domain::default_directory(), 2570, now));
    EXPECT_FALSE(stats.out_of_date(changes()));
    auto other = open_second_connection();
    ASSERT_TRUE(other.change_status(a.number, to(domain::Status::in_review), viewer()));
    EXPECT_TRUE(stats.out_of_date(changes()));
}

TEST_F(FreshViewsTest, ReadsHelpRequestsAndLoginsDoNotCountAsChanges) {
    const auto a = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    const auto before = changes();
    ASSERT_TRUE(store().get_case(a.number, viewer()));
    ASSERT_TRUE(store().add_help_request("kiosk-1", now));
    ASSERT_TRUE(store().append_audit("somchai", "export", "", ""));
    EXPECT_EQ(changes(), before);
    auto mine = store().case_changes(a.number, viewer());
    ASSERT_TRUE(mine);
    ASSERT_TRUE(store().assign_division(a.number, "works", viewer()));
    EXPECT_GT(changes(), before);
    EXPECT_GT(*store().case_changes(a.number, viewer()), *mine);
    // A clerk learns nothing about a corruption complaint from its counter.
    const auto secret = file(domain::Kind::corruption, "เรียกรับเงิน", "ค่าใบอนุญาต");
    EXPECT_EQ(store().case_changes(secret.number, viewer()).error().code, Errc::not_found);
}

}  // namespace
}  // namespace siang::office
