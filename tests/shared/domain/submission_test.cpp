// Tests for shared/domain/submission and phone_number: cleaning, limits, hostile input.
#include "domain/submission.hpp"

#include <gtest/gtest.h>

#include "domain/phone_number.hpp"
#include "domain/status_change.hpp"

namespace siang::domain {
namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

Draft valid_draft() {
    Draft d;
    d.kind = Kind::complaint;
    d.subject = "ไฟถนนดับ";
    d.details = "ไฟถนนหน้าบ้านเลขที่ 12 ดับมาสามวันแล้ว";
    d.location = "หมู่ที่ 3 ถนนเทศบาล 1";
    return d;
}

const Directory dir = default_directory();

Error error_of(const Draft& d) {
    const auto r = validate_draft(d, dir);
    EXPECT_FALSE(r.has_value());
    return r ? Error{Errc::invalid_argument, "unexpectedly valid"} : r.error();
}

TEST(Directory, DefaultsHaveFourDivisionsAndFiveServices) {
    ASSERT_EQ(dir.divisions.size(), 4u);
    ASSERT_EQ(dir.services.size(), 5u);
    ASSERT_NE(dir.find_division("works"), nullptr);
    EXPECT_EQ(dir.find_division("works")->name_th, "กองช่าง");
    ASSERT_NE(dir.find_service("streetlight"), nullptr);
    EXPECT_EQ(dir.find_service("streetlight")->division, "works");
    EXPECT_EQ(dir.find_service("streetlight")->target_days, 7);
    EXPECT_EQ(dir.find_service("waste")->target_days, 3);
    EXPECT_EQ(dir.find_service("nope"), nullptr);
    for (const Service& s : dir.services) EXPECT_NE(dir.find_division(s.division), nullptr);
}

// 20:00 UTC is already the next day in Bangkok: the due date counts from the local date.
TEST(Directory, DueDateCountsTargetDaysFromTheBangkokFilingDate) {
    using namespace std::chrono;
    const TimePoint evening_utc = sys_days{2026y / November / 20} + hours{20};
    EXPECT_EQ(due_date(dir, Kind::eservice, "streetlight", evening_utc), 2026y / November / 28);
    EXPECT_EQ(due_date(dir, Kind::suggestion, "", evening_utc),
              year_month_day{sys_days{2026y / November / 21} + days{default_target_days}});
    EXPECT_EQ(due_date(dir, Kind::corruption, "streetlight", evening_utc),
              year_month_day{sys_days{2026y / November / 21} + days{dir.corruption_target_days}});
}

TEST(ValidateDraft, AcceptsAnonymousComplaint) {
    const auto r = validate_draft(valid_draft(), dir);
    ASSERT_TRUE(r.has_value()) << r.error().detail;
    EXPECT_TRUE(r->contact.anonymous());
    EXPECT_EQ(r->subject, "ไฟถนนดับ");
}

TEST(ValidateDraft, TrimsAndRemovesControls) {
    Draft d = valid_draft();
    d.subject = "  ไฟ\x01ถนน\tดับ\n ";
    d.details = "บรรทัดแรก\r\nบรรทัดสอง\x07 ";
    const auto r = validate_draft(d, dir);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->subject, "ไฟถนน ดับ");
    EXPECT_EQ(r->details, "บรรทัดแรก\nบรรทัดสอง");
}

TEST(ValidateDraft, SubjectAndDetailsAreRequired) {
    Draft d = valid_draft();
    d.subject = " \t ";
    EXPECT_EQ(error_of(d).code, Errc::field_required);
    EXPECT_EQ(error_of(d).detail, "subject");
    d = valid_draft();
    d.details.clear();
    EXPECT_EQ(error_of(d).detail, "details");
}

TEST(ValidateDraft, LimitsCountThaiClustersNotCodePoints) {
    Draft d = valid_draft();
    d.subject = repeat("ที่", subject_limit);  // 600 code points, 200 clusters
    const auto ok = validate_draft(d, dir);
    ASSERT_TRUE(ok.has_value()) << ok.error().detail;
    EXPECT_EQ(ok->subject, d.subject);

    d.subject = repeat("ที่", subject_limit + 1);
    const Error e = error_of(d);
    EXPECT_EQ(e.code, Errc::field_too_long);
    EXPECT_EQ(e.field, "subject");
    EXPECT_EQ(e.count, 201);
    EXPECT_EQ(e.limit, 200);
}

