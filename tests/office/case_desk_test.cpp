// Tests of office/console/case_desk: the detail view's workflow, replies and role checks.
#include "office/console/case_desk.hpp"

#include "console_fixture.hpp"
#include "domain/status_change.hpp"
#include "office/console/console_views.hpp"

namespace siang::office {
namespace {

using testing::ConsoleTest;

class CaseDeskTest : public ConsoleTest {
  protected:
    store::Viewer clerk_viewer() const { return staff::viewer_for(clerk.username, clerk.role); }
    store::Viewer officer_viewer() const {
        return staff::viewer_for(integrity.username, integrity.role);
    }
};

TEST_F(CaseDeskTest, OffersOnlyTheSpecTransitionsOfTheCurrentStatus) {
    const auto filed = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่หน้าโรงเรียน");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), clerk_viewer(), filed.number));
    const auto next = desk.next_statuses();
    const auto expected = domain::next_statuses(domain::Status::received);
    EXPECT_TRUE(std::equal(next.begin(), next.end(), expected.begin(), expected.end()));
    EXPECT_EQ(std::find(next.begin(), next.end(), domain::Status::resolved), next.end());
}

TEST_F(CaseDeskTest, IllegalTransitionIsRefusedAndNothingIsWritten) {
    const auto filed = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), clerk_viewer(), filed.number));
    auto r = desk.change_status(client(), clerk_viewer(), {domain::Status::resolved, "", "", ""});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::illegal_transition);
    EXPECT_EQ(desk.current()->status, domain::Status::received);
    EXPECT_EQ(store().get_case(filed.number, clerk_viewer())->history.size(), 1u);
}

TEST_F(CaseDeskTest, RejectingWithoutAReasonIsRefusedAndNothingIsWritten) {
    const auto filed = file(domain::Kind::suggestion, "ขอให้เปิดทำการวันเสาร์", "สะดวกกว่า");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), clerk_viewer(), filed.number));
    for (const char* blank : {"", "   \n"}) {
        auto r =
            desk.change_status(client(), clerk_viewer(), {domain::Status::rejected, "", "", blank});
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, Errc::reason_required);
    }
    auto reread = store().get_case(filed.number, clerk_viewer());
    ASSERT_TRUE(reread);
    EXPECT_EQ(reread->status, domain::Status::received);
    EXPECT_EQ(reread->history.size(), 1u);
    ASSERT_TRUE(desk.change_status(client(), clerk_viewer(),
                                   {domain::Status::rejected, "", "", "อยู่นอกเขตเทศบาล"}));
    EXPECT_EQ(desk.current()->status, domain::Status::rejected);
    EXPECT_TRUE(desk.next_statuses().empty());
}

TEST_F(CaseDeskTest, PublicReplyIsWhatTheCitizenReadsAtTheKiosk) {
    const auto filed = file(domain::Kind::eservice, "ไฟฟ้าดับ", "เสาไฟหน้าบ้านเลขที่ 12 ดับ");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), clerk_viewer(), filed.number));
    ASSERT_TRUE(
        desk.change_status(client(), clerk_viewer(), {domain::Status::in_review, "ส่งช่างดู", "", ""}));
    ASSERT_TRUE(desk.change_status(
        client(), clerk_viewer(),
        {domain::Status::in_progress, "ใช้หลอดสำรอง", "ช่างจะเข้าซ่อมภายในวันศุกร์นี้", ""}));
    const auto& c = *desk.current();
    ASSERT_EQ(c.history.size(), 3u);
    EXPECT_EQ(c.history.back().actor, clerk.username);
    EXPECT_EQ(c.history.back().note, "ใช้หลอดสำรอง");

    auto seen = store().find_by_code(filed.code);
    ASSERT_TRUE(seen);
    EXPECT_EQ(seen->status, domain::Status::in_progress);
    EXPECT_EQ(seen->latest_public_reply, "ช่างจะเข้าซ่อมภายในวันศุกร์นี้");
    for (const auto& step : seen->timeline) EXPECT_NE(step.public_reply, "ใช้หลอดสำรอง");
}

TEST_F(CaseDeskTest, NotesAndAssignmentAreRecordedWithTheStaffMember) {
    const auto filed = file(domain::Kind::complaint, "น้ำประปาขุ่น", "หมู่ที่ 3");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), clerk_viewer(), filed.number));
    EXPECT_EQ(desk.add_note(client(), clerk_viewer(), "  ").error().code, Errc::field_required);
    ASSERT_TRUE(desk.add_note(client(), clerk_viewer(), "โทรแจ้งการประปาแล้ว"));
    ASSERT_TRUE(desk.assign_division(client(), clerk_viewer(), "works"));
    ASSERT_EQ(desk.current()->notes.size(), 1u);
    EXPECT_EQ(desk.current()->notes[0].actor, clerk.username);
    EXPECT_EQ(desk.current()->filed.division, "works");
    EXPECT_EQ(desk.assign_division(client(), clerk_viewer(), "nowhere").error().code,
              Errc::unknown_division);
}

