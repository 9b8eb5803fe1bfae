// Tests for the contact step's four fields, the date step's helpers and the honest step
// indicator (issue 9 items 12, 13 and the kiosk polish).
#include <vector>

#include "kiosk/flow/flow_keys.hpp"
#include "kiosk/flow/step_validation.hpp"
#include "kiosk_flow_fixture.hpp"

namespace siang::flow::testing {
namespace {

using domain::Kind;

class ContactAndDateTest : public KioskFlowTest {
  protected:
    // Touch → complaint → the form, then named contact up to the contact fields.
    void to_contact_fields() {
        fill_form(Kind::complaint, "", "ท่อระบายน้ำอุดตัน", "น้ำท่วมขังหน้าบ้านทุกครั้งที่ฝนตก", "หมู่ที่ 3", "");
        act(intent::ChooseGiveContact{});
        act(intent::AcknowledgePrivacy{});
        ASSERT_EQ(screen(), Screen::contact_fields);
        type(Field::name, "สมชาย ใจดี");
        type(Field::phone, "081-234-5678");
    }
};

TEST_F(ContactAndDateTest, FilingCarriesTheOptionalEmailAndAddress) {
    to_contact_fields();
    type(Field::email, "somchai@example.com");
    type(Field::address, "12 หมู่ 3 ตำบลบ้านใหม่\nอำเภอเมือง");
    act(intent::Next{});
    ASSERT_EQ(screen(), Screen::review);
    const Receipt r = submit();
    const store::CaseDetail c = read_case(*r.filed.number);
    EXPECT_EQ(c.filed.contact.name, "สมชาย ใจดี");
    EXPECT_EQ(c.filed.contact.phone, "0812345678");
    EXPECT_EQ(c.filed.contact.email, "somchai@example.com");
    EXPECT_EQ(c.filed.contact.address, "12 หมู่ 3 ตำบลบ้านใหม่\nอำเภอเมือง");
}

TEST_F(ContactAndDateTest, AnImplausibleEmailStaysOnTheContactFieldsUntilFixed) {
    to_contact_fields();
    type(Field::email, "somchai.example.com");
    act(intent::Next{});
    EXPECT_EQ(screen(), Screen::contact_fields);
    ASSERT_TRUE(session->error());
    EXPECT_EQ(session->error()->code, Errc::invalid_email);
    EXPECT_EQ(session->error()->detail, "email");  // never the address itself
    EXPECT_FALSE(citizen_message(*session->error(), screen(), i18n::Lang::th).empty());
    type(Field::email, "somchai@example.com");
    EXPECT_FALSE(session->error());  // editing clears it
    act(intent::Next{});
    EXPECT_EQ(screen(), Screen::review);
}

TEST_F(ContactAndDateTest, EmailAndAddressAreEditableFromTheReview) {
    to_contact_fields();
    act(intent::Next{});
    ASSERT_EQ(screen(), Screen::review);
    act(intent::EditField{Screen::contact_fields});
    ASSERT_EQ(screen(), Screen::contact_fields);
    EXPECT_TRUE(session->editing_from_review());
    type(Field::email, "somchai@example.co.th");
    type(Field::address, "99 ถนนเทศบาล 1");
    act(intent::Next{});
    ASSERT_EQ(screen(), Screen::review);
    const store::CaseDetail c = read_case(*submit().filed.number);
    EXPECT_EQ(c.filed.contact.email, "somchai@example.co.th");
    EXPECT_EQ(c.filed.contact.address, "99 ถนนเทศบาล 1");
}

TEST(WhenDaysAgo, TodayAndYesterdayAreBangkokDatesInBuddhistEra) {
    // 20 Nov 2569 10:00 Bangkok; and 19 Nov 2026 18:30 UTC, already 20 Nov 01:30 in Bangkok.
    EXPECT_EQ(when_days_ago(0, filing_time()), "2569-11-20");
    EXPECT_EQ(when_days_ago(1, filing_time()), "2569-11-19");
    const domain::TimePoint after_midnight =
        filing_time() - std::chrono::hours(8) - std::chrono::minutes(30);
    EXPECT_EQ(when_days_ago(0, after_midnight), "2569-11-20");
    using namespace std::chrono;
    const domain::TimePoint new_year{sys_days{year{2027} / January / 1}.time_since_epoch()};
    EXPECT_EQ(when_days_ago(1, new_year), "2569-12-31");
}

TEST_F(ContactAndDateTest, TheTodayAndYesterdayDatesPassTheWhenStep) {
    const auto today = std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
    for (int days : {0, 1}) {
        act(intent::GoHome{});
        act(intent::Touch{});
        act(intent::ChooseKind{Kind::suggestion});
        for (int i = 0; i < 4; ++i) {
            if (screen() == Screen::subject) type(Field::subject, "หัวเรื่อง");
            if (screen() == Screen::details) type(Field::details, "รายละเอียด");
            act(intent::Next{});
        }
        ASSERT_EQ(screen(), Screen::when);
        type(Field::occurred_on, when_days_ago(days, today));
        act(intent::Next{});
        EXPECT_EQ(screen(), Screen::contact_choice) << days;
    }
}

TEST_F(ContactAndDateTest, AFullValidDateOrCodeIsCompleteAndAPartialOrWrongOneIsNot) {
    const auto today = std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
    EXPECT_TRUE(is_complete_entry(Field::occurred_on, when_days_ago(0, today)));
    EXPECT_FALSE(is_complete_entry(Field::occurred_on, "2569-13-40"));
    EXPECT_FALSE(is_complete_entry(Field::occurred_on, "2569-11"));
    EXPECT_FALSE(is_complete_entry(Field::occurred_on, ""));
    EXPECT_FALSE(is_complete_entry(Field::occurred_on, when_days_ago(-400, today)));  // future

    fill_form(Kind::suggestion, "", "หัวเรื่อง", "รายละเอียด", "", "");
    act(intent::ChooseAnonymous{});
    const Receipt r = submit();
    const std::string code = r.filed.code.grouped();  // "1234-5678-9012", 14 characters
    EXPECT_TRUE(is_complete_entry(Field::tracking_code, code));
    std::string mistyped = code;
    mistyped.back() = mistyped.back() == '9' ? '0' : static_cast<char>(mistyped.back() + 1);
    EXPECT_FALSE(is_complete_entry(Field::tracking_code, mistyped));
    EXPECT_FALSE(is_complete_entry(Field::tracking_code, code.substr(0, 9)));
    EXPECT_FALSE(is_complete_entry(Field::subject, "หัวเรื่อง"));
}

TEST(CitizenDate, EnglishDatesSayBuddhistEra) {
    using namespace std::chrono;
    const year_month_day d = year{2026} / November / 25;
    EXPECT_EQ(citizen_date(d, i18n::Lang::en), "25 Nov 2569 B.E.");
    EXPECT_EQ(citizen_date(d, i18n::Lang::th), "25 พ.ย. 2569");
}

// Notes the step indicator of every screen a path shows, in order.
class StepIndicatorTest : public KioskFlowTest {
  protected:
    void note() { seen.push_back(session->step()); }
    // Through the whole form of `kind` to review, named or anonymous, noting each screen.
    void walk(Kind kind, bool named) {
        act(intent::Touch{});
        act(intent::ChooseKind{kind});
        if (kind == Kind::corruption) act(intent::Next{});
        note();
        type(kind == Kind::eservice ? Field::service : Field::division,
             kind == Kind::eservice ? "streetlight" : "");
        act(intent::Next{});
        for (Field f : {Field::subject, Field::details, Field::location, Field::occurred_on}) {
            note();
            if (f == Field::subject) type(f, "หัวเรื่อง");
            if (f == Field::details) type(f, "รายละเอียด");
            act(intent::Next{});
        }
        ASSERT_EQ(screen(), Screen::contact_choice);
        note();
        if (named) {
            act(intent::ChooseGiveContact{});
            note();  // privacy notice
            act(intent::AcknowledgePrivacy{});
            note();  // contact fields
            type(Field::name, "สมชาย ใจดี");
            type(Field::phone, "0812345678");
            act(intent::Next{});
        } else if (kind == Kind::corruption) {
            act(intent::Next{});  // anonymous already chosen
        } else {
            act(intent::ChooseAnonymous{});
        }
        ASSERT_EQ(screen(), Screen::review);
        note();
    }
    std::vector<std::optional<StepIndicator>> seen;
};

TEST_F(StepIndicatorTest, CountsContactAndReviewTheSameOnEveryPath) {
    for (Kind kind : {Kind::eservice, Kind::suggestion, Kind::complaint, Kind::corruption}) {
        for (bool named : {false, true}) {
            seen.clear();
            walk(kind, named);
            act(intent::GoHome{});
            ASSERT_FALSE(seen.empty());
            int last = 0;
            for (const auto& s : seen) {
                ASSERT_TRUE(s) << "a numbered step without an indicator";
                EXPECT_EQ(s->count, 7);  // the same total on every path
                EXPECT_GE(s->index, last);
                EXPECT_LE(s->index, last + 1);  // never skips a number
                last = s->index;
            }
            EXPECT_EQ(seen.front()->index, 1);
            EXPECT_EQ(seen.back()->index, 7);  // review is the last step
            // Choice, privacy notice and fields are one contact step: 6 of 7 on each.
            for (std::size_t i = 5; i + 1 < seen.size(); ++i) EXPECT_EQ(seen[i]->index, 6);
        }
    }
}

}  // namespace
}  // namespace siang::flow::testing