TEST(ValidateDraft, DetailsLimitIsFiveThousand) {
    Draft d = valid_draft();
    d.details = repeat("น้ำ", details_limit);
    EXPECT_TRUE(validate_draft(d, dir).has_value());
    d.details += "ก";
    EXPECT_EQ(error_of(d).field + ":" + std::to_string(*error_of(d).count) + ":" + std::to_string(*error_of(d).limit), "details:5001:5000");
}

TEST(ValidateDraft, LocationAndContactFieldsAreLimitedToTwoHundredClusters) {
    const std::string at_limit = repeat("ญุ", 200);  // 400 code points, 200 clusters
    Draft d = valid_draft();
    d.location = at_limit;
    d.contact.name = at_limit;
    d.contact.phone = "0812345678";
    d.contact.email = "a@example.com";
    d.contact.address = at_limit;
    const auto ok = validate_draft(d, dir);
    ASSERT_TRUE(ok.has_value()) << ok.error().detail;
    EXPECT_EQ(ok->contact.name, at_limit);  // kept whole, not cut

    Draft over = d;
    over.location += "ก";
    EXPECT_EQ(error_of(over).field + ":" + std::to_string(*error_of(over).count) + ":" + std::to_string(*error_of(over).limit), "location:201:200");
    over = d;
    over.contact.name += "ก";
    EXPECT_EQ(error_of(over).field + ":" + std::to_string(*error_of(over).count) + ":" + std::to_string(*error_of(over).limit), "name:201:200");
    over = d;
    over.contact.address += "ก";
    EXPECT_EQ(error_of(over).field + ":" + std::to_string(*error_of(over).count) + ":" + std::to_string(*error_of(over).limit), "address:201:200");
    over = d;
    over.contact.email = repeat("a", 190) + "@example.com";  // 202 characters
    EXPECT_EQ(error_of(over).field + ":" + std::to_string(*error_of(over).count) + ":" + std::to_string(*error_of(over).limit), "email:202:200");
}

// Issue 9 item 12: a mistyped e-mail is caught while the citizen is still there to fix it.
TEST(CheckEmail, AcceptsPlausibleAddressesAndRefusesTyposWithoutQuotingThem) {
    for (std::string_view ok :
         {"somchai@example.com", "a.b-c_d+e@mail.example.co.th", "สมชาย@ตัวอย่าง.ไทย", "x@y.z"})
        EXPECT_TRUE(check_email(ok).has_value()) << ok;
    for (std::string_view bad :
         {"somchai", "somchai@", "@example.com", "somchai@example", "somchai@@example.com",
          "som chai@example.com", "somchai@example..com", "somchai@.example.com",
          "somchai@example.com.", "a@b@example.com"}) {
        const auto r = check_email(bad);
        ASSERT_FALSE(r.has_value()) << bad;
        EXPECT_EQ(r.error().code, Errc::invalid_email);
        EXPECT_EQ(r.error().detail, "email");  // contact data never goes into a detail
    }
}

TEST(ValidateDraft, RefusesAnImplausibleEmailAndKeepsAPlausibleOne) {
    Draft d = valid_draft();
    d.contact.name = "สมชาย ใจดี";
    d.contact.phone = "0812345678";
    d.contact.email = "somchai.example.com";
    EXPECT_EQ(error_of(d).code, Errc::invalid_email);
    d.contact.email = " somchai@example.com ";
    d.contact.address = "12 หมู่ 3\nตำบลบ้านใหม่";
    const auto r = validate_draft(d, dir);
    ASSERT_TRUE(r.has_value()) << r.error().detail;
    EXPECT_EQ(r->contact.email, "somchai@example.com");
    EXPECT_EQ(r->contact.address, "12 หมู่ 3\nตำบลบ้านใหม่");
}

TEST(ValidateDraft, MegabyteFieldIsRefusedNotTruncated) {
    Draft d = valid_draft();
    d.location = std::string(1 << 20, 'a');
    const Error e = error_of(d);
    EXPECT_EQ(e.code, Errc::field_too_long);
    EXPECT_EQ(e.field, "location");
    EXPECT_EQ(e.count, 1048576);
    EXPECT_EQ(e.limit, 200);
}

TEST(ValidateDraft, HostileTextIsKeptVerbatim) {
    Draft d = valid_draft();
    d.subject = "'); DROP TABLE x;--";
    d.details = "%s%n%x %p {} ${HOME} <script>alert(1)</script>";
    d.location = "Robert'); DELETE FROM cases; --";
    const auto r = validate_draft(d, dir);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->subject, d.subject);
    EXPECT_EQ(r->details, d.details);
    EXPECT_EQ(r->location, d.location);
}

