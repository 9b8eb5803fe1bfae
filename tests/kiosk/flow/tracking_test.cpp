// Tracking a case at the kiosk: the public reply, wrong codes, the pause and scanner bursts.
#include <gtest/gtest.h>

#include "domain/tracking_code.hpp"
#include "kiosk_flow_fixture.hpp"

namespace siang::flow::testing {
namespace {

using domain::Kind;

class KioskTrackingTest : public KioskFlowTest {
  protected:
    // Files a complaint through the session and leaves the receipt; returns it.
    Receipt file_complaint() {
        fill_form(Kind::complaint, "works", "ถนนชำรุด", "ถนนหน้าตลาดเป็นหลุมลึก", "ตลาดสด", "");
        act(intent::ChooseAnonymous{});
        Receipt r = submit();
        act(intent::Done{});
        act(intent::GoHome{});  // "yes, I have it"
        return r;
    }

    // A well-formed code no case has.
    static std::string unknown_code() { return domain::generate_tracking_code().str(); }

    // A code with one digit mistyped: the Damm check digit catches it.
    static std::string mistyped(const domain::TrackingCode& code) {
        std::string s = code.str();
        s[3] = s[3] == '9' ? '0' : static_cast<char>(s[3] + 1);
        return s;
    }

    void enter_code(const std::string& text) {
        act(intent::SetText{Field::tracking_code, text});
        act(intent::EnterCode{text});
    }
};

TEST_F(KioskTrackingTest, ShowsThePublicReplyAfterAStatusChangeInTheStore) {
    Receipt r = file_complaint();
    domain::StatusChange change;
    change.to = domain::Status::in_review;
    change.at = filing_time() + std::chrono::hours(24);
    change.actor = "clerk1";
    change.note = "ส่งช่างไปดูหน้างานพรุ่งนี้";
    change.public_reply = "กองช่างรับเรื่องแล้ว จะออกตรวจพื้นที่ภายในสัปดาห์นี้";
    ASSERT_TRUE(store->change_status(*r.filed.number, change, store::Viewer{"clerk1", false}));

    act(intent::StartTracking{});
    ASSERT_EQ(screen(), Screen::track_entry);
    enter_code(r.filed.code.grouped());
    ASSERT_EQ(screen(), Screen::track_result);
    const store::PublicStatus* status = session->track_result();
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->kind, Kind::complaint);
    EXPECT_EQ(status->status, domain::Status::in_review);
    EXPECT_EQ(status->division, "works");
    EXPECT_EQ(status->latest_public_reply, "กองช่างรับเรื่องแล้ว จะออกตรวจพื้นที่ภายในสัปดาห์นี้");
    ASSERT_EQ(status->timeline.size(), 2u);
    EXPECT_EQ(status->timeline[1].status, domain::Status::in_review);
    EXPECT_EQ(session->text(Field::tracking_code), "");  // the typed code does not linger

    act(intent::Back{});
    EXPECT_EQ(screen(), Screen::attract);
    EXPECT_EQ(session->track_result(), nullptr);
}

TEST_F(KioskTrackingTest, MistypedAndUnknownCodesAreToldApart) {
    Receipt r = file_complaint();
    act(intent::StartTracking{});
    enter_code(mistyped(r.filed.code));
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::bad_check_digit);
    enter_code(unknown_code());
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::unknown_code);
    enter_code("1234");
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::malformed_code);
    EXPECT_EQ(screen(), Screen::track_entry);
    EXPECT_EQ(session->attempts_left(), 2);
}

TEST_F(KioskTrackingTest, FiveWrongCodesInARowPauseEntryForSixtySeconds) {
    Receipt r = file_complaint();
    act(intent::StartTracking{});
    for (int i = 0; i < 4; ++i) enter_code(i % 2 ? unknown_code() : mistyped(r.filed.code));
    EXPECT_EQ(screen(), Screen::track_entry);
    EXPECT_EQ(session->attempts_left(), 1);

    enter_code(unknown_code());
    ASSERT_EQ(screen(), Screen::track_paused);
    const SteadyTime paused_at = now;
    EXPECT_EQ(session->seconds_left(now), 60);

    // Even the right code is refused while paused, typed or scanned.
    act(intent::EnterCode{r.filed.code.str()});
    act(intent::ScannerBurst{r.filed.code.str()});
    EXPECT_EQ(screen(), Screen::track_paused);
    EXPECT_EQ(session->track_result(), nullptr);

    now = paused_at + std::chrono::seconds(59);
    session->handle(intent::Touch{}, now);  // the citizen is still there
    session->tick(now);
    EXPECT_EQ(screen(), Screen::track_paused);
    EXPECT_EQ(session->seconds_left(now), 1);
    EXPECT_LE(*session->next_deadline(), paused_at + std::chrono::seconds(60));

    now = paused_at + std::chrono::seconds(60);
    session->tick(now);
    ASSERT_EQ(screen(), Screen::track_entry);
    EXPECT_EQ(session->attempts_left(), 5);
    enter_code(r.filed.code.str());
    EXPECT_EQ(screen(), Screen::track_result);
}

