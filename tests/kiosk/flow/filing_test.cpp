// Filing each kind end to end by intents, step checks, review edits, failed commits and retry.
#include <gtest/gtest.h>

#include "domain/thai_calendar.hpp"
#include "kiosk_flow_fixture.hpp"

namespace siang::flow::testing {
namespace {

using domain::Kind;
using std::chrono::November;

TEST_F(KioskFlowTest, FilesEserviceRequestWithContactIntoTheStore) {
    fill_form(Kind::eservice, "streetlight", "ไฟฟ้าสาธารณะดับ หมู่ที่ 3",
              "เสาไฟหน้าวัดดับมาสามคืนแล้ว ถนนมืดมาก", "หมู่ที่ 3 หน้าวัดสว่างอารมณ์", "2569-11-18");
    EXPECT_EQ(session->step()->index, 6);
    give_contact("สมชาย ใจดี", "081-234-5678");
    Receipt receipt = submit();

    store::CaseDetail c = read_case(receipt.filed.number);
    EXPECT_EQ(c.filed.kind, Kind::eservice);
    EXPECT_EQ(c.filed.service, "streetlight");
    EXPECT_EQ(c.filed.division, "works");  // the service's division
    EXPECT_EQ(c.filed.subject, "ไฟฟ้าสาธารณะดับ หมู่ที่ 3");
    EXPECT_EQ(c.filed.details, "เสาไฟหน้าวัดดับมาสามคืนแล้ว ถนนมืดมาก");
    EXPECT_EQ(c.filed.location, "หมู่ที่ 3 หน้าวัดสว่างอารมณ์");
    ASSERT_TRUE(c.filed.occurred_on.has_value());
    EXPECT_EQ(*c.filed.occurred_on, std::chrono::year{2026} / November / 18);
    EXPECT_EQ(c.filed.contact.name, "สมชาย ใจดี");
    EXPECT_EQ(c.filed.contact.phone, "0812345678");
    EXPECT_EQ(receipt.kind, Kind::eservice);
    EXPECT_EQ(receipt.filed.due_date, c.due_date);
    EXPECT_EQ(receipt.qr_payload, receipt.filed.code.str());  // no base URL configured
}

TEST_F(KioskFlowTest, FilesSuggestionAnonymouslyWithoutTopicLocationOrDate) {
    fill_form(Kind::suggestion, "", "ขอเพิ่มที่นั่งรอ", "อยากให้มีเก้าอี้สำหรับผู้สูงอายุบริเวณจุดบริการมากกว่านี้", "",
              "");
    act(intent::ChooseAnonymous{});
    ASSERT_EQ(screen(), Screen::review);
    Receipt receipt = submit();

    store::CaseDetail c = read_case(receipt.filed.number);
    EXPECT_EQ(c.filed.kind, Kind::suggestion);
    EXPECT_EQ(c.filed.service, "");
    EXPECT_EQ(c.filed.division, "");
    EXPECT_EQ(c.filed.subject, "ขอเพิ่มที่นั่งรอ");
    EXPECT_EQ(c.filed.location, "");
    EXPECT_FALSE(c.filed.occurred_on.has_value());
    EXPECT_TRUE(c.filed.contact.anonymous());
}

TEST_F(KioskFlowTest, FilesComplaintAboutADivisionWithContact) {
    fill_form(Kind::complaint, "finance", "ชำระภาษีแล้วไม่ได้ใบเสร็จ",
              "ชำระภาษีป้ายเมื่อสัปดาห์ก่อน เจ้าหน้าที่แจ้งว่าจะส่งใบเสร็จให้ภายหลังแต่ยังไม่ได้รับ",
              "สำนักงานเทศบาล ชั้น 1", "");
    give_contact("มาลี ศรีสุข", "๐๘๙๘๗๖๕๔๓๒");
    Receipt receipt = submit();

    store::CaseDetail c = read_case(receipt.filed.number);
    EXPECT_EQ(c.filed.kind, Kind::complaint);
    EXPECT_EQ(c.filed.division, "finance");
    EXPECT_EQ(c.filed.subject, "ชำระภาษีแล้วไม่ได้ใบเสร็จ");
    EXPECT_EQ(c.filed.location, "สำนักงานเทศบาล ชั้น 1");
    EXPECT_EQ(c.filed.contact.name, "มาลี ศรีสุข");
    EXPECT_EQ(c.filed.contact.phone, "0898765432");  // Thai digits normalised
}

TEST_F(KioskFlowTest, FilesCorruptionComplaintAnonymousByDefault) {
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::corruption});
    EXPECT_EQ(screen(), Screen::corruption_notice);
    EXPECT_FALSE(session->step().has_value());  // the notice is not a numbered step
    act(intent::Back{});
    EXPECT_EQ(screen(), Screen::choose_kind);

