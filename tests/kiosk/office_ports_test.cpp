// The kiosk's ports over the office (issue 11 item 6): a link that hangs never holds up the
// caller (the UI thread), answers come back through the wake, and the enrolment screen takes a
// scanned enrolment line and nothing else.
#include "kiosk/office_ports.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "kiosk/enrolment_screen.hpp"

namespace siang::kiosk {
namespace {

using namespace std::chrono_literals;

// Something the worker sets and the test waits for, bounded in time.
struct Signal {
    std::mutex m;
    std::condition_variable cv;
    int count = 0;
    void raise() {
        {
            std::lock_guard l(m);
            ++count;
        }
        cv.notify_all();
    }
    bool wait_for(int n) {
        std::unique_lock l(m);
        return cv.wait_for(l, 10s, [&] { return count >= n; });
    }
};

// An office link that blocks in every call until the test opens its gate, as a server that
// does not answer would (the real client's timeouts end such a wait; here the test does).
struct GatedLink final : sync::OfficeLink {
    struct Gate {
        std::mutex m;
        std::condition_variable cv;
        bool open = false;
        Result<store::PublicStatus> track = fail(Errc::server_unreachable, "127.0.0.1:1");
        Result<std::int64_t> help = fail(Errc::server_unreachable, "127.0.0.1:1");
        bool acknowledged = false;
        void pass() {
            std::unique_lock l(m);
            cv.wait_for(l, 10s, [&] { return open; });
        }
        void let_through() {
            {
                std::lock_guard l(m);
                open = true;
            }
            cv.notify_all();
        }
    };
    explicit GatedLink(std::shared_ptr<Gate> g) : gate(std::move(g)) {}
    Result<sync::FilingAck> send_filing(std::string_view) override {
        return fail(Errc::server_failed, "not here");
    }
    Result<store::PublicStatus> track(const domain::TrackingCode&) override {
        gate->pass();
        return gate->track;
    }
    Result<std::int64_t> call_help(std::string_view) override {
        gate->pass();
        return gate->help;
    }
    Result<bool> help_acknowledged(std::int64_t) override {
        gate->pass();
        return gate->acknowledged;
    }
    Result<void> report_backlog(const sync::Backlog&) override { return {}; }
    std::shared_ptr<Gate> gate;
};

domain::TrackingCode a_code() {
    domain::TrackingCode c{{4, 8, 2, 1, 7, 7, 3, 0, 5, 1, 9, 0}};
    c.digits[11] = domain::damm_check_digit(std::span(c.digits).first(11));
    return c;
}

class OfficePortsTest : public ::testing::Test {
  protected:
    LinkMaker maker() {
        return [g = gate]() -> Result<std::unique_ptr<sync::OfficeLink>> {
            return std::unique_ptr<sync::OfficeLink>(std::make_unique<GatedLink>(g));
        };
    }
    Wake wake() {
        return [this] { woken.raise(); };
    }
    PendingLookup nothing_pending() {
        return [](const domain::TrackingCode&) {
            return Result<std::optional<sync::Receipt>>(std::nullopt);
        };
    }
    std::shared_ptr<GatedLink::Gate> gate = std::make_shared<GatedLink::Gate>();
    Signal woken;
};

TEST_F(OfficePortsTest, ALookupReturnsAtOnceWhileTheOfficeHangsAndTheAnswerComesWithAWake) {
    OfficeTrackPort port(nothing_pending(), maker(), wake());
    // The gate is shut: were look_up to wait for the link, this line would never return.
    EXPECT_FALSE(port.look_up(a_code()));
    EXPECT_FALSE(port.take_answer());  // still coming: the frame goes on
    store::PublicStatus s;
    s.division = "works";
    gate->track = s;
    gate->let_through();
    ASSERT_TRUE(woken.wait_for(1));
    auto answer = port.take_answer();
    ASSERT_TRUE(answer);
    ASSERT_TRUE(*answer);
    EXPECT_EQ((*answer)->status.division, "works");
    EXPECT_FALSE((*answer)->in_outbox);
    EXPECT_FALSE(port.take_answer());  // taken once
}

TEST_F(OfficePortsTest, AnUnreachableOfficeComesBackAsAnErrorNotAHang) {
    OfficeTrackPort port(nothing_pending(), maker(), wake());
    EXPECT_FALSE(port.look_up(a_code()));
    gate->let_through();  // the link gives up, as the client's timeout does
    ASSERT_TRUE(woken.wait_for(1));
    auto answer = port.take_answer();
    ASSERT_TRUE(answer);
    ASSERT_FALSE(*answer);
    EXPECT_EQ(answer->error().code, Errc::server_unreachable);
}

TEST_F(OfficePortsTest, AForgottenLookupsAnswerIsDropped) {
    OfficeTrackPort port(nothing_pending(), maker(), wake());
    EXPECT_FALSE(port.look_up(a_code()));
    port.forget();  // the citizen pressed Back
    gate->let_through();
    // A second lookup after it: only its answer counts.
    EXPECT_FALSE(port.look_up(a_code()));
    ASSERT_TRUE(woken.wait_for(1));
    auto answer = port.take_answer();
    ASSERT_TRUE(answer);
    EXPECT_FALSE(port.take_answer());
}

TEST_F(OfficePortsTest, ACodeStillInTheOutboxIsAnsweredLocallyWithoutAskingTheOffice) {
    int asked_office = 0;
    OfficeTrackPort port(
        [](const domain::TrackingCode& code) {
            sync::Receipt r;
            r.code = code;
            r.filed_at = domain::TimePoint{std::chrono::seconds{1'790'000'000}};
            return Result<std::optional<sync::Receipt>>(r);
        },
        [&]() -> Result<std::unique_ptr<sync::OfficeLink>> {
            ++asked_office;
            return fail(Errc::server_unreachable, "x");
        },
        wake());
    auto answer = port.look_up(a_code());
    ASSERT_TRUE(answer);
    ASSERT_TRUE(*answer);
    EXPECT_TRUE((*answer)->in_outbox);
    EXPECT_EQ((*answer)->status.filed_at, domain::TimePoint{std::chrono::seconds{1'790'000'000}});
    EXPECT_EQ(asked_office, 0);
}

TEST_F(OfficePortsTest, AHelpRequestIsRecordedAtOnceAndAFailedSendIsReported) {
    OfficeHelpPort port(maker(), wake());
    auto id = port.record(flow::HelpRequest{flow::Screen::details, {}});  // gate shut: no wait
    ASSERT_TRUE(id);
    EXPECT_FALSE(port.record_failed(*id));  // may still arrive
    EXPECT_EQ(port.acknowledged(*id).value_or(true), false);
    gate->let_through();
    ASSERT_TRUE(woken.wait_for(1));
    auto why = port.record_failed(*id);
    ASSERT_TRUE(why);
    EXPECT_EQ(why->code, Errc::server_unreachable);
}

TEST_F(OfficePortsTest, AHelpRequestTheOfficeAcknowledgesIsSeenOnALaterPoll) {
    gate->help = std::int64_t{41};
    gate->acknowledged = true;
    gate->let_through();
    OfficeHelpPort port(maker(), wake());
    auto id = port.record(flow::HelpRequest{flow::Screen::attract, {}});
    ASSERT_TRUE(id);
    ASSERT_TRUE(woken.wait_for(1));  // sent
    EXPECT_FALSE(port.record_failed(*id));
    EXPECT_EQ(port.acknowledged(*id).value_or(true), false);  // asks in the background
    ASSERT_TRUE(woken.wait_for(2));                           // the office's answer
    EXPECT_EQ(port.acknowledged(*id).value_or(false), true);
    EXPECT_FALSE(port.acknowledged(999));  // unknown id
}

// --- the enrolment screen --------------------------------------------------------------------

const std::string fp = "3f0a6b1c2d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcd";

TEST(EnrolmentScreenTest, AScannedEnrolmentLineEnrolsLettersAndAll) {
    Signal done;
    std::optional<sync::EnrolmentLink> got;
    EnrolmentScreen screen(
        [&](const sync::EnrolmentLink& l) -> Result<void> {
            got = l;
            return {};
        },
        [&] { done.raise(); });
    const std::string line =
        sync::encode_enrolment_link({"https://192.168.1.10:8443", "K7QM-2XRA-9PLD-4WVE", fp});
    // The scanner types it over a few frames, then Enter.
    screen.on_input(line.substr(0, 20), false);
    screen.on_input(line.substr(20), false);
    screen.on_input("", true);
    ASSERT_TRUE(done.wait_for(1));
    EXPECT_EQ(screen.phase(), EnrolmentScreen::Phase::enrolled);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->url, "https://192.168.1.10:8443");
    EXPECT_EQ(got->code, "K7QM-2XRA-9PLD-4WVE");
    EXPECT_EQ(got->fingerprint, fp);
    EXPECT_FALSE(screen.error());
}

TEST(EnrolmentScreenTest, OtherTextIsRefusedAndTheScreenWaitsForTheNextScan) {
    int enrolled = 0;
    EnrolmentScreen screen(
        [&](const sync::EnrolmentLink&) -> Result<void> {
            ++enrolled;
            return {};
        },
        {});
    screen.on_input("4821-7730-5195", true);  // a receipt's tracking code
    EXPECT_EQ(screen.phase(), EnrolmentScreen::Phase::waiting);
    ASSERT_TRUE(screen.error());
    EXPECT_EQ(screen.error()->code, Errc::invalid_input);
    screen.on_input("hello", true);
    EXPECT_TRUE(screen.error());
    screen.on_input(std::string(5000, 'x'), true);  // a runaway scan is cut off and refused
    EXPECT_TRUE(screen.error());
    EXPECT_EQ(enrolled, 0);
}

TEST(EnrolmentScreenTest, ARefusedEnrolmentIsShownAndTheNextScanMayTryAgain) {
    Signal done;
    int tries = 0;
    EnrolmentScreen screen(
        [&](const sync::EnrolmentLink&) -> Result<void> {
            if (++tries == 1) return fail(Errc::enrolment_refused, "");
            return {};
        },
        [&] { done.raise(); });
    const std::string line =
        sync::encode_enrolment_link({"https://192.168.1.10:8443", "K7QM-2XRA-9PLD-4WVE", fp});
    screen.on_input(line, true);
    ASSERT_TRUE(done.wait_for(1));
    EXPECT_EQ(screen.phase(), EnrolmentScreen::Phase::waiting);
    ASSERT_TRUE(screen.error());
    EXPECT_EQ(screen.error()->code, Errc::enrolment_refused);
    screen.on_input(line, true);
    ASSERT_TRUE(done.wait_for(2));
    EXPECT_EQ(screen.phase(), EnrolmentScreen::Phase::enrolled);
}

}  // namespace
}  // namespace siang::kiosk
