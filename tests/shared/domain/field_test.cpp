// The fields people type into a case: one name, one limit and one cleaning rule each, and every
// error about a field leads back to it (issue 10 item 5).
#include "domain/field.hpp"

#include <gtest/gtest.h>

#include <string>

#include "domain/submission.hpp"

namespace siang::domain {
namespace {

constexpr std::array<Field, 13> every_field{
    Field::subject, Field::details, Field::location, Field::occurred_on, Field::name,
    Field::phone,   Field::email,   Field::address,  Field::service,     Field::division,
    Field::note,    Field::reply,   Field::reason};

TEST(Fields, NamesRoundTripAndUnknownNamesAreRefused) {
    for (Field f : every_field) EXPECT_EQ(parse_field(field_name(f)), f) << field_name(f);
    EXPECT_EQ(parse_field("when"), std::nullopt);
    EXPECT_EQ(parse_field("Subject"), std::nullopt);
    EXPECT_EQ(parse_field(""), std::nullopt);
}

TEST(Fields, LimitsAreTheSpecsInCharacters) {
    EXPECT_EQ(limit_of(Field::subject), 200u);
    EXPECT_EQ(limit_of(Field::details), 5000u);
    EXPECT_EQ(limit_of(Field::name), 200u);
    EXPECT_EQ(limit_of(Field::address), 200u);
    EXPECT_EQ(limit_of(Field::note), staff_note_limit);
    EXPECT_EQ(limit_of(Field::reply), public_reply_limit);
    EXPECT_EQ(limit_of(Field::reason), reason_limit);
    // Counted in user-perceived characters: 5,000 Thai clusters of three code points fit a note.
    std::string note;
    for (int i = 0; i < 5000; ++i) note += "กี่";
    EXPECT_TRUE(clean_field(Field::note, note));
    EXPECT_FALSE(clean_field(Field::note, note + "ก"));
}

TEST(Fields, StaffFieldsRefuseControlsCitizenFieldsStripThem) {
    using namespace std::string_literals;
    for (Field f : {Field::note, Field::reply, Field::reason}) {
        auto r = clean_field(f, "โทร\0แล้ว"s);
        ASSERT_FALSE(r) << field_name(f);
        EXPECT_EQ(r.error().code, Errc::control_character);
        EXPECT_EQ(r.error().detail, field_name(f));
        EXPECT_EQ(clean_field(f, " ก\r\nข\tค \r\n").value(), "ก\nข\tค");
    }
    EXPECT_EQ(clean_field(Field::subject, "ไฟ\x01ดับ\r\nแล้ว").value(), "ไฟดับ แล้ว");
    EXPECT_EQ(clean_field(Field::details,
                          "ไฟ\x1b"
                          "ดับ\r\nแล้ว")
                  .value(),
              "ไฟดับ\nแล้ว");
}

TEST(Fields, EveryFieldErrorNamesItsField) {
    std::string long_text;
    for (int i = 0; i < 5001; ++i) long_text += "ก";
    for (Field f : every_field) {
        if (f == Field::occurred_on) continue;
        for (const std::string& bad :
             {long_text, std::string("\xff"), "ก" + std::string("\u0E48\u0E48\u0E48\u0E48")}) {
            auto r = clean_field(f, bad);
            ASSERT_FALSE(r) << field_name(f);
            EXPECT_EQ(field_of(r.error()), f) << field_name(f) << " " << r.error().detail;
        }
    }
    EXPECT_EQ(field_of({Errc::invalid_phone, "12"}), Field::phone);
    EXPECT_EQ(field_of({Errc::date_too_early, "occurred_on"}), Field::occurred_on);
    EXPECT_EQ(field_of({Errc::unknown_division, "nosuch"}), Field::division);
    EXPECT_EQ(field_of({Errc::store_busy, "subject"}), std::nullopt);
}

}  // namespace
}  // namespace siang::domain