    fill_form(Kind::corruption, "clerk", "เรียกรับเงินเพื่อเร่งออกใบอนุญาต",
              "เจ้าหน้าที่เรียกเงินสองพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง เมื่อวันจันทร์ที่ผ่านมา", "สำนักงานเทศบาล ชั้น 2",
              "");
    EXPECT_EQ(session->contact_mode(), ContactMode::anonymous);
    act(intent::Next{});  // accepts the anonymous default
    ASSERT_EQ(screen(), Screen::review);
    Receipt receipt = submit();

    store::CaseDetail c = read_case(receipt.filed.number);
    EXPECT_EQ(c.filed.kind, Kind::corruption);
    EXPECT_EQ(c.filed.division, "clerk");
    EXPECT_TRUE(c.filed.contact.anonymous());
    // Confidential: a clerk cannot open it.
    EXPECT_FALSE(store->get_case(receipt.filed.number.value(), store::Viewer{"clerk1", false}));
    // Numbered in the corruption register, so the general numbers have no gap where it is.
    EXPECT_EQ(receipt.filed.number->book, domain::Register::corruption);
    EXPECT_EQ(receipt.filed.number->sequence, 1);
    EXPECT_TRUE(receipt.filed.number->str().starts_with("ทจ ")) << receipt.filed.number->str();
}

TEST_F(KioskFlowTest, StepIndicatorCountsSevenStepsForEveryKind) {
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::eservice});
    ASSERT_EQ(screen(), Screen::service);
    ASSERT_TRUE(session->step());
    EXPECT_EQ(session->step()->index, 1);
    EXPECT_EQ(session->step()->count, 7);  // six questions and the review
    type(Field::service, "tree");
    act(intent::Next{});
    EXPECT_EQ(session->step()->index, 2);
}

TEST_F(KioskFlowTest, NextRefusesAnEmptyRequiredStepAndStays) {
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::eservice});
    act(intent::Next{});
    EXPECT_EQ(screen(), Screen::service);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::field_required);
    EXPECT_EQ(session->error()->detail, "service");

    type(Field::service, "waste");
    EXPECT_FALSE(session->error());  // editing clears the message
    act(intent::Next{});
    act(intent::Next{});  // empty subject
    EXPECT_EQ(screen(), Screen::subject);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->detail, "subject");
}

TEST_F(KioskFlowTest, OverLimitSubjectIsKeptWithCounterAndRefused) {
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::suggestion});
    act(intent::Next{});
    std::string long_subject;
    for (int i = 0; i < 201; ++i) long_subject += "ที่";  // 201 user-perceived characters
    type(Field::subject, long_subject);
    EXPECT_EQ(session->counter(Field::subject).count, 201u);
    EXPECT_EQ(session->counter(Field::subject).limit, 200u);
    EXPECT_TRUE(session->counter(Field::subject).over());
    act(intent::Next{});
    EXPECT_EQ(screen(), Screen::subject);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::field_too_long);
    EXPECT_EQ(session->text(Field::subject), long_subject);  // never silently cut
}

