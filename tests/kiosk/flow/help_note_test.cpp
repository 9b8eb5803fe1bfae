// The staff note after "call staff" (issue 9 item 2): called, acknowledged by the office (learnt
// through the help port, polled at a modest rate), shrunk to a badge, gone with the wipe.
#include <gtest/gtest.h>

#include <vector>

#include "kiosk/flow/help_watch.hpp"
#include "kiosk_flow_fixture.hpp"

namespace siang::flow::testing {
namespace {

// A help port that records presses in memory and answers acknowledged() as the test says.
class FakeHelpPort final : public HelpPort {
  public:
    Result<std::int64_t> record(const HelpRequest&) override {
        ++recorded;
        if (refuse) return fail(Errc::store_busy, "help_requests");
        return next_id++;
    }
    Result<bool> acknowledged(std::int64_t id) override {
        asked.push_back(id);
        return seen;
    }
    int recorded = 0;
    std::int64_t next_id = 7;
    std::vector<std::int64_t> asked;
    bool seen = false;
    bool refuse = false;  // record() fails as a busy or broken store would
};

class HelpNoteTest : public KioskFlowTest {
  protected:
    HelpNoteView note() const { return session->help_note(now); }
};

TEST_F(HelpNoteTest, NoNoteBeforeCallStaff) {
    act(intent::Touch{});
    EXPECT_EQ(note().note, HelpNote::none);
    EXPECT_FALSE(note().badge);
}

TEST_F(HelpNoteTest, CalledThenAcknowledgedThenBadgeThenGoneWithTheWipe) {
    act(intent::Touch{});
    act(intent::CallStaff{});
    EXPECT_EQ(note().note, HelpNote::called);
    EXPECT_FALSE(note().badge);

    wait(5s);
    session->staff_acknowledged(now);
    EXPECT_EQ(note().note, HelpNote::acknowledged);
    EXPECT_FALSE(note().badge) << "the change shows in full again";

    wait(std::chrono::seconds(config.timeouts.help_note_s) - 1s);
    EXPECT_FALSE(note().badge);
    wait(1s);
    EXPECT_EQ(note().note, HelpNote::acknowledged);
    EXPECT_TRUE(note().badge);

    act(intent::GoHome{});
    EXPECT_EQ(note().note, HelpNote::none);
}

TEST_F(HelpNoteTest, AnUnansweredCallAlsoShrinksToItsBadge) {
    act(intent::Touch{});
    act(intent::CallStaff{});
    wait(std::chrono::seconds(config.timeouts.help_note_s));
    EXPECT_EQ(note().note, HelpNote::called);
    EXPECT_TRUE(note().badge);
}

TEST_F(HelpNoteTest, TheBadgeTimeComesFromTheConfiguration) {
    config.timeouts.help_note_s = 45;
    start_session(*submit_port);
    act(intent::Touch{});
    act(intent::CallStaff{});
    wait(44s);
    EXPECT_FALSE(note().badge);
    wait(1s);
    EXPECT_TRUE(note().badge);
}

TEST_F(HelpNoteTest, TheFrameIsWokenWhenTheNoteShrinks) {
    act(intent::Touch{});
    act(intent::CallStaff{});
    const SteadyTime badge_at = now + std::chrono::seconds(config.timeouts.help_note_s);
    ASSERT_TRUE(session->next_deadline());
    EXPECT_EQ(*session->next_deadline(), badge_at);
}

TEST_F(HelpNoteTest, CallingAgainAfterTheAcknowledgementShowsCalledInFull) {
    act(intent::Touch{});
    act(intent::CallStaff{});
    session->staff_acknowledged(now);
    wait(std::chrono::seconds(config.timeouts.help_note_s));
    ASSERT_TRUE(note().badge);
    act(intent::CallStaff{});
    EXPECT_EQ(note().note, HelpNote::called);
    EXPECT_FALSE(note().badge);
}

TEST_F(HelpNoteTest, AnAcknowledgementWithoutACallIsIgnoredAndIsNotATouch) {
    act(intent::Touch{});
    session->staff_acknowledged(now);
    EXPECT_EQ(note().note, HelpNote::none);

    act(intent::CallStaff{});
    wait(30s);
    session->staff_acknowledged(now);
    wait(std::chrono::seconds(config.timeouts.inactivity_s) - 30s);
    EXPECT_EQ(screen(), Screen::still_there) << "the office's answer is not the citizen's touch";
}

TEST_F(HelpNoteTest, TheStillThereWipeEndsTheNote) {
    act(intent::Touch{});
    act(intent::CallStaff{});
    session->staff_acknowledged(now);
    wait(std::chrono::seconds(config.timeouts.inactivity_s + config.timeouts.countdown_s));
    ASSERT_EQ(screen(), Screen::attract);
    EXPECT_EQ(note().note, HelpNote::none);
}

TEST_F(HelpNoteTest, WatchRecordsThePressAndPollsAtItsIntervalUntilAcknowledged) {
    FakeHelpPort port;
    HelpWatch watch(port, 3s);
    act(intent::Touch{});
    act(intent::CallStaff{});
    ASSERT_TRUE(watch.update(*session, now));
    EXPECT_EQ(port.recorded, 1);
    EXPECT_TRUE(port.asked.empty()) << "no poll in the frame of the press";
    ASSERT_TRUE(watch.next_poll());
    EXPECT_EQ(*watch.next_poll(), now + 3s);

    // Frames in between ask nothing.
    wait(1s);
    ASSERT_TRUE(watch.update(*session, now));
    wait(1s);
    ASSERT_TRUE(watch.update(*session, now));
    EXPECT_TRUE(port.asked.empty());

    wait(1s);
    ASSERT_TRUE(watch.update(*session, now));
    EXPECT_EQ(port.asked, (std::vector<std::int64_t>{7}));
    EXPECT_EQ(note().note, HelpNote::called);

    port.seen = true;
    wait(3s);
    ASSERT_TRUE(watch.update(*session, now));
    EXPECT_EQ(note().note, HelpNote::acknowledged);
    EXPECT_EQ(port.recorded, 1);

    // Seen: nothing more to ask.
    EXPECT_FALSE(watch.next_poll());
    wait(10s);
    ASSERT_TRUE(watch.update(*session, now));
    EXPECT_EQ(port.asked.size(), 2u);
}

TEST_F(HelpNoteTest, WatchForgetsTheRequestWhenTheVisitEnds) {
    FakeHelpPort port;
    HelpWatch watch(port, 3s);
    act(intent::Touch{});
    act(intent::CallStaff{});
    ASSERT_TRUE(watch.update(*session, now));
    act(intent::GoHome{});
    ASSERT_TRUE(watch.update(*session, now));
    EXPECT_FALSE(watch.next_poll());
    wait(10s);
    ASSERT_TRUE(watch.update(*session, now));
    EXPECT_TRUE(port.asked.empty());
}

TEST_F(HelpNoteTest, StorePortLearnsTheConsolesAcknowledgement) {
    StoreHelpPort port(*store, "kiosk-test", [] { return filing_time(); });
    auto id = port.record(HelpRequest{Screen::details, now});
    ASSERT_TRUE(id) << id.error().detail;
    auto before = port.acknowledged(*id);
    ASSERT_TRUE(before) << before.error().detail;
    EXPECT_FALSE(*before);

    // What the console does when staff press "acknowledge".
    ASSERT_TRUE(store->acknowledge_help_request(*id, "somsri", filing_time()));
    auto after = port.acknowledged(*id);
    ASSERT_TRUE(after) << after.error().detail;
    EXPECT_TRUE(*after);

    auto unknown = port.acknowledged(*id + 100);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, Errc::not_found);
}

TEST_F(HelpNoteTest, WatchOverTheStoreTellsTheSessionWhenTheConsoleAcknowledges) {
    StoreHelpPort port(*store, "kiosk-test", [] { return filing_time(); });
    HelpWatch watch(port);
    act(intent::Touch{});
    act(intent::CallStaff{});
    ASSERT_TRUE(watch.update(*session, now));
    auto open = store->open_help_requests();
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 1u);
    ASSERT_TRUE(store->acknowledge_help_request(open->front().id, "somsri", filing_time()));
    wait(help_poll_interval);
    ASSERT_TRUE(watch.update(*session, now));
    EXPECT_EQ(note().note, HelpNote::acknowledged);
}

