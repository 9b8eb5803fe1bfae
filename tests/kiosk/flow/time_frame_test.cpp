// One time frame per kind: the corruption notice, the stored due date and the receipt agree.
#include <chrono>
#include <string>

#include "domain/thai_calendar.hpp"
#include "kiosk/flow/kiosk_flow_fixture.hpp"
#include "kiosk/flow/notice_texts.hpp"

namespace siang::flow::testing {
namespace {

using domain::Kind;

class TimeFrameTest : public KioskFlowTest {
  protected:
    // Reopens the store with the test's configured directory, as the kiosk does at start.
    void reopen_with_config() {
        session.reset();
        track_port.reset();
        submit_port.reset();
        store.reset();
        store::OpenOptions options;
        options.directory = config.directory;
        auto opened = store::Store::open((dir / "siang.db").string(), options);
        ASSERT_TRUE(opened) << error_name(opened.error().code);
        store.emplace(std::move(*opened));
        submit_port.emplace(*store, "kiosk-test", [] { return filing_time(); });
        track_port.emplace(*store);
        start_session(*submit_port);
    }

    // Files an anonymous corruption complaint and returns the days from filing to the due date.
    long long filed_corruption_days() {
        fill_form(Kind::corruption, "clerk", "เรียกรับเงินเพื่อเร่งออกใบอนุญาต",
                  "เจ้าหน้าที่เรียกเงินสองพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง", "สำนักงานเทศบาล", "");
        act(intent::Next{});
        EXPECT_EQ(screen(), Screen::review);
        Receipt receipt = submit();
        const auto filed_day = std::chrono::sys_days{domain::local_date(receipt.filed.filed_at)};
        const auto due_day = std::chrono::sys_days{receipt.filed.due_date};
        // The store holds the same date the receipt shows.
        EXPECT_EQ(read_case(receipt.filed.number).due_date, receipt.filed.due_date);
        return (due_day - filed_day).count();
    }
};

TEST_F(TimeFrameTest, CorruptionNoticeAndReceiptDueDateShowTheSameDefaultDays) {
    const CorruptionNotice notice = corruption_notice(config, i18n::Lang::en);
    const long long days = filed_corruption_days();
    EXPECT_EQ(days, 30);
    EXPECT_EQ(notice.time_frame, "Time frame: within " + std::to_string(days) + " days");
}

TEST_F(TimeFrameTest, ConfiguredCorruptionDaysDriveNoticeAndDueDateAlike) {
    config.directory.corruption_target_days = 45;
    reopen_with_config();
    const CorruptionNotice en = corruption_notice(config, i18n::Lang::en);
    const CorruptionNotice th = corruption_notice(config, i18n::Lang::th);
    EXPECT_EQ(filed_corruption_days(), 45);
    EXPECT_EQ(en.time_frame, "Time frame: within 45 days");
    EXPECT_NE(th.time_frame.find("45 วัน"), std::string::npos) << th.time_frame;
}

TEST_F(TimeFrameTest, ServiceTargetDaysStillSetAnEserviceDueDate) {
    config.directory.services[0].target_days = 9;  // streetlight
    reopen_with_config();
    fill_form(Kind::eservice, "streetlight", "ไฟดับหน้าบ้าน", "ไฟทางดับสามวันแล้ว", "ซอย 3", "");
    give_contact("สมชาย ใจดี", "0812345678");
    Receipt receipt = submit();
    const auto filed_day = std::chrono::sys_days{domain::local_date(receipt.filed.filed_at)};
    EXPECT_EQ((std::chrono::sys_days{receipt.filed.due_date} - filed_day).count(), 9);
}

}  // namespace
}  // namespace siang::flow::testing