TEST_F(KioskFlowTest, SubmitValidationErrorTakesTheCitizenBackToThatStep) {
    fill_form(Kind::complaint, "works", "ถนนชำรุด", "ถนนหน้าตลาดเป็นหลุมลึก", "ตลาดสดเทศบาล", "");
    act(intent::ChooseAnonymous{});
    ASSERT_EQ(screen(), Screen::review);

    // Edit the subject from review, empty it, and leave with Back (which does not check).
    act(intent::EditField{Screen::subject});
    ASSERT_EQ(screen(), Screen::subject);
    EXPECT_TRUE(session->editing_from_review());
    type(Field::subject, "   ");
    act(intent::Back{});
    ASSERT_EQ(screen(), Screen::review);

    act(intent::Submit{});
    EXPECT_EQ(screen(), Screen::subject);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::field_required);
    EXPECT_EQ(session->text(Field::details), "ถนนหน้าตลาดเป็นหลุมลึก");  // other answers kept

    type(Field::subject, "ถนนชำรุดเป็นหลุม");
    act(intent::Next{});
    EXPECT_EQ(screen(), Screen::review);  // back to review, not on to details
    Receipt receipt = submit();
    EXPECT_EQ(read_case(receipt.filed.number).filed.subject, "ถนนชำรุดเป็นหลุม");
}

TEST_F(KioskFlowTest, EditingAnAnswerFromReviewReturnsToReview) {
    fill_form(Kind::eservice, "water", "น้ำประปาไม่ไหล", "น้ำไม่ไหลตั้งแต่เมื่อวาน", "หมู่ที่ 5", "");
    act(intent::ChooseAnonymous{});
    act(intent::EditField{Screen::service});
    ASSERT_EQ(screen(), Screen::service);
    type(Field::service, "tree");
    act(intent::Next{});
    EXPECT_EQ(screen(), Screen::review);
    EXPECT_EQ(session->text(Field::service), "tree");

    act(intent::EditField{Screen::contact_choice});
    ASSERT_EQ(screen(), Screen::contact_choice);
    give_contact("สมศรี มีสุข", "0891112222");
    Receipt receipt = submit();
    store::CaseDetail c = read_case(receipt.filed.number);
    EXPECT_EQ(c.filed.service, "tree");
    EXPECT_EQ(c.filed.contact.name, "สมศรี มีสุข");
}

TEST_F(KioskFlowTest, PersonalDataIsRefusedBeforeThePrivacyNoticeIsAcknowledged) {
    fill_form(Kind::complaint, "", "เสียงดังยามวิกาล", "ร้านคาราโอเกะเปิดเสียงดังหลังเที่ยงคืนทุกคืน", "", "");
    type(Field::name, "สมชาย ใจดี");
    EXPECT_EQ(session->text(Field::name), "");
    act(intent::ChooseGiveContact{});
    ASSERT_EQ(screen(), Screen::privacy_notice);
    type(Field::phone, "0812345678");
    EXPECT_EQ(session->text(Field::phone), "");
    act(intent::AcknowledgePrivacy{});
    type(Field::phone, "0812345678");
    EXPECT_EQ(session->text(Field::phone), "0812345678");
}

TEST_F(KioskFlowTest, ChoosingAnonymousAfterTypingContactWipesIt) {
    fill_form(Kind::complaint, "", "ขยะไม่ได้เก็บ", "รถเก็บขยะไม่มาสองสัปดาห์แล้ว", "", "");
    act(intent::ChooseGiveContact{});
    act(intent::AcknowledgePrivacy{});
    type(Field::name, "สมชาย ใจดี");
    act(intent::ChooseAnonymous{});
    EXPECT_EQ(screen(), Screen::review);
    EXPECT_EQ(session->text(Field::name), "");
    Receipt receipt = submit();
    EXPECT_TRUE(read_case(receipt.filed.number).filed.contact.anonymous());
}