// Issue 10 item 2: a call that was not recorded never says someone is coming.
TEST_F(HelpNoteTest, ACallThatWasNotRecordedTellsTheCitizenToAskAtTheCounter) {
    FakeHelpPort port;
    port.refuse = true;
    HelpWatch watch(port, 3s);
    act(intent::Touch{});
    act(intent::CallStaff{});
    auto r = watch.update(*session, now);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::store_busy);
    EXPECT_EQ(note().note, HelpNote::failed);
    EXPECT_FALSE(watch.next_poll()) << "nothing recorded, nothing to ask about";
    // It stays said: the citizen must not be left waiting for someone who is not coming.
    wait(std::chrono::seconds(config.timeouts.help_note_s));
    ASSERT_TRUE(watch.update(*session, now));
    EXPECT_EQ(note().note, HelpNote::failed);
    EXPECT_FALSE(note().badge);
}

TEST_F(HelpNoteTest, CallingAgainAfterAFailedCallTriesAgain) {
    FakeHelpPort port;
    port.refuse = true;
    HelpWatch watch(port, 3s);
    act(intent::Touch{});
    act(intent::CallStaff{});
    ASSERT_FALSE(watch.update(*session, now));
    port.refuse = false;
    act(intent::CallStaff{});
    ASSERT_TRUE(watch.update(*session, now));
    EXPECT_EQ(port.recorded, 2);
    EXPECT_EQ(note().note, HelpNote::called);
    EXPECT_TRUE(watch.next_poll());
}

TEST_F(HelpNoteTest, StorePortRecordsTheScreenTheCitizenWasOn) {
    StoreHelpPort port(*store, "kiosk-test", [] { return filing_time(); });
    ASSERT_TRUE(port.record(HelpRequest{Screen::review, now}));
    auto open = store->open_help_requests();
    ASSERT_TRUE(open) << open.error().detail;
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ(open->front().kiosk, "kiosk-test");
    EXPECT_EQ(open->front().screen, "review");
}

}  // namespace
}  // namespace siang::flow::testing
