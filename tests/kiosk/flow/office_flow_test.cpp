// The session over ports that answer later, as the office server's do (issue 11 item 6): the
// receipt waits a moment for the case number, tracking waits on "checking…", a help request
// that never reached the office says so. The ports here are fakes answering when told.
#include <gtest/gtest.h>

#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/flow/help_watch.hpp"
#include "kiosk_flow_fixture.hpp"

namespace siang::flow::testing {
namespace {

// Files through the real store, but the number is the office's: it comes when the test says.
class LateNumberSubmitPort final : public SubmitPort {
  public:
    explicit LateNumberSubmitPort(SubmitPort& real) : real_(real) {}
    Result<Filing> submit(const domain::Draft& validated) override {
        auto f = real_.submit(validated);
        if (!f) return f;
        number_ = f->number;
        f->uuid = "6f1c2a9e-0000-4000-8000-000000000001";
        f->number.reset();
        return f;
    }
    std::optional<domain::CaseNumber> case_number(const Filing& filing) override {
        ++asked;
        EXPECT_EQ(filing.uuid, "6f1c2a9e-0000-4000-8000-000000000001");
        return arrived ? number_ : std::nullopt;
    }
    bool arrived = false;
    int asked = 0;
    std::optional<domain::CaseNumber> number_;

  private:
    SubmitPort& real_;
};

// Looks codes up "in the background": nothing at once; the test hands the answer over.
class LaterTrackPort final : public TrackPort {
  public:
    std::optional<Result<TrackAnswer>> look_up(const domain::TrackingCode&) override {
        ++lookups;
        if (immediate) return std::exchange(immediate, std::nullopt);
        return std::nullopt;
    }
    std::optional<Result<TrackAnswer>> take_answer() override {
        return std::exchange(answer, std::nullopt);
    }
    void forget() override { ++forgotten; }
    std::optional<Result<TrackAnswer>> immediate;
    std::optional<Result<TrackAnswer>> answer;
    int lookups = 0;
    int forgotten = 0;
};

store::PublicStatus some_status() {
    store::PublicStatus s;
    s.kind = domain::Kind::complaint;
    s.division = "works";
    s.filed_at = filing_time();
    s.status = domain::Status::in_progress;
    return s;
}

class OfficeFlowTest : public KioskFlowTest {
  protected:
    void SetUp() override {
        KioskFlowTest::SetUp();
        config.timeouts.case_number_wait_ms = 2000;
        config.timeouts.track_wait_s = 10;
        late.emplace(*submit_port);
        session.reset();
        session = std::make_unique<KioskSession>(config, *late, tracker, now);
    }

    void to_review() {
        fill_form(domain::Kind::complaint, "works", "ถนนชำรุด", "หลุมลึกหน้าตลาด", "ตลาดสด", "");
        act(intent::ChooseAnonymous{});
        ASSERT_EQ(screen(), Screen::review);
    }

    void enter_a_code() {
        act(intent::StartTracking{});
        domain::TrackingCode c{{4, 8, 2, 1, 7, 7, 3, 0, 5, 1, 9, 0}};
        c.digits[11] = domain::damm_check_digit(std::span(c.digits).first(11));
        act(intent::EnterCode{c.grouped()});
    }