TEST_F(KioskFlowTest, InvalidPhoneStaysOnContactFields) {
    fill_form(Kind::complaint, "", "ท่อระบายน้ำอุดตัน", "น้ำท่วมขังหน้าบ้านทุกครั้งที่ฝนตก", "", "");
    act(intent::ChooseGiveContact{});
    act(intent::AcknowledgePrivacy{});
    type(Field::name, "สมชาย ใจดี");
    type(Field::phone, "12ab");
    act(intent::Next{});
    EXPECT_EQ(screen(), Screen::contact_fields);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::invalid_phone);
}

TEST_F(KioskFlowTest, InvalidDateStaysOnTheWhenStep) {
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::suggestion});
    for (Field f : {Field::division, Field::subject, Field::details, Field::location}) {
        if (f == Field::subject) type(f, "หัวเรื่อง");
        if (f == Field::details) type(f, "รายละเอียด");
        act(intent::Next{});
    }
    ASSERT_EQ(screen(), Screen::when);
    type(Field::occurred_on, "2569-13-40");
    act(intent::Next{});
    EXPECT_EQ(screen(), Screen::when);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::invalid_date);
}

TEST_F(KioskFlowTest, CounterCountsLettersGluedByZwjAsValidationDoes) {
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::suggestion});
    act(intent::Next{});
    std::string glued;
    for (int i = 0; i < 201; ++i) glued += "ก\u200D";
    type(Field::subject, glued);
    EXPECT_EQ(session->counter(Field::subject).count, 201u);
    EXPECT_TRUE(session->counter(Field::subject).over());
    act(intent::Next{});
    EXPECT_EQ(screen(), Screen::subject);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::field_too_long);
    EXPECT_EQ(session->error()->field, "subject");
    EXPECT_EQ(session->error()->count, 201);
}

TEST_F(KioskFlowTest, FutureOrAncientDateStaysOnTheWhenStep) {
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::suggestion});
    for (Field f : {Field::division, Field::subject, Field::details, Field::location}) {
        if (f == Field::subject) type(f, "หัวเรื่อง");
        if (f == Field::details) type(f, "รายละเอียด");
        act(intent::Next{});
    }
    ASSERT_EQ(screen(), Screen::when);
    for (auto [typed, code] : {std::pair{"9999-12-31", Errc::date_in_future},
                               std::pair{"2499-12-31", Errc::date_too_early},
                               std::pair{"1956-12-31", Errc::date_too_early}}) {
        type(Field::occurred_on, typed);
        act(intent::Next{});
        EXPECT_EQ(screen(), Screen::when) << typed;
        ASSERT_TRUE(session->error()) << typed;
        EXPECT_EQ(session->error()->code, code) << typed;
    }
    type(Field::occurred_on, "2569-11-18");
    act(intent::Next{});
    EXPECT_NE(screen(), Screen::when);
}

TEST_F(KioskFlowTest, BusyStoreKeepsTheAnswersAndRetrySucceeds) {
    FlakySubmitPort flaky(*submit_port, Errc::store_busy, 1);
    start_session(flaky);
    fill_form(Kind::complaint, "works", "ไฟจราจรเสีย", "สัญญาณไฟแยกตลาดไม่ทำงาน", "แยกตลาด", "");
    act(intent::ChooseAnonymous{});

    now += 1s;
    session->handle(intent::Submit{}, now);
    EXPECT_EQ(screen(), Screen::submitting);  // drawn once before the commit runs
    EXPECT_EQ(session->next_deadline(), now);
    session->tick(now);
    EXPECT_EQ(screen(), Screen::submit_failed);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::store_busy);
    EXPECT_EQ(session->receipt(), nullptr);  // no receipt without a commit
    EXPECT_EQ(session->text(Field::subject), "ไฟจราจรเสีย");
    EXPECT_EQ(session->text(Field::details), "สัญญาณไฟแยกตลาดไม่ทำงาน");

    act(intent::Retry{});
    ASSERT_EQ(screen(), Screen::receipt);
    EXPECT_EQ(flaky.calls, 2);
    EXPECT_EQ(read_case(session->receipt()->filed.number).filed.subject, "ไฟจราจรเสีย");
}

