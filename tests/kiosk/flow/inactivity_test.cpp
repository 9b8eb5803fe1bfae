// Inactivity: the still-there prompt, continuing, the wipe from memory, the receipt timeout.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "kiosk/flow/secure_wipe.hpp"
#include "kiosk_flow_fixture.hpp"

namespace siang::flow::testing {
namespace {

using domain::Kind;

// Records every zeroing with whether the bytes really were zero when the hook ran.
struct WipeRecord {
    const void* data;
    std::size_t bytes;
    bool all_zero;
};

class KioskInactivityTest : public KioskFlowTest {
  protected:
    void SetUp() override {
        KioskFlowTest::SetUp();
        set_wipe_observer([this](const void* data, std::size_t bytes) {
            const auto* p = static_cast<const unsigned char*>(data);
            wipes.push_back(
                {data, bytes, std::all_of(p, p + bytes, [](auto b) { return b == 0; })});
        });
    }
    void TearDown() override { set_wipe_observer({}); }

    // A complaint filled up to the contact fields, with a name and phone typed.
    void fill_with_contact() {
        fill_form(Kind::complaint, "works", "ท่อประปาแตก", details_text, "หมู่ที่ 2", "2569-11-19");
        act(intent::ChooseGiveContact{});
        act(intent::AcknowledgePrivacy{});
        type(Field::name, "สมชาย ใจดี");
        type(Field::phone, "0812345678");
    }

    bool zeroed(const void* data, std::size_t at_least) const {
        return std::any_of(wipes.begin(), wipes.end(), [&](const WipeRecord& w) {
            return w.data == data && w.bytes >= at_least && w.all_zero;
        });
    }

    const std::string details_text =
        "ท่อประปาแตกหน้าบ้านเลขที่ 45 น้ำไหลออกมาตลอดทั้งคืน ถนนเริ่มทรุดตัว ขอให้ซ่อมโดยด่วน";
    std::vector<WipeRecord> wipes;
};

TEST_F(KioskInactivityTest, SixtySecondsWithoutTouchShowsStillThereAndATapContinues) {
    fill_with_contact();
    ASSERT_EQ(screen(), Screen::contact_fields);
    const SteadyTime last_touch = now;
    EXPECT_EQ(session->next_deadline(), last_touch + std::chrono::seconds(60));

    wait(std::chrono::seconds(59));
    EXPECT_EQ(screen(), Screen::contact_fields);
    wait(std::chrono::seconds(1));
    ASSERT_EQ(screen(), Screen::still_there);
    EXPECT_EQ(session->resume_screen(), Screen::contact_fields);
    EXPECT_EQ(session->seconds_left(now), 20);
    EXPECT_EQ(session->next_deadline(), last_touch + std::chrono::seconds(80));
    EXPECT_EQ(session->step()->index, 6);  // the step under the prompt

    wait(std::chrono::seconds(15));
    EXPECT_EQ(session->seconds_left(now), 5);
    act(intent::Touch{});
    EXPECT_EQ(screen(), Screen::contact_fields);
    EXPECT_EQ(session->text(Field::name), "สมชาย ใจดี");
    EXPECT_EQ(session->text(Field::details), details_text);
}

TEST_F(KioskInactivityTest, TapOnThePromptOnlyContinues) {
    fill_with_contact();
    wait(std::chrono::seconds(60));
    ASSERT_EQ(screen(), Screen::still_there);
    act(intent::GoHome{});  // lands on the prompt: continues, does not go home
    EXPECT_EQ(screen(), Screen::contact_fields);
    EXPECT_EQ(session->text(Field::phone), "0812345678");
}

TEST_F(KioskInactivityTest, CountdownEndWipesEverythingFromMemoryAndReturnsToAttract) {
    fill_with_contact();
    act(intent::ToggleLanguage{});
    act(intent::CallStaff{});
    const std::string& details = session->text(Field::details);
    const void* details_buffer = details.data();  // heap: longer than the small-string buffer
    const std::size_t details_size = details.size();
    const void* name_buffer = session->text(Field::name).data();
    const std::size_t name_size = session->text(Field::name).size();
    wipes.clear();

    wait(std::chrono::seconds(60));
    ASSERT_EQ(screen(), Screen::still_there);
    wait(std::chrono::seconds(19));
    EXPECT_EQ(screen(), Screen::still_there);
    wait(std::chrono::seconds(1));

    EXPECT_EQ(screen(), Screen::attract);
    EXPECT_FALSE(session->kind().has_value());
    for (Field f : all_fields) EXPECT_EQ(session->text(f), "") << field_id(f);
    EXPECT_EQ(session->contact_mode(), ContactMode::undecided);
    EXPECT_FALSE(session->privacy_acknowledged());
    EXPECT_EQ(session->lang(), i18n::Lang::th);  // the next citizen starts in Thai
    EXPECT_FALSE(session->staff_called());
    EXPECT_EQ(session->next_deadline(), std::nullopt);  // idle: nothing to wake for
    EXPECT_EQ(session->next_countdown_tick(now), std::nullopt);
    EXPECT_TRUE(session->take_visit_ended());
    // The buffers that held the text were zeroed before they were emptied.
    EXPECT_TRUE(zeroed(details_buffer, details_size));
    EXPECT_TRUE(zeroed(name_buffer, name_size));
}

TEST_F(KioskInactivityTest, LateTickStillWipesWithoutShowingAFreshCountdown) {
    fill_with_contact();
    wait(std::chrono::minutes(5));  // the app slept through both deadlines
    EXPECT_EQ(screen(), Screen::attract);
    EXPECT_EQ(session->text(Field::name), "");
}

TEST_F(KioskInactivityTest, ReplacingALongFieldZeroesTheOldBuffer) {
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::suggestion});
    act(intent::Next{});
    ASSERT_EQ(screen(), Screen::subject);
    type(Field::subject, "ข้อความแรกที่ยาวพอจะอยู่ในหน่วยความจำฮีป");
    const void* first = session->text(Field::subject).data();
    const std::size_t first_size = session->text(Field::subject).size();
    wipes.clear();
    std::string longer(first_size * 3, 'x');
    type(Field::subject, longer);  // needs a bigger buffer: the old one goes, zeroed
    EXPECT_TRUE(zeroed(first, first_size));
    EXPECT_EQ(session->text(Field::subject), longer);
}