    std::optional<LateNumberSubmitPort> late;
    LaterTrackPort tracker;
};

TEST_F(OfficeFlowTest, ReceiptShowsTheCaseNumberWhenItArrivesWithinTheWait) {
    to_review();
    act(intent::Submit{}, 10ms);
    EXPECT_EQ(screen(), Screen::submitting);  // filed for good, waiting for the office's number
    EXPECT_TRUE(session->awaiting_case_number());
    wait(500ms);
    EXPECT_EQ(screen(), Screen::submitting);
    late->arrived = true;  // the uploader wrote the acknowledgement; the pacer was woken
    wait(1ms);
    ASSERT_EQ(screen(), Screen::receipt);
    ASSERT_TRUE(session->receipt()->filed.number);
    EXPECT_EQ(*session->receipt()->filed.number, *late->number_);
}

TEST_F(OfficeFlowTest, ReceiptSaysTheOfficeWillNumberItWhenTheWaitEnds) {
    to_review();
    act(intent::Submit{}, 10ms);
    ASSERT_EQ(screen(), Screen::submitting);
    // The pacer sleeps until the wait ends (the port wakes it earlier if the number comes).
    ASSERT_TRUE(session->next_deadline());
    EXPECT_EQ(*session->next_deadline(), now + 2s);
    wait(2s);
    ASSERT_EQ(screen(), Screen::receipt);
    EXPECT_FALSE(session->receipt()->filed.number);
    EXPECT_EQ(session->receipt()->kind, domain::Kind::complaint);
    // The number may still arrive while the receipt shows.
    late->arrived = true;
    wait(1s);
    ASSERT_TRUE(session->receipt()->filed.number);
    EXPECT_EQ(*session->receipt()->filed.number, *late->number_);
}

TEST_F(OfficeFlowTest, WithNoWaitConfiguredTheReceiptShowsAtOnce) {
    config.timeouts.case_number_wait_ms = 0;
    session = std::make_unique<KioskSession>(config, *late, tracker, now);
    to_review();
    act(intent::Submit{});
    EXPECT_EQ(screen(), Screen::receipt);
    EXPECT_FALSE(session->receipt()->filed.number);
}

TEST_F(OfficeFlowTest, NothingTappedChangesTheFilingWhileTheNumberIsAwaited) {
    to_review();
    act(intent::Submit{}, 10ms);
    act(intent::GoHome{}, 10ms);
    act(intent::Back{}, 10ms);
    EXPECT_EQ(screen(), Screen::submitting);
    wait(2s);
    EXPECT_EQ(screen(), Screen::receipt);
}

TEST_F(OfficeFlowTest, TrackingShowsCheckingUntilTheOfficeAnswers) {
    enter_a_code();
    EXPECT_EQ(screen(), Screen::track_checking);
    EXPECT_EQ(tracker.lookups, 1);
    wait(1s);
    EXPECT_EQ(screen(), Screen::track_checking);
    tracker.answer = Result<TrackAnswer>(TrackAnswer{some_status(), false});
    wait(1ms);
    ASSERT_EQ(screen(), Screen::track_result);
    EXPECT_FALSE(session->track_in_outbox());
    EXPECT_EQ(session->track_result()->division, "works");
}

TEST_F(OfficeFlowTest, AnOfficeThatCannotBeReachedIsToldPlainlyAndIsNoWrongCode) {
    enter_a_code();
    const int before = session->attempts_left();
    tracker.answer = Result<TrackAnswer>(fail(Errc::server_unreachable, "192.168.1.10:8443"));
    wait(1ms);
    ASSERT_EQ(screen(), Screen::track_entry);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(citizen_message(*session->error(), screen(), i18n::Lang::th),
              i18n::tr("kiosk.error.office_unreachable", i18n::Lang::th));
    const std::string en = citizen_message(*session->error(), screen(), i18n::Lang::en);
    EXPECT_EQ(en.find("192.168"), std::string::npos) << en;  // never the raw detail
    EXPECT_EQ(session->attempts_left(), before);
}

TEST_F(OfficeFlowTest, AnAnswerThatNeverComesEndsInTheSameMessageNotAHang) {
    enter_a_code();
    ASSERT_EQ(screen(), Screen::track_checking);
    ASSERT_TRUE(session->next_deadline());
    EXPECT_LE(*session->next_deadline(), now + 10s);
    wait(10s);
    ASSERT_EQ(screen(), Screen::track_entry);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::server_unreachable);
    EXPECT_GE(tracker.forgotten, 1);  // a late answer is dropped
}

TEST_F(OfficeFlowTest, TheOfficesRateLimitShowsTheThrottlePause) {
    enter_a_code();
    tracker.answer = Result<TrackAnswer>(fail(Errc::rate_limited, "track"));
    wait(1ms);
    EXPECT_EQ(screen(), Screen::track_paused);
    EXPECT_GT(session->seconds_left(now), 0);
}

TEST_F(OfficeFlowTest, AnUnknownCodeFromTheOfficeCountsAsAWrongCode) {
    enter_a_code();
    const int before = session->attempts_left();
    tracker.answer = Result<TrackAnswer>(fail(Errc::unknown_code, ""));
    wait(1ms);
    EXPECT_EQ(screen(), Screen::track_entry);
    EXPECT_EQ(session->attempts_left(), before - 1);
}

TEST_F(OfficeFlowTest, ACodeStillInTheOutboxIsAnsweredAtOnce) {
    TrackAnswer pending;
    pending.status.filed_at = filing_time();
    pending.in_outbox = true;
    tracker.immediate = Result<TrackAnswer>(pending);
    enter_a_code();
    ASSERT_EQ(screen(), Screen::track_result);
    EXPECT_TRUE(session->track_in_outbox());
    act(intent::GoHome{});
    EXPECT_FALSE(session->track_in_outbox());
}

TEST_F(OfficeFlowTest, BackWhileCheckingLeavesAndForgetsTheAnswer) {
    enter_a_code();
    const int forgotten = tracker.forgotten;
    act(intent::Back{});
    EXPECT_EQ(screen(), Screen::attract);
    EXPECT_GT(tracker.forgotten, forgotten);
}

// A help port whose request is sent in the background and turns out never to have arrived.
class UndeliveredHelpPort final : public HelpPort {
  public:
    Result<std::int64_t> record(const HelpRequest&) override { return 7; }
    Result<bool> acknowledged(std::int64_t) override { return false; }
    std::optional<Error> record_failed(std::int64_t id) override {
        EXPECT_EQ(id, 7);
        if (!gave_up) return std::nullopt;
        return Error{Errc::server_unreachable, "192.168.1.10:8443"};
    }
    bool gave_up = false;
};

TEST_F(OfficeFlowTest, AHelpRequestThatNeverReachedTheOfficeSaysAskAtTheCounter) {
    UndeliveredHelpPort port;
    HelpWatch watch(port);
    act(intent::Touch{});
    act(intent::CallStaff{});
    EXPECT_TRUE(watch.update(*session, now));
    EXPECT_EQ(session->help_note(now).note, HelpNote::called);
    port.gave_up = true;
    now += 1s;
    auto r = watch.update(*session, now);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::server_unreachable);  // for the IT person's log
    EXPECT_EQ(session->help_note(now).note, HelpNote::failed);
}

}  // namespace
}  // namespace siang::flow::testing
