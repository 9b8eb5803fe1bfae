// The console's answer to a lost link and a forgotten session (issue 12 item 3), over a store
// whose client is made to fail as the network would: nothing typed is lost. The same story
// against a real server killed mid-edit is in console_server_test.cpp.
#include "console_fixture.hpp"
#include "counting_client.hpp"
#include "office/console/console_controller.hpp"

namespace siang::office {
namespace {

using Steady = std::chrono::steady_clock;

class LinkLossTest : public testing::ConsoleTest {
  protected:
    void SetUp() override {
        ConsoleTest::SetUp();
        number = file(domain::Kind::complaint, "ถนนชำรุด", "หน้าโรงเรียน").number;
        net.emplace(store());
        console.emplace(*net, domain::default_directory());
        console->set_lang(i18n::Lang::en);
        console->login_view().username.assign(clerk.username);
        console->login_view().password.assign(testing::password);
        console->apply(intent::LogIn{}, t);
        ASSERT_TRUE(console->session().logged_in());
        console->prepare_frame(t, false);
        console->apply(intent::OpenCase{number}, t);
        ASSERT_TRUE(console->desk().current());
    }
    domain::CaseNumber number;
    std::optional<testing::CountingClient> net;
    std::optional<ConsoleController> console;
    Steady::time_point t = Steady::now();
};

TEST_F(LinkLossTest, ANoteThatDidNotReachTheServerStaysInItsFieldToBeSentAgain) {
    const std::string note = "โทรหาผู้ร้องแล้ว นัดลงพื้นที่วันพฤหัสบดี";
    console->detail_view().new_note.assign(note);
    net->failing = Error{Errc::server_unreachable, "127.0.0.1:8443"};
    console->apply(intent::AddNote{}, t);
    EXPECT_TRUE(console->detail_view().message.is_error);
    EXPECT_EQ(console->detail_view().message.text,
              i18n::tr("office.link.not_saved", i18n::Lang::en));
    EXPECT_EQ(console->detail_view().new_note.view(), note);
    const FrameNeeds needs = console->prepare_frame(t, false);
    EXPECT_TRUE(console->link_banner().shown);
    EXPECT_LE(needs.wake_at, t + std::chrono::seconds(2));  // the next attempt, unasked
    // Keystrokes meanwhile do not each wait for the network: no call until that attempt.
    const int calls = net->calls;
    console->prepare_frame(t + std::chrono::seconds(1), true);
    EXPECT_EQ(net->calls, calls);
    console->prepare_frame(t + std::chrono::seconds(2), true);
    EXPECT_GT(net->calls, calls);

    net->failing.reset();  // the server is back
    console->prepare_frame(t + std::chrono::seconds(4), false);
    EXPECT_FALSE(console->link_banner().shown);
    console->apply(intent::AddNote{}, t);  // the same button, the same text
    EXPECT_FALSE(console->detail_view().message.is_error);
    EXPECT_TRUE(console->detail_view().new_note.view().empty());
    auto c = client().get_case(number, staff::viewer_for(clerk.username, clerk.role));
    ASSERT_TRUE(c);
    ASSERT_EQ(c->notes.size(), 1u);
    EXPECT_EQ(c->notes[0].text, note);
}

TEST_F(LinkLossTest, AStatusReplyKeptWhenTheSessionEndedAtTheServerAndSavedAfterUnlocking) {
    const std::string reply = "รับเรื่องแล้ว กองช่างจะเข้าตรวจสอบภายในสัปดาห์นี้";
    console->detail_view().reply.assign(reply);
    net->failing = Error{Errc::session_expired, ""};
    ASSERT_FALSE(console->desk().next_statuses().empty());
    const auto to = console->desk().next_statuses().front();
    console->apply(intent::ChangeStatus{to}, t);
    EXPECT_TRUE(console->locked());  // the lock screen, not a lost form
    EXPECT_EQ(console->lock_view().error, i18n::tr("office.link.session_ended", i18n::Lang::en));
    EXPECT_EQ(console->detail_view().reply.view(), reply);

    net->failing.reset();  // a new session with the same password
    console->lock_view().password.assign(testing::password);
    console->apply(intent::Unlock{}, t);
    ASSERT_FALSE(console->locked()) << console->lock_view().error;
    EXPECT_EQ(console->view(), ViewId::detail);
    EXPECT_EQ(console->detail_view().reply.view(), reply);
    console->apply(intent::ChangeStatus{to}, t);
    EXPECT_FALSE(console->detail_view().message.is_error) << console->detail_view().message.text;
    EXPECT_EQ(client().get_case(number, staff::viewer_for(clerk.username, clerk.role))->status, to);
}

}  // namespace
}  // namespace siang::office