TEST(ValidateDraft, InvalidUtf8NamesTheField) {
    const std::string bad = "ok\xC3\x28";
    const std::string overlong = "\xC0\xAF";
    for (const char* field : {"subject", "details", "location", "name", "address"}) {
        Draft d = valid_draft();
        d.contact.name = "สมชาย";
        d.contact.phone = "0812345678";
        const std::string field_name = field;
        std::string& target = field_name == "subject"    ? d.subject
                              : field_name == "details"  ? d.details
                              : field_name == "location" ? d.location
                              : field_name == "name"     ? d.contact.name
                                                         : d.contact.address;
        target = field_name == "details" ? overlong : bad;
        const Error e = error_of(d);
        EXPECT_EQ(e.code, Errc::invalid_utf8) << field;
        EXPECT_EQ(e.detail, field);
    }
}

TEST(ValidateDraft, ContactNeedsNameAndPhone) {
    Draft d = valid_draft();
    d.contact.email = "somchai@example.com";
    EXPECT_EQ(error_of(d).detail, "name");
    d.contact.name = "สมชาย ใจดี";
    EXPECT_EQ(error_of(d).detail, "phone");
    d.contact.phone = "๐๘๑-๒๓๔-๕๖๗๘";
    const auto r = validate_draft(d, dir);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->contact.phone, "0812345678");
    EXPECT_FALSE(r->contact.anonymous());
}

TEST(ValidateDraft, WhitespaceOnlyContactIsAnonymous) {
    Draft d = valid_draft();
    d.contact.name = "   ";
    d.contact.address = "\n";
    const auto r = validate_draft(d, dir);
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->contact.anonymous());
}

TEST(ValidateDraft, BadPhoneIsInvalidPhone) {
    Draft d = valid_draft();
    d.contact.name = "สมชาย";
    d.contact.phone = "081-234-56ab";
    EXPECT_EQ(error_of(d).code, Errc::invalid_phone);
}

TEST(PhoneNumber, NormalisesThaiDigitsAndSeparators) {
    EXPECT_EQ(normalize_phone("081 234 5678").value(), "0812345678");
    EXPECT_EQ(normalize_phone("+66 81-234-5678").value(), "66812345678");
    EXPECT_EQ(normalize_phone("๐๔๒-๑๒๓๔๕๖").value(), "042123456");
}

TEST(PhoneNumber, RejectsWrongLengthAndLetters) {
    for (const char* s : {"", "12345678", "1234567890123456", "081234567x", "081.234.5678"}) {
        const auto r = normalize_phone(s);
        ASSERT_FALSE(r.has_value()) << s;
        EXPECT_EQ(r.error().code, Errc::invalid_phone);
        EXPECT_EQ(r.error().detail, s);
    }
}

TEST(ValidateDraft, EserviceNeedsAKnownService) {
    Draft d = valid_draft();
    d.kind = Kind::eservice;
    EXPECT_EQ(error_of(d).code, Errc::field_required);
    EXPECT_EQ(error_of(d).detail, "service");
    d.service = "teleport";
    EXPECT_EQ(error_of(d).code, Errc::unknown_service);
    EXPECT_EQ(error_of(d).detail, "teleport");
    d.service = "streetlight";
    const auto r = validate_draft(d, dir);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->division, "works");
}

TEST(ValidateDraft, GivenDivisionMustExistAndOverridesService) {
    Draft d = valid_draft();
    d.division = "police";
    EXPECT_EQ(error_of(d).code, Errc::unknown_division);
    d.service = "waste";
    d.division = "finance";
    const auto r = validate_draft(d, dir);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->division, "finance");
}

TEST(ValidateDraft, RejectsImpossibleDate) {
    Draft d = valid_draft();
    d.occurred_on = std::chrono::year{2026} / 2 / 30;
    EXPECT_EQ(error_of(d).code, Errc::invalid_date);
}

TEST(CleanTextField, ReportsCountAndLimit) {
    const auto r = clean_text_field("abcdef", "note", 5, false);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().field + ":" + std::to_string(*r.error().count) + ":" + std::to_string(*r.error().limit), "note:6:5");
    EXPECT_EQ(clean_text_field(" a\nb ", "note", 5, true).value(), "a\nb");
    EXPECT_EQ(clean_text_field(" a\nb ", "note", 5, false).value(), "a b");
}

// --- Limits that cannot be gamed (issue 8 item 3) ---------------------------------------------

TEST(ValidateDraft, SubjectOfTenThousandLettersGluedByZwjIsTooLong) {
    Draft d = valid_draft();
    d.subject = repeat("ก\u200D", 10000);
    const Error e = error_of(d);
    EXPECT_EQ(e.code, Errc::field_too_long);
    EXPECT_EQ(e.field, "subject");
    EXPECT_EQ(e.count, 10000);
    EXPECT_EQ(e.limit, 200);
}