TEST_F(CaseDeskTest, NewTrackingCodeIsShownOnceAndTheOldOneStopsWorking) {
    const auto filed = file(domain::Kind::complaint, "ขยะไม่เก็บ", "สามวันแล้ว");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), clerk_viewer(), filed.number));
    desk.ask_reissue();
    ASSERT_TRUE(desk.confirm_reissue(client(), clerk_viewer(), ""));
    ASSERT_TRUE(desk.issued());
    const auto code = desk.issued()->code;
    desk.dismiss_issued();
    EXPECT_FALSE(desk.issued());  // shown once: gone after it is closed
    EXPECT_EQ(store().find_by_code(filed.code).error().code, Errc::unknown_code);
    EXPECT_TRUE(store().find_by_code(code));
}

TEST_F(CaseDeskTest, ClerkCannotOpenOrActOnACorruptionComplaint) {
    const auto filed = file(domain::Kind::corruption, "เรียกรับเงิน", "เจ้าหน้าที่เรียกเงินค่าใบอนุญาต");
    CaseDesk desk;
    auto r = desk.open(client(), clerk_viewer(), filed.number);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::not_found);
    EXPECT_FALSE(desk.current());
    EXPECT_FALSE(desk.add_note(client(), clerk_viewer(), "x"));
    desk.ask_reissue();
    EXPECT_FALSE(desk.confirm_reissue(client(), clerk_viewer(), ""));
    EXPECT_FALSE(desk.assign_division(client(), clerk_viewer(), "clerk"));
    // A desk opened by an integrity officer still refuses a clerk's action on it.
    ASSERT_TRUE(desk.open(client(), officer_viewer(), filed.number));
    EXPECT_EQ(desk.add_note(client(), clerk_viewer(), "x").error().code, Errc::not_found);
    EXPECT_EQ(desk.change_status(client(), clerk_viewer(), {domain::Status::in_review, "", "", ""})
                  .error()
                  .code,
              Errc::not_found);
    EXPECT_TRUE(store().find_by_code(filed.code));  // the code was never replaced
}

TEST_F(CaseDeskTest, IntegrityOfficerReadsACorruptionComplaintAndTheReadIsAudited) {
    const auto filed = file(domain::Kind::corruption, "เรียกรับเงิน", "เจ้าหน้าที่เรียกเงิน");
    const auto before = store().audit_row_count();
    ASSERT_TRUE(before);
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), officer_viewer(), filed.number));
    auto rows = store().audit_rows(0, 1);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].actor, integrity.username);
    EXPECT_EQ((*rows)[0].action, "read_confidential");
    EXPECT_EQ((*rows)[0].target, filed.number.str());
    EXPECT_GT(*store().audit_row_count(), *before);
}

std::string longest(std::size_t chars) {
    std::string out;
    for (std::size_t i = 0; i < chars; ++i) out += "ก\u0E34\u0E48\u200D";  // 12 bytes each
    return out;
}

TEST_F(CaseDeskTest, ThirtyThousandMarkReplyIsRefusedAndNothingIsWritten) {
    const auto filed = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    CaseDesk desk;
    ASSERT_TRUE(desk.open(client(), clerk_viewer(), filed.number));
    std::string reply = "ก";
    for (int i = 0; i < 30000; ++i) reply += "\u0E49";
    auto r =
        desk.change_status(client(), clerk_viewer(), {domain::Status::in_review, "", reply, ""});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::too_many_marks);
    EXPECT_EQ(r.error().detail, "reply");
    EXPECT_EQ(desk.current()->history.size(), 1u);
    r = desk.add_note(client(), clerk_viewer(), longest(domain::staff_note_limit + 1));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::field_too_long);
}

TEST_F(CaseDeskTest, DetailFormFieldsHoldTheLongestTextTheLimitsAllow) {
    // ImGui stops taking input when a buffer is full: staff text must never be cut that way.
    DetailView form;
    form.note.assign(longest(domain::staff_note_limit));
    form.reply.assign(longest(domain::public_reply_limit));
    form.reason.assign(longest(domain::reason_limit));
    form.new_note.assign(longest(domain::staff_note_limit));
    EXPECT_EQ(form.note.view(), longest(domain::staff_note_limit));
    EXPECT_EQ(form.reply.view(), longest(domain::public_reply_limit));
    EXPECT_EQ(form.reason.view(), longest(domain::reason_limit));
    EXPECT_EQ(form.new_note.view(), longest(domain::staff_note_limit));
}

}  // namespace
}  // namespace siang::office
