// Tests of shared/text/thai_input: WTT 2.0 input sequence checking for the on-screen keyboard.
#include "text/thai_input.hpp"

#include <gtest/gtest.h>

namespace siang::text {
namespace {

constexpr char32_t kMaiEk = 0x0E48;
constexpr char32_t kMaiTho = 0x0E49;
constexpr char32_t kSaraI = 0x0E34;
constexpr char32_t kSaraE = 0x0E40;
constexpr char32_t kSaraAa = 0x0E32;
constexpr char32_t kSaraAm = 0x0E33;

TEST(ThaiInput, AcceptsToneMarkRightAfterConsonant) {
    EXPECT_TRUE(accepts("ก", kMaiEk));
    EXPECT_TRUE(accepts("กิ", kMaiEk));  // consonant, upper vowel, then tone
}

TEST(ThaiInput, RefusesTwoToneMarksInARow) {
    EXPECT_FALSE(accepts("ก่", kMaiTho));
}

TEST(ThaiInput, RefusesUpperVowelAfterToneMark) {
    EXPECT_FALSE(accepts("ก่", kSaraI));
}

TEST(ThaiInput, RefusesToneMarkAtStartOrAfterNonThai) {
    EXPECT_FALSE(accepts("", kMaiEk));
    EXPECT_FALSE(accepts("ถนน ", kMaiEk));
    EXPECT_FALSE(accepts("a", kMaiEk));
}

TEST(ThaiInput, RefusesDoubledLeadingVowelAtStrictLevel) {
    EXPECT_FALSE(accepts("เ", kSaraE));
}

TEST(ThaiInput, AcceptsConsonantsAndNonThaiAnywhere) {
    EXPECT_TRUE(accepts("", U'ก'));
    EXPECT_TRUE(accepts("ก่", U'a'));
    EXPECT_TRUE(accepts("เ", U'ก'));
}

TEST(ThaiInput, InsertsValidCharacterAsTyped) {
    EXPECT_EQ(input_edit("ก", kMaiEk), (InputEdit{0, "่"}));
    EXPECT_EQ(input_edit("x", U'y'), (InputEdit{0, "y"}));
}

TEST(ThaiInput, ReordersUpperVowelTypedAfterTone) {
    const auto edit = input_edit("ก่", kSaraI);
    ASSERT_TRUE(edit.has_value());
    EXPECT_EQ(*edit, (InputEdit{3, "ิ่"}));  // replace ่ by ิ่: กิ่
}

TEST(ThaiInput, ReplacesToneWithTheNewOne) {
    EXPECT_EQ(input_edit("ก่", kMaiTho), (InputEdit{3, "้"}));
}

TEST(ThaiInput, PutsToneBeforeSaraAm) {
    EXPECT_EQ(input_edit("นำ", kMaiTho), (InputEdit{3, "้ำ"}));  // น้ำ
}

TEST(ThaiInput, ComposesNikhahitAndSaraAaIntoSaraAm) {
    EXPECT_EQ(input_edit("กํ", kSaraAa), (InputEdit{3, "ำ"}));
}

TEST(ThaiInput, RejectsWhatNoCorrectionCanFix) {
    EXPECT_FALSE(input_edit("", kMaiEk).has_value());
    EXPECT_FALSE(input_edit("a", kSaraAm).has_value());
    EXPECT_FALSE(input_edit("เ", kSaraE).has_value());
}

TEST(ThaiInput, BackspaceRemovesOneCodePoint) {
    std::string text = "น้ำ";
    EXPECT_EQ(remove_last_code_point(text), 3u);
    EXPECT_EQ(text, "น้");
    text = "a\xF0\x9F\x98\x80";
    EXPECT_EQ(remove_last_code_point(text), 4u);
    EXPECT_EQ(text, "a");
    EXPECT_EQ(remove_last_code_point(text), 1u);
    EXPECT_EQ(remove_last_code_point(text), 0u);
    EXPECT_EQ(text, "");
}

}  // namespace
}  // namespace siang::text