TEST_F(KioskInactivityTest, ReceiptReturnsHomeAfterNinetySeconds) {
    fill_form(Kind::suggestion, "", "ขอป้ายบอกทาง", "ป้ายบอกทางไปสำนักงานเทศบาลไม่ชัด", "", "");
    act(intent::ChooseAnonymous{});
    Receipt r = submit();
    ASSERT_NE(session->receipt(), nullptr);
    const void* payload_buffer = session->receipt()->qr_payload.data();
    const SteadyTime shown = now;
    EXPECT_EQ(session->next_deadline(), shown + std::chrono::seconds(90));

    EXPECT_EQ(session->seconds_left(now), 90);
    EXPECT_EQ(session->next_countdown_tick(now), shown + std::chrono::seconds(1));
    wait(std::chrono::milliseconds(300));
    EXPECT_EQ(session->seconds_left(now), 90);  // ceil(89.7): the number has not changed yet
    EXPECT_EQ(session->next_countdown_tick(now), shown + std::chrono::seconds(1));
    wait(std::chrono::milliseconds(700));
    EXPECT_EQ(session->seconds_left(now), 89);
    EXPECT_EQ(session->next_countdown_tick(now), shown + std::chrono::seconds(2));
    wait(std::chrono::seconds(88));
    EXPECT_EQ(screen(), Screen::receipt);  // no still-there prompt on the receipt
    EXPECT_EQ(session->seconds_left(now), 1);
    EXPECT_FALSE(session->take_visit_ended());
    wipes.clear();
    wait(std::chrono::seconds(1));
    EXPECT_EQ(screen(), Screen::attract);
    EXPECT_EQ(session->receipt(), nullptr);
    EXPECT_TRUE(session->take_visit_ended());  // the kiosk checkpoints the store now
    EXPECT_FALSE(session->take_visit_ended());
    EXPECT_TRUE(zeroed(payload_buffer, r.qr_payload.size()));
}

TEST_F(KioskInactivityTest, TimeoutsComeFromTheConfiguration) {
    config.timeouts.inactivity_s = 30;
    config.timeouts.countdown_s = 10;
    config.timeouts.receipt_s = 45;
    start_session(*submit_port);
    fill_form(Kind::suggestion, "", "ขอถังขยะเพิ่ม", "ถังขยะหน้าตลาดเต็มทุกเช้า", "", "");
    wait(std::chrono::seconds(30));
    ASSERT_EQ(screen(), Screen::still_there);
    EXPECT_EQ(session->seconds_left(now), 10);
    act(intent::Touch{});
    act(intent::ChooseAnonymous{});
    submit();
    wait(std::chrono::seconds(44));
    EXPECT_EQ(screen(), Screen::receipt);
    wait(std::chrono::seconds(1));
    EXPECT_EQ(screen(), Screen::attract);
}

TEST_F(KioskInactivityTest, AttractScreenHasNoTimer) {
    EXPECT_EQ(screen(), Screen::attract);
    EXPECT_EQ(session->next_deadline(), std::nullopt);
    wait(std::chrono::hours(2));
    EXPECT_EQ(screen(), Screen::attract);
}

}  // namespace
}  // namespace siang::flow::testing
