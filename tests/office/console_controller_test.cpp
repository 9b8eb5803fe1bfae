// Tests of the console's controller (issue 10 item 8): each intent applied against a real store,
// and views that draw without calling the client.
#include "office/console/console_controller.hpp"

#include "console_fixture.hpp"

namespace siang::office {
namespace {

using testing::ConsoleTest;
using Steady = std::chrono::steady_clock;

class ConsoleControllerTest : public ConsoleTest {
  protected:
    void SetUp() override {
        ConsoleTest::SetUp();
        console_.emplace(client(), domain::default_directory());
    }
    ConsoleController& c() { return *console_; }
    void log_in_as(const staff::StaffUser& u) {
        c().login_view().username.assign(u.username);
        c().login_view().password.assign(testing::password);
        c().apply(intent::LogIn{}, t);
        ASSERT_TRUE(c().session().logged_in()) << c().login_view().error;
        c().prepare_frame(t, false);
    }
    Steady::time_point t = Steady::now();

  private:
    std::optional<ConsoleController> console_;
};

TEST_F(ConsoleControllerTest, LogInWithTheRightPasswordOpensTheQueueAndClearsThePassword) {
    c().login_view().username.assign(clerk.username);
    c().login_view().password.assign("wrong-password-1");
    c().apply(intent::LogIn{}, t);
    EXPECT_FALSE(c().session().logged_in());
    EXPECT_FALSE(c().login_view().error.empty());
    EXPECT_TRUE(c().login_view().password.view().empty());
    log_in_as(clerk);
    EXPECT_EQ(c().view(), ViewId::queue);
    EXPECT_TRUE(c().login_view().password.view().empty());
}

TEST_F(ConsoleControllerTest, FilterAndPagesRefetchTheQueue) {
    const auto a = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    const auto b = file(domain::Kind::suggestion, "ขอถังขยะ", "หน้าตลาด");
    log_in_as(clerk);
    ASSERT_EQ(c().queue().rows().size(), 2u);
    QueueFilters f;
    f.kind = domain::Kind::suggestion;
    c().apply(intent::Filter{f, store::Sort::newest}, t);
    ASSERT_EQ(c().queue().rows().size(), 1u);
    EXPECT_EQ(c().queue().rows()[0].number, b.number);
    c().apply(intent::Filter{{}, store::Sort::oldest}, t);
    ASSERT_EQ(c().queue().rows().size(), 2u);
    EXPECT_EQ(c().queue().rows()[0].number, a.number);
    c().apply(intent::MoveSelection{1}, t);
    EXPECT_EQ(c().queue().selected(), 1);
}

TEST_F(ConsoleControllerTest, OpenCaseStatusNoteAssignAndReissueGoThroughApply) {
    const auto a = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    log_in_as(clerk);
    c().apply(intent::OpenCase{a.number}, t);
    ASSERT_EQ(c().view(), ViewId::detail);
    ASSERT_TRUE(c().desk().current());

    c().detail_view().reply.assign("ช่างจะเข้าตรวจสอบพรุ่งนี้");
    c().apply(intent::ChangeStatus{domain::Status::in_review}, t);
    EXPECT_FALSE(c().detail_view().message.is_error) << c().detail_view().message.text;
    EXPECT_TRUE(c().detail_view().reply.view().empty()) << "the fields are cleared after saving";
    EXPECT_EQ(store().get_case(a.number, staff::viewer_for(clerk.username, clerk.role))->status,
              domain::Status::in_review);
    EXPECT_EQ(c().desk().current()->status, domain::Status::in_review);

    c().detail_view().new_note.assign("โทรแจ้งผู้ร้องแล้ว");
    c().apply(intent::AddNote{}, t);
    ASSERT_EQ(c().desk().current()->notes.size(), 1u);
    EXPECT_TRUE(c().detail_view().new_note.view().empty());

    c().apply(intent::AssignDivision{"works"}, t);
    EXPECT_EQ(c().desk().current()->filed.division, "works");

    // A refused change says so and keeps what was typed.
    c().detail_view().reply.assign("ปิดเรื่อง");
    c().apply(intent::ChangeStatus{domain::Status::rejected}, t);  // no reason
    EXPECT_TRUE(c().detail_view().message.is_error);
    EXPECT_EQ(c().detail_view().reply.view(), "ปิดเรื่อง");

    c().apply(intent::ConfirmReissue{}, t);  // not asked first: nothing issued
    EXPECT_FALSE(c().desk().issued());
    c().apply(intent::AskReissue{}, t);
    c().apply(intent::ConfirmReissue{}, t);
    ASSERT_TRUE(c().desk().issued());
    EXPECT_TRUE(c().detail_view().issued_qr) << "the new code's QR is encoded once, by apply";
    EXPECT_EQ(store().find_by_code(a.code).error().code, Errc::unknown_code);
    c().apply(intent::DismissIssued{}, t);
    EXPECT_FALSE(c().desk().issued());
    EXPECT_FALSE(c().detail_view().issued_qr);
}

TEST_F(ConsoleControllerTest, AChangeRacedByAnotherUserSaysSoAndKeepsWhatWasTyped) {
    const auto a = file(domain::Kind::complaint, "ถนนชำรุด", "หลุมใหญ่");
    log_in_as(clerk);
    c().apply(intent::OpenCase{a.number}, t);
    ASSERT_TRUE(c().desk().current());
    // Another console (here another connection) changes the case before this one saves.
    auto other = store::Store::open(path());
    ASSERT_TRUE(other);
    ASSERT_TRUE(other->add_note(a.number, staff::viewer_for(integrity.username, integrity.role),
                                "มีผู้ร้องซ้ำ"));
    const std::string typed = "ช่างจะเข้าตรวจสอบพรุ่งนี้";
    c().detail_view().reply.assign(typed);
    c().apply(intent::ChangeStatus{domain::Status::in_review}, t);
    EXPECT_TRUE(c().detail_view().message.is_error);
    EXPECT_NE(c().detail_view().message.text.find(a.number.str()), std::string::npos)
        << c().detail_view().message.text;
    EXPECT_EQ(c().detail_view().reply.view(), typed) << "what was typed stays in the form";
    EXPECT_EQ(store().get_case(a.number, staff::viewer_for(clerk.username, clerk.role))->status,
              domain::Status::received)
        << "nothing of the refused change was written";
    EXPECT_EQ(c().desk().current()->notes.size(), 1u) << "the case was read again";
    // Sent again, now that the other change is on screen, it is written.
    c().apply(intent::ChangeStatus{domain::Status::in_review}, t);
    EXPECT_FALSE(c().detail_view().message.is_error) << c().detail_view().message.text;
    EXPECT_EQ(c().desk().current()->status, domain::Status::in_review);
}

TEST_F(ConsoleControllerTest, LockUnlockAndLogOut) {
    log_in_as(clerk);
    c().apply(intent::Lock{}, t);
    c().prepare_frame(t, false);
    EXPECT_TRUE(c().locked());
    c().lock_view().password.assign("wrong-password-1");
    c().apply(intent::Unlock{}, t);
    c().prepare_frame(t, false);
    EXPECT_TRUE(c().locked());
    EXPECT_FALSE(c().lock_view().error.empty());
    c().lock_view().password.assign(testing::password);
    c().apply(intent::Unlock{}, t);
    c().prepare_frame(t, false);
    EXPECT_FALSE(c().locked());
    c().apply(intent::LogOut{}, t);
    EXPECT_FALSE(c().session().logged_in());
}

TEST_F(ConsoleControllerTest, AdminIntentsManageUsersAndPageTheAuditLog) {
    log_in_as(admin);
    c().apply(intent::ShowView{ViewId::users}, t);
    c().prepare_frame(t, false);
    const auto before = c().users().users().size();
    auto& form = c().users_view();
    form.username.assign("wichai");
    form.display_name.assign("วิชัย");
    form.password.assign("long-enough-pass-42");
    c().apply(intent::AddUser{staff::Role::clerk}, t);
    EXPECT_FALSE(form.message.is_error) << form.message.text;
    EXPECT_EQ(c().users().users().size(), before + 1);
    EXPECT_TRUE(form.password.view().empty());
    c().apply(intent::DisableUser{"wichai"}, t);
    EXPECT_TRUE(store().find_user("wichai")->disabled);

    c().apply(intent::ShowView{ViewId::audit}, t);
    c().prepare_frame(t, false);
    EXPECT_GT(c().audit().total(), 0);
    c().apply(intent::AuditPage{0}, t);
    EXPECT_EQ(c().audit().page(), 0);
    EXPECT_TRUE(c().load_error().empty()) << c().load_error();
}

TEST_F(ConsoleControllerTest, AClerkCannotOpenACorruptionComplaint) {
    const auto secret = file(domain::Kind::corruption, "เรียกรับเงิน", "ค่าใบอนุญาต");
    log_in_as(clerk);
    c().apply(intent::OpenCase{secret.number}, t);
    EXPECT_NE(c().view(), ViewId::detail);
    EXPECT_FALSE(c().desk().current());
    EXPECT_FALSE(c().load_error().empty());
}

}  // namespace
}  // namespace siang::office