TEST_F(KioskTrackingTest, AFoundCodeResetsTheWrongCodeCount) {
    Receipt r = file_complaint();
    act(intent::StartTracking{});
    for (int i = 0; i < 4; ++i) enter_code(unknown_code());
    enter_code(r.filed.code.str());
    ASSERT_EQ(screen(), Screen::track_result);
    act(intent::StartTracking{});  // "check another case"
    for (int i = 0; i < 4; ++i) enter_code(unknown_code());
    EXPECT_EQ(screen(), Screen::track_entry);
    EXPECT_EQ(session->attempts_left(), 1);
}

TEST_F(KioskTrackingTest, WrongCodeCountOutlivesTheVisit) {
    act(intent::StartTracking{});
    for (int i = 0; i < 5; ++i) enter_code(unknown_code());
    ASSERT_EQ(screen(), Screen::track_paused);
    act(intent::GoHome{});
    act(intent::StartTracking{});
    EXPECT_EQ(screen(), Screen::track_paused);
}

TEST_F(KioskTrackingTest, ScannerBurstOnAFormScreenAsksAndYesTracksAndBackReturnsToTheForm) {
    config.tracking_base_url = "https://tambon.example.go.th/track/";
    start_session(*submit_port);
    Receipt r = file_complaint();
    EXPECT_EQ(r.qr_payload, config.tracking_base_url + r.filed.code.str());

    // A new citizen is halfway through a suggestion when someone scans a receipt.
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::suggestion});
    act(intent::Next{});
    type(Field::subject, "ขอเพิ่มไฟส่องสว่าง");
    act(intent::Next{});
    ASSERT_EQ(screen(), Screen::details);

    act(intent::ScannerBurst{r.qr_payload});
    // The kiosk asks first, the form still there under the question.
    EXPECT_EQ(screen(), Screen::details);
    EXPECT_TRUE(session->confirming_scan());
    act(intent::OpenScanned{});
    EXPECT_FALSE(session->confirming_scan());

    ASSERT_EQ(screen(), Screen::track_result);
    EXPECT_EQ(session->track_result()->kind, Kind::complaint);
    EXPECT_TRUE(session->has_kept_form());
    act(intent::Back{});
    EXPECT_EQ(screen(), Screen::details);
    EXPECT_EQ(session->text(Field::subject), "ขอเพิ่มไฟส่องสว่าง");
    EXPECT_EQ(session->step()->index, 3);
}

TEST_F(KioskTrackingTest, ScannerBurstOnAFormScreenAndNoReturnsToTheFormAsItWas) {
    Receipt r = file_complaint();
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::complaint});
    type(Field::division, "works");
    act(intent::Next{});
    type(Field::subject, "น้ำประปาไม่ไหล");
    act(intent::ScannerBurst{r.filed.code.grouped()});
    ASSERT_TRUE(session->confirming_scan());
    // Nothing else happens while the kiosk asks: not Next, not typing.
    act(intent::Next{});
    act(intent::SetText{Field::subject, "x"});
    EXPECT_EQ(screen(), Screen::subject);
    act(intent::KeepFilling{});
    EXPECT_FALSE(session->confirming_scan());
    EXPECT_EQ(screen(), Screen::subject);
    EXPECT_EQ(session->text(Field::subject), "น้ำประปาไม่ไหล");
    EXPECT_EQ(session->text(Field::division), "works");
    EXPECT_EQ(session->attempts_left(), 5);  // no code was tried
    // The code is gone: Yes after No opens nothing.
    act(intent::OpenScanned{});
    EXPECT_EQ(screen(), Screen::subject);
    act(intent::Next{});
    EXPECT_EQ(screen(), Screen::details);
}

