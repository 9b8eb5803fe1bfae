// The receipt: no Back, Done asks once whether the code is kept, the timeout warns and a tap
// extends.
#include <gtest/gtest.h>

#include "kiosk_flow_fixture.hpp"

namespace siang::flow::testing {
namespace {

using domain::Kind;

class KioskReceiptTest : public KioskFlowTest {
  protected:
    // An anonymous suggestion filed: the receipt is the only place its code is ever shown.
    void file_anonymous() {
        fill_form(Kind::suggestion, "", "ขอป้ายบอกทาง", "ป้ายบอกทางไปสำนักงานเทศบาลไม่ชัด", "", "");
        act(intent::ChooseAnonymous{});
        submit();
        ASSERT_NE(session->receipt(), nullptr);
        (void)session->take_visit_ended();
    }
};

TEST_F(KioskReceiptTest, DoneAsksOnceAndGoHomeThenLeaves) {
    file_anonymous();
    act(intent::Done{});
    EXPECT_EQ(screen(), Screen::receipt);
    EXPECT_TRUE(session->confirming_done());
    ASSERT_NE(session->receipt(), nullptr);  // the code is still there to see
    EXPECT_FALSE(session->take_visit_ended());
    act(intent::GoHome{});
    EXPECT_EQ(screen(), Screen::attract);
    EXPECT_EQ(session->receipt(), nullptr);
    EXPECT_FALSE(session->confirming_done());
    EXPECT_TRUE(session->take_visit_ended());
}

TEST_F(KioskReceiptTest, LeavingTheReceiptGivesTheNextCitizenThaiAtTheUsualSize) {
    act(intent::Touch{});
    act(intent::ToggleLanguage{});
    act(intent::ToggleLargeText{});
    file_anonymous();
    ASSERT_EQ(session->lang(), i18n::Lang::en);
    ASSERT_TRUE(session->large_text());
    act(intent::Done{});
    act(intent::GoHome{});
    ASSERT_EQ(screen(), Screen::attract);
    EXPECT_EQ(session->lang(), i18n::Lang::th);
    EXPECT_FALSE(session->large_text());
}

TEST_F(KioskReceiptTest, HomeBeforeFilingKeepsTheCitizensLanguageAndSize) {
    act(intent::Touch{});
    act(intent::ToggleLanguage{});
    act(intent::ToggleLargeText{});
    act(intent::ChooseKind{Kind::suggestion});
    act(intent::GoHome{});
    ASSERT_EQ(screen(), Screen::attract);
    EXPECT_EQ(session->lang(), i18n::Lang::en);  // the same person starting again
    EXPECT_TRUE(session->large_text());
}

TEST_F(KioskReceiptTest, BackToMyCodeClosesTheQuestionAndKeepsTheReceipt) {
    file_anonymous();
    const std::string code = session->receipt()->filed.code.str();
    act(intent::Done{});
    ASSERT_TRUE(session->confirming_done());
    act(intent::BackToCode{});
    EXPECT_EQ(screen(), Screen::receipt);
    EXPECT_FALSE(session->confirming_done());
    ASSERT_NE(session->receipt(), nullptr);
    EXPECT_EQ(session->receipt()->filed.code.str(), code);
    // Done asks again the next time: every leaving is confirmed.
    act(intent::Done{});
    EXPECT_TRUE(session->confirming_done());
}

TEST_F(KioskReceiptTest, HomeWithoutTheQuestionAsksFirst) {
    file_anonymous();
    act(intent::GoHome{});
    EXPECT_EQ(screen(), Screen::receipt);
    EXPECT_TRUE(session->confirming_done());
    ASSERT_NE(session->receipt(), nullptr);
}

TEST_F(KioskReceiptTest, BackDoesNothingOnTheReceipt) {
    file_anonymous();
    act(intent::Back{});
    EXPECT_EQ(screen(), Screen::receipt);
    EXPECT_NE(session->receipt(), nullptr);
    EXPECT_FALSE(session->confirming_done());
    EXPECT_FALSE(session->take_visit_ended());
}

TEST_F(KioskReceiptTest, WarnsFifteenSecondsBeforeTheTimeoutAndGoesHomeAtIt) {
    file_anonymous();
    EXPECT_FALSE(session->receipt_expiring(now));
    wait(std::chrono::seconds(74));
    EXPECT_FALSE(session->receipt_expiring(now));
    EXPECT_EQ(session->seconds_left(now), 16);
    wait(std::chrono::seconds(1));
    EXPECT_TRUE(session->receipt_expiring(now));
    EXPECT_EQ(session->seconds_left(now), 15);
    wait(std::chrono::seconds(14));
    EXPECT_EQ(screen(), Screen::receipt);
    EXPECT_TRUE(session->receipt_expiring(now));
    EXPECT_EQ(session->seconds_left(now), 1);
    wait(std::chrono::seconds(1));
    EXPECT_EQ(screen(), Screen::attract);
    EXPECT_EQ(session->receipt(), nullptr);
    EXPECT_FALSE(session->receipt_expiring(now));
}

TEST_F(KioskReceiptTest, ATapExtendsTheReceiptBackToTheFullTime) {
    file_anonymous();
    wait(std::chrono::seconds(80));
    ASSERT_TRUE(session->receipt_expiring(now));
    act(intent::Touch{}, std::chrono::seconds(0));
    EXPECT_FALSE(session->receipt_expiring(now));
    EXPECT_EQ(session->seconds_left(now), 90);
    EXPECT_EQ(session->next_deadline(), now + std::chrono::seconds(90));
    wait(std::chrono::seconds(89));
    EXPECT_EQ(screen(), Screen::receipt);
    wait(std::chrono::seconds(1));
    EXPECT_EQ(screen(), Screen::attract);
}

TEST_F(KioskReceiptTest, TheTimeoutStillGoesHomeWhileTheQuestionIsOpen) {
    config.timeouts.receipt_s = 45;
    start_session(*submit_port);
    file_anonymous();
    act(intent::Done{}, std::chrono::seconds(0));
    wait(std::chrono::seconds(30));
    EXPECT_TRUE(session->receipt_expiring(now));
    EXPECT_TRUE(session->confirming_done());
    wait(std::chrono::seconds(15));
    EXPECT_EQ(screen(), Screen::attract);
    EXPECT_FALSE(session->confirming_done());
}

}  // namespace
}  // namespace siang::flow::testing
