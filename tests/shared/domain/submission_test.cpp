// Tests for shared/domain/submission and phone_number: cleaning, limits, hostile input.
#include "domain/submission.hpp"

#include <gtest/gtest.h>

#include "domain/phone_number.hpp"

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
    EXPECT_EQ(e.detail, "subject:201:200");
}

TEST(ValidateDraft, DetailsLimitIsFiveThousand) {
    Draft d = valid_draft();
    d.details = repeat("น้ำ", details_limit);
    EXPECT_TRUE(validate_draft(d, dir).has_value());
    d.details += "ก";
    EXPECT_EQ(error_of(d).detail, "details:5001:5000");
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
    EXPECT_EQ(error_of(over).detail, "location:201:200");
    over = d;
    over.contact.name += "ก";
    EXPECT_EQ(error_of(over).detail, "name:201:200");
    over = d;
    over.contact.address += "ก";
    EXPECT_EQ(error_of(over).detail, "address:201:200");
    over = d;
    over.contact.email = repeat("a", 190) + "@example.com";  // 202 characters
    EXPECT_EQ(error_of(over).detail, "email:202:200");
}

TEST(ValidateDraft, MegabyteFieldIsRefusedNotTruncated) {
    Draft d = valid_draft();
    d.location = std::string(1 << 20, 'a');
    const Error e = error_of(d);
    EXPECT_EQ(e.code, Errc::field_too_long);
    EXPECT_EQ(e.detail, "location:1048576:200");
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
    EXPECT_EQ(r.error().detail, "note:6:5");
    EXPECT_EQ(clean_text_field(" a\nb ", "note", 5, true).value(), "a\nb");
    EXPECT_EQ(clean_text_field(" a\nb ", "note", 5, false).value(), "a b");
}

}  // namespace
}  // namespace siang::domain