TEST_F(KioskFlowTest, FullStoreCanBeLeftForReviewAndSubmittedAgain) {
    FlakySubmitPort flaky(*submit_port, Errc::store_full, 2);
    start_session(flaky);
    fill_form(Kind::suggestion, "", "ขอไฟส่องสว่างในสวน", "สวนสาธารณะมืดตอนค่ำ", "", "");
    act(intent::ChooseAnonymous{});
    act(intent::Submit{});
    ASSERT_EQ(screen(), Screen::submit_failed);
    act(intent::Retry{});
    ASSERT_EQ(screen(), Screen::submit_failed);
    act(intent::Back{});
    ASSERT_EQ(screen(), Screen::review);
    submit();
    EXPECT_EQ(flaky.calls, 3);
}

TEST_F(KioskFlowTest, LanguageAndTextSizeToggleKeepTheAnswers) {
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::suggestion});
    act(intent::Next{});
    type(Field::subject, "ขอเพิ่มถังขยะ");
    act(intent::ToggleLanguage{});
    act(intent::ToggleLargeText{});
    EXPECT_EQ(session->lang(), i18n::Lang::en);
    EXPECT_TRUE(session->large_text());
    EXPECT_EQ(screen(), Screen::subject);
    EXPECT_EQ(session->text(Field::subject), "ขอเพิ่มถังขยะ");
    act(intent::ToggleLanguage{});
    EXPECT_EQ(session->lang(), i18n::Lang::th);
    EXPECT_EQ(session->text(Field::subject), "ขอเพิ่มถังขยะ");
}

TEST_F(KioskFlowTest, CallStaffIsRecordedAsAHelpRequestOnce) {
    act(intent::Touch{});
    act(intent::ChooseKind{Kind::eservice});
    act(intent::CallStaff{});
    EXPECT_TRUE(session->staff_called());
    auto request = session->take_help_request();
    ASSERT_TRUE(request);
    EXPECT_EQ(request->screen, Screen::service);
    EXPECT_EQ(request->at, now);
    EXPECT_FALSE(session->take_help_request());
    EXPECT_EQ(screen(), Screen::service);  // the citizen stays where they were
}

TEST_F(KioskFlowTest, CallStaffReachesTheStoreWhereTheConsoleLooks) {
    ASSERT_TRUE(store->open_help_requests()->empty());
    act(intent::Touch{});
    act(intent::CallStaff{});
    auto request = session->take_help_request();
    ASSERT_TRUE(request);
    StoreHelpPort help(*store, "kiosk-lobby", [] { return filing_time(); });
    auto id = help.record(*request);
    ASSERT_TRUE(id) << id.error().detail;
    auto open = store->open_help_requests();
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ(open->front().id, *id);
    EXPECT_EQ(open->front().kiosk, "kiosk-lobby");
    EXPECT_EQ(open->front().at, filing_time());
}

TEST_F(KioskFlowTest, BackWalksTheStepsToChooseKindAndHome) {
    fill_form(Kind::complaint, "", "หัวเรื่อง", "รายละเอียด", "", "");
    for (Screen expected : {Screen::when, Screen::location, Screen::details, Screen::subject,
                            Screen::topic, Screen::choose_kind, Screen::attract}) {
        act(intent::Back{});
        EXPECT_EQ(screen(), expected);
    }
    EXPECT_EQ(session->text(Field::subject), "");  // leaving the form wipes it
}

}  // namespace
}  // namespace siang::flow::testing