TEST(ValidateDraft, DetailsOfOnePointTwoMegabytesAreRefused) {
    Draft d = valid_draft();
    d.details = repeat("ก\u0E48\u0E48\u0E48\u0E48\u0E48\u200D", 60000);  // 1.2 MB
    const Error e = error_of(d);
    EXPECT_EQ(e.code, Errc::field_too_long);
    EXPECT_EQ(e.field, "details");
    EXPECT_EQ(e.count, 60000);
    EXPECT_EQ(e.limit, 5000);
}

TEST(ValidateDraft, MoreThanThreeMarksOnOneLetterAreRefusedNotTrimmed) {
    Draft d = valid_draft();
    d.subject = "ก" + repeat("\u0E48", 30000);
    Error e = error_of(d);
    EXPECT_EQ(e.code, Errc::too_many_marks);
    EXPECT_EQ(e.detail, "subject");
    d = valid_draft();
    d.location = "หมู่ที่ 3 ก\u0E34\u0E48\u0E48\u0E48";  // four marks on one letter
    EXPECT_EQ(error_of(d).code, Errc::too_many_marks);
    EXPECT_EQ(error_of(d).detail, "location");
    d.location = "ก\u0E34\u0E48\u0E48";  // three: still within the cap
    EXPECT_TRUE(validate_draft(d, dir).has_value());
}

TEST(ValidateDraft, ThaiAtExactlyTheLimitIsAccepted) {
    for (std::string_view cluster : {"ที่", "น้ำ", "กี่", "ปั้", "ติ์"}) {
        Draft d = valid_draft();
        d.subject = repeat(cluster, subject_limit);
        d.details = repeat(cluster, details_limit);
        d.location = repeat(cluster, location_limit);
        d.contact.name = repeat(cluster, contact_field_limit);
        d.contact.phone = "081-234-5678";
        d.contact.address = repeat(cluster, contact_field_limit);
        const auto r = validate_draft(d, dir);
        ASSERT_TRUE(r.has_value()) << cluster << ": " << r.error().detail;
        EXPECT_EQ(r->subject, d.subject);
        d.subject += cluster;
        EXPECT_EQ(error_of(d).field + ":" + std::to_string(*error_of(d).count) + ":" + std::to_string(*error_of(d).limit), "subject:201:200") << cluster;
    }
}

TEST(ValidateDraft, FieldOverItsByteCapIsRefusedEvenWithinTheCharacterLimit) {
    // An emoji with three supplementary variation selectors is one character of 16 bytes.
    Draft d = valid_draft();
    d.subject = repeat("\U0001F600\U000E0100\U000E0101\U000E0102", subject_limit);
    const Error e = error_of(d);
    EXPECT_EQ(e.code, Errc::field_too_large);
    EXPECT_EQ(e.detail, "subject");
}

TEST(ValidateDraft, InvisibleOnlySubjectIsRequired) {
    Draft d = valid_draft();
    d.subject = "\u200D\u200C\u2060\u200B\u200E\u200F\uFEFF\u0E48\u0E49";
    Error e = error_of(d);
    EXPECT_EQ(e.code, Errc::field_required);
    EXPECT_EQ(e.detail, "subject");
    d = valid_draft();
    d.details = "\u2060\u2060\n\u200D";
    EXPECT_EQ(error_of(d).detail, "details");
    d = valid_draft();
    d.contact.name = "\u200B\u200D";
    d.contact.phone = "0812345678";
    EXPECT_EQ(error_of(d).code, Errc::field_required);
    EXPECT_EQ(error_of(d).detail, "name");
}

TEST(ValidateDraft, InvisibleOnlyOptionalFieldIsEmpty) {
    Draft d = valid_draft();
    d.location = "\u200D\u2060";
    const auto r = validate_draft(d, dir);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->location, "");
}

TEST(ValidateDraft, BidiOverridesAreStrippedFromSubjectAndName) {
    Draft d = valid_draft();
    d.subject = "\u202Eไฟถนนดับ\u202C";
    d.details = "ท่อแตก \u2067ซอย 5\u2069";
    d.contact.name = "สมชาย\u202Eยาชมส";
    d.contact.phone = "0812345678";
    const auto r = validate_draft(d, dir);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->subject, "ไฟถนนดับ");
    EXPECT_EQ(r->details, "ท่อแตก ซอย 5");
    EXPECT_EQ(r->contact.name, "สมชายยาชมส");
}

