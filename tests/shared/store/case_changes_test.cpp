// Tests of the case change counters (issue 9 item 15): every change to a case, by any
// connection, moves them; reads, audit rows, help requests and logins do not.
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

class CaseChanges : public StoreTest {
  protected:
    std::int64_t total() { return store->case_changes().value_or(-1); }
    std::int64_t of(const domain::CaseNumber& n) {
        return store->case_changes(n, staff).value_or(-1);
    }
    const Viewer staff{"staff1", true};
};

TEST_F(CaseChanges, EveryKindOfChangeMovesTheStoreAndTheCaseCounter) {
    EXPECT_EQ(total(), 0);
    const Filed a = submit(road_complaint());
    const Filed b = submit(road_complaint());
    EXPECT_GT(of(a.number), 0) << "filing counts";
    const std::function<Result<void>()> changes[] = {
        [&] {
            domain::StatusChange c;
            c.to = domain::Status::in_review;
            return store->change_status(a.number, c, staff);
        },
        [&] { return store->add_note(a.number, staff, "โทรแจ้งผู้ใหญ่บ้านแล้ว"); },
        [&] { return store->assign_division(a.number, "works", staff); },
        [&]() -> Result<void> {
            if (auto code = store->reissue_code(a.number, staff); !code)
                return std::unexpected(code.error());
            return {};
        },
    };
    for (const auto& change : changes) {
        const auto before_total = total(), before_a = of(a.number), before_b = of(b.number);
        ASSERT_TRUE(change());
        EXPECT_GT(total(), before_total);
        EXPECT_GT(of(a.number), before_a);
        EXPECT_EQ(of(b.number), before_b) << "another case's counter moved";
    }
}

// Issue 12: a clerk's console learns of changes from case_changes(viewer); filing or handling a
// corruption complaint must not move it (its moment would point at the hidden case).
TEST_F(CaseChanges, TheCountOfWhatAClerkSeesIgnoresCorruptionComplaints) {
    ASSERT_EQ(domain::confidential_kinds.size(), 1u);  // the step's SQL names 'corruption' alone
    ASSERT_EQ(domain::confidential_kinds[0], domain::Kind::corruption);
    const Viewer clerk{"clerk1", false};
    const auto clerk_total = [&] { return store->case_changes(clerk).value_or(-1); };
    const Filed open = submit(road_complaint());
    EXPECT_GT(clerk_total(), 0);
    EXPECT_EQ(store->case_changes(staff).value_or(-1), total());

    const auto before = clerk_total();
    const auto before_all = total();
    const Filed secret = submit(corruption_complaint());
    domain::StatusChange c;
    c.to = domain::Status::in_review;
    ASSERT_TRUE(store->change_status(secret.number, c, staff));
    ASSERT_TRUE(store->add_note(secret.number, staff, "ส่งศูนย์ปฏิบัติการต่อต้านการทุจริต"));
    ASSERT_TRUE(store->assign_division(secret.number, "clerk", staff));
    EXPECT_EQ(clerk_total(), before) << "a corruption complaint moved the clerk's counter";
    EXPECT_GT(total(), before_all);

    ASSERT_TRUE(store->add_note(open.number, staff, "ช่างออกตรวจแล้ว"));
    EXPECT_GT(clerk_total(), before);
}

TEST_F(CaseChanges, AChangeThroughAnotherConnectionIsSeenAtOnce) {
    const Filed a = submit(road_complaint());
    const auto before = total();
    auto other = Store::open(path);
    ASSERT_TRUE(other);
    ASSERT_TRUE(other->add_note(a.number, staff, "ตรวจหน้างานแล้ว"));
    EXPECT_GT(total(), before);
}

TEST_F(CaseChanges, ReadsAuditRowsHelpRequestsAndLoginsAreNoChange) {
    const Filed a = submit(road_complaint());
    const Filed secret = submit(corruption_complaint());
    const auto before = total();
    ASSERT_TRUE(store->get_case(a.number, staff));
    ASSERT_TRUE(store->get_case(secret.number, staff));  // an audited read
    ASSERT_TRUE(store->find_by_code(a.code));
    ASSERT_TRUE(store->append_audit("staff1", "export", "queue.csv", ""));
    auto help = store->add_help_request("kiosk-1");
    ASSERT_TRUE(help);
    ASSERT_TRUE(store->acknowledge_help_request(*help, "staff1"));
    ASSERT_TRUE(store->record_login_failure("staff1", "console:desk", bangkok(2026, 11, 20), "",
                                            bangkok(2026, 11, 19)));
    EXPECT_EQ(total(), before);
}

TEST_F(CaseChanges, ACaseTheViewerMayNotSeeHasNoCounterForIt) {
    const Filed secret = submit(corruption_complaint());
    auto r = store->case_changes(secret.number, Viewer{"clerk1", false});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::not_found);
}

}  // namespace
}  // namespace siang::store::testing
