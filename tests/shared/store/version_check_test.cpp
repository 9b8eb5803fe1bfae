// The optimistic check of the workflow calls (issue 12 item 4): a change sent with the case's
// version as its sender read it is refused with case_changed, and writes nothing, once someone
// else changed the case; of two racing with the same version exactly one is written.
#include <atomic>
#include <thread>

#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

class VersionCheck : public StoreTest {
  protected:
    std::int64_t version(const domain::CaseNumber& n) {
        return store->case_changes(n, staff).value_or(-1);
    }
    const Viewer staff{"staff1", true};
};

domain::StatusChange to_review() {
    domain::StatusChange c;
    c.to = domain::Status::in_review;
    c.public_reply = "กำลังตรวจสอบ";
    return c;
}

TEST_F(VersionCheck, EachChangeWithTheCurrentVersionIsWritten) {
    const Filed a = submit(road_complaint());
    ASSERT_TRUE(store->change_status(a.number, to_review(), staff, version(a.number)));
    ASSERT_TRUE(store->add_note(a.number, staff, "โทรแล้ว", {}, version(a.number)));
    ASSERT_TRUE(store->assign_division(a.number, "works", staff, version(a.number)));
    ASSERT_TRUE(store->reissue_code(a.number, staff, version(a.number)));
}

TEST_F(VersionCheck, EachChangeWithAnOldVersionIsRefusedAndWritesNothing) {
    const Filed a = submit(road_complaint());
    const auto read = version(a.number);
    ASSERT_TRUE(store->add_note(a.number, staff, "คนอื่นเขียนก่อน"));  // another user's change
    const auto now_at = version(a.number);
    const auto before = store->get_case(a.number, staff);
    ASSERT_TRUE(before);
    const auto audit_before = store->audit_row_count().value_or(-1);

    auto status = store->change_status(a.number, to_review(), staff, read);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, Errc::case_changed);
    EXPECT_EQ(status.error().detail, a.number.str());
    EXPECT_EQ(store->add_note(a.number, staff, "ของฉัน", {}, read).error().code, Errc::case_changed);
    EXPECT_EQ(store->assign_division(a.number, "works", staff, read).error().code,
              Errc::case_changed);
    EXPECT_EQ(store->reissue_code(a.number, staff, read).error().code, Errc::case_changed);

    EXPECT_EQ(version(a.number), now_at);
    const auto after = store->get_case(a.number, staff);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->status, before->status);
    EXPECT_EQ(after->history.size(), before->history.size());
    EXPECT_EQ(after->notes.size(), before->notes.size());
    EXPECT_EQ(after->filed.division, before->filed.division);
    EXPECT_TRUE(store->find_by_code(a.code)) << "the citizen's code still works";
    // Reading a case with staff's viewer audits nothing for a complaint: the rows are the same.
    EXPECT_EQ(store->audit_row_count().value_or(-2), audit_before);
}

TEST_F(VersionCheck, OfTwoRacingWithOneVersionExactlyOneIsWritten) {
    const Filed a = submit(road_complaint());
    for (int round = 0; round < 10; ++round) {
        const auto read = version(a.number);
        std::atomic<int> written{0}, refused{0};
        auto racer = [&](std::string text) {
            auto conn = Store::open(path);
            ASSERT_TRUE(conn);
            auto r = conn->add_note(a.number, staff, text, {}, read);
            if (r)
                ++written;
            else if (r.error().code == Errc::case_changed)
                ++refused;
        };
        std::thread one(racer, "คนที่หนึ่ง"), two(racer, "คนที่สอง");
        one.join();
        two.join();
        EXPECT_EQ(written.load(), 1) << "round " << round;
        EXPECT_EQ(refused.load(), 1) << "round " << round;
    }
    EXPECT_EQ(store->get_case(a.number, staff)->notes.size(), 10u);
}

TEST_F(VersionCheck, NoVersionMeansNoCheck) {
    const Filed a = submit(road_complaint());
    ASSERT_TRUE(store->add_note(a.number, staff, "ก่อน"));
    ASSERT_TRUE(store->change_status(a.number, to_review(), staff, std::nullopt));
}

}  // namespace
}  // namespace siang::store::testing