TEST(CleanTextField, CapsAreDerivedFromTheLimit) {
    EXPECT_EQ(max_code_points(200), 800u);
    EXPECT_EQ(max_bytes(200), 2400u);
    EXPECT_EQ(max_marks_per_char, 3u);
}

// --- Staff text (issue 8 item 3) -------------------------------------------------------------

TEST(StaffText, ThirtyThousandMarkReplyIsRefused) {
    StatusChange c;
    c.to = Status::in_review;
    c.public_reply = "ก" + repeat("\u0E49", 30000);
    const auto r = clean_status_change(c);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, Errc::too_many_marks);
    EXPECT_EQ(r.error().detail, "reply");
}

TEST(StaffText, ReplyNoteAndReasonHaveLimits) {
    StatusChange c;
    c.to = Status::rejected;
    c.public_reply = repeat("ที่", public_reply_limit);
    c.note = repeat("น้ำ", staff_note_limit);
    c.reason = repeat("กี่", reason_limit);
    ASSERT_TRUE(clean_status_change(c).has_value());
    StatusChange over = c;
    over.public_reply += "ก";
    EXPECT_EQ(clean_status_change(over).error().field, "reply");
    EXPECT_EQ(clean_status_change(over).error().count, public_reply_limit + 1);
    EXPECT_EQ(clean_status_change(over).error().limit, public_reply_limit);
    over = c;
    over.note += "ก";
    EXPECT_EQ(clean_status_change(over).error().code, Errc::field_too_long);
    EXPECT_EQ(clean_status_change(over).error().field, "note");
    over = c;
    over.reason += "ก";
    EXPECT_EQ(clean_status_change(over).error().field, "reason");
}

TEST(StaffText, StatusChangeTextIsCleanedAndInvisibleReasonIsEmpty) {
    StatusChange c;
    c.to = Status::rejected;
    c.public_reply = "  \u202Eตอบ\u202C\r\nแล้ว ";
    c.reason = "\u200D\u2060";
    const auto r = clean_status_change(c);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->public_reply, "ตอบ\nแล้ว");
    EXPECT_EQ(r->reason, "");
}

TEST(StaffText, NoteIsRequiredLimitedAndCleaned) {
    EXPECT_EQ(clean_note("\u200D\u200B ").error().code, Errc::field_required);
    EXPECT_EQ(clean_note("\u200D\u200B ").error().detail, "note");
    EXPECT_EQ(clean_note(repeat("ก", staff_note_limit + 1)).error().code, Errc::field_too_long);
    EXPECT_EQ(clean_note("ก" + repeat("\u0E48", 30000)).error().code, Errc::too_many_marks);
    EXPECT_EQ(clean_note("\u2066โทรแล้ว\u2069").value(), "โทรแล้ว");
}

// --- Dates (issue 8 item 11) -----------------------------------------------------------------

using namespace std::chrono;

// 1 Dec 2026, 00:30 in Bangkok (still 30 Nov in UTC).
const TimePoint filing_time = sys_days{2026y / November / 30} + 17h + 30min;

Error date_error(year_month_day when) {
    Draft d = valid_draft();
    d.occurred_on = when;
    const auto r = validate_draft(d, dir, filing_time);
    EXPECT_FALSE(r.has_value()) << static_cast<int>(when.year());
    return r ? Error{Errc::invalid_argument, "unexpectedly valid"} : r.error();
}

TEST(ValidateDraft, OccurredOnMayBeTodayInBangkokButNotTomorrow) {
    Draft d = valid_draft();
    d.occurred_on = 2026y / December / 1;
    EXPECT_TRUE(validate_draft(d, dir, filing_time).has_value());
    EXPECT_EQ(date_error(2026y / December / 2).code, Errc::date_in_future);
    EXPECT_EQ(date_error(9456y / December / 31).code, Errc::date_in_future);
}

TEST(ValidateDraft, OccurredOnIsNotBefore2500Be) {
    Draft d = valid_draft();
    d.occurred_on = 1957y / January / 1;  // 1 ม.ค. 2500
    EXPECT_TRUE(validate_draft(d, dir, filing_time).has_value());
    EXPECT_EQ(date_error(1956y / December / 31).code, Errc::date_too_early);
    EXPECT_EQ(date_error(year{0} / January / 1).code, Errc::date_too_early);
    EXPECT_EQ(date_error(year{-32767} / January / 1).code, Errc::date_too_early);
}

TEST(ValidateDraft, DateErrorsNameTheField) {
    EXPECT_EQ(date_error(2026y / December / 2).detail, "occurred_on");
    EXPECT_EQ(date_error(1900y / January / 1).detail, "occurred_on");
}

}  // namespace
}  // namespace siang::domain
