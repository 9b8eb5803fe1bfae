// Sample visits reach every screen the app can be asked to show, in both languages.
#include "kiosk/flow/sample_visit.hpp"

#include <gtest/gtest.h>

#include "kiosk_flow_fixture.hpp"

namespace siang::flow::testing {
namespace {

class SampleVisitTest : public KioskFlowTest {
  protected:
    // Walks a fresh session in `lang` to every screen but submitting, submit_failed and
    // track_checking (the store answers lookups at once).
    void walk_everywhere(i18n::Lang lang) {
        for (Screen target : all_screens) {
            if (target == Screen::submitting || target == Screen::submit_failed ||
                target == Screen::track_checking)
                continue;
            SCOPED_TRACE(screen_id(target));
            start_session(*submit_port);
            if (lang == i18n::Lang::en) act(intent::ToggleLanguage{});
            ASSERT_TRUE(walk_to(*session, target, now)) << screen_id(session->screen());
            EXPECT_EQ(session->lang(), lang);
            check_sample(target);
        }
    }

    void check_sample(Screen target) {
        if (target == Screen::review) {
            EXPECT_EQ(session->text(Field::service), "streetlight");
            EXPECT_EQ(session->text(Field::name), "สมชาย ใจดี");
        }
        if (target == Screen::receipt) {
            ASSERT_NE(session->receipt(), nullptr);
            EXPECT_TRUE(store->find_by_code(session->receipt()->filed.code));  // really filed
        }
        if (target == Screen::track_result) {
            ASSERT_NE(session->track_result(), nullptr);
            EXPECT_EQ(session->track_result()->service, "streetlight");
        }
        if (target == Screen::still_there) {
            EXPECT_EQ(session->resume_screen(), Screen::details);
        }
    }
};

TEST_F(SampleVisitTest, ReachesEveryScreenInThai) {
    walk_everywhere(i18n::Lang::th);
}

TEST_F(SampleVisitTest, ReachesEveryScreenInEnglish) {
    walk_everywhere(i18n::Lang::en);
}

TEST_F(SampleVisitTest, ShowsSubmitFailedWhenThePortFails) {
    FlakySubmitPort flaky(*submit_port, Errc::store_busy, 1);
    start_session(flaky);
    EXPECT_TRUE(walk_to(*session, Screen::submit_failed, now));
    EXPECT_EQ(session->text(Field::subject), "ไฟฟ้าสาธารณะดับ หมู่ที่ 3 หน้าวัดสว่างอารมณ์");
}

// The receipt screenshot of a corruption complaint (`--screen corruption-receipt`).
TEST_F(SampleVisitTest, CorruptionComplaintReachesItsReceiptWithAThaiRegisterNumber) {
    start_session(*submit_port);
    ASSERT_TRUE(walk_to(*session, Screen::receipt, now, domain::Kind::corruption))
        << screen_id(session->screen());
    ASSERT_NE(session->receipt(), nullptr);
    ASSERT_TRUE(session->receipt()->filed.number);
    const auto& number = *session->receipt()->filed.number;
    EXPECT_EQ(number.book, domain::Register::corruption);
    EXPECT_TRUE(number.str().starts_with("ทจ ")) << number.str();
    EXPECT_EQ(session->receipt()->kind, domain::Kind::corruption);
    EXPECT_TRUE(session->text(Field::name).empty());  // anonymous, as the kiosk suggests
}

}  // namespace
}  // namespace siang::flow::testing