TEST_F(KioskTrackingTest, ScannerBurstOnTheReviewAsksToo) {
    Receipt r = file_complaint();
    fill_form(Kind::suggestion, "", "ขอที่จอดรถ", "ที่จอดรถไม่พอ", "", "");
    act(intent::ChooseAnonymous{});
    ASSERT_EQ(screen(), Screen::review);
    act(intent::ScannerBurst{r.filed.code.str()});
    EXPECT_TRUE(session->confirming_scan());
    act(intent::OpenScanned{});
    ASSERT_EQ(screen(), Screen::track_result);
    act(intent::Back{});
    EXPECT_EQ(screen(), Screen::review);
    EXPECT_EQ(session->text(Field::subject), "ขอที่จอดรถ");
}

TEST_F(KioskTrackingTest, ScannerBurstOutsideAFormOpensTheCaseWithoutAsking) {
    Receipt r = file_complaint();
    act(intent::ScannerBurst{r.filed.code.str()});
    EXPECT_FALSE(session->confirming_scan());
    EXPECT_EQ(screen(), Screen::track_result);
}

TEST_F(KioskTrackingTest, TheQuestionEndsWithTheVisit) {
    Receipt r = file_complaint();
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::suggestion});
    act(intent::Next{});
    act(intent::ScannerBurst{r.filed.code.str()});
    ASSERT_TRUE(session->confirming_scan());
    act(intent::GoHome{});
    EXPECT_EQ(screen(), Screen::attract);
    EXPECT_FALSE(session->confirming_scan());
}

TEST_F(KioskTrackingTest, ScannerBurstOfAnUnknownCodeCountsAsWrong) {
    act(intent::ScannerBurst{unknown_code()});
    EXPECT_EQ(screen(), Screen::track_entry);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::unknown_code);
    EXPECT_EQ(session->attempts_left(), 4);
}

TEST_F(KioskTrackingTest, ScannerBurstOnTheReceiptWipesTheReceipt) {
    fill_form(Kind::suggestion, "", "ขอที่จอดรถ", "ที่จอดรถหน้าสำนักงานไม่พอ", "", "");
    act(intent::ChooseAnonymous{});
    Receipt r = submit();
    act(intent::ScannerBurst{r.filed.code.grouped()});
    ASSERT_EQ(screen(), Screen::track_result);
    EXPECT_EQ(session->receipt(), nullptr);
    EXPECT_FALSE(session->has_kept_form());
    act(intent::Back{});
    EXPECT_EQ(screen(), Screen::attract);
}

TEST_F(KioskTrackingTest, AWrongCodeStaysInTheFieldSoTheCitizenFixesTheWrongDigit) {
    Receipt r = file_complaint();
    act(intent::StartTracking{});
    const std::string typo = mistyped(r.filed.code);
    enter_code(typo);
    ASSERT_EQ(screen(), Screen::track_entry);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::bad_check_digit);
    EXPECT_EQ(session->text(Field::tracking_code), typo);
    const std::string unknown = unknown_code();
    enter_code(unknown);
    EXPECT_EQ(session->text(Field::tracking_code), unknown);
    // Fixing the one digit finds the case, and the found code does not linger.
    enter_code(r.filed.code.str());
    EXPECT_EQ(screen(), Screen::track_result);
    EXPECT_EQ(session->text(Field::tracking_code), "");
}

TEST_F(KioskTrackingTest, InactivityTimerDoesNotRunDuringTheWrongCodePause) {
    config.timeouts.inactivity_s = 30;
    config.timeouts.wrong_code_pause_s = 60;
    start_session(*submit_port);
    act(intent::StartTracking{});
    for (int i = 0; i < 5; ++i) enter_code(unknown_code());
    ASSERT_EQ(screen(), Screen::track_paused);
    const SteadyTime paused_at = now;
    EXPECT_EQ(*session->next_deadline(), paused_at + std::chrono::seconds(60));

    wait(std::chrono::seconds(59));  // nobody touches the screen: the pause is waited out
    EXPECT_EQ(screen(), Screen::track_paused);
    wait(std::chrono::seconds(1));
    ASSERT_EQ(screen(), Screen::track_entry);
    // The idle time counts from the end of the pause, in full.
    EXPECT_EQ(*session->next_deadline(), now + std::chrono::seconds(30));
    wait(std::chrono::seconds(29));
    EXPECT_EQ(screen(), Screen::track_entry);
    wait(std::chrono::seconds(1));
    EXPECT_EQ(screen(), Screen::still_there);
}

}  // namespace
}  // namespace siang::flow::testing
