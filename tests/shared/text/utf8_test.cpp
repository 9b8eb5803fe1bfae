// Tests of shared/text/utf8: validation, decoding, cleaning, counting user-perceived characters.
#include "text/utf8.hpp"

#include <gtest/gtest.h>

namespace siang::text {
namespace {

TEST(Utf8, AcceptsAsciiThaiAndFourByteText) {
    EXPECT_TRUE(is_valid_utf8(""));
    EXPECT_TRUE(is_valid_utf8("hello"));
    EXPECT_TRUE(is_valid_utf8("ถนนชำรุด"));
    EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));  // U+1F600
    EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
}

TEST(Utf8, RejectsOverlongSurrogateTooLargeAndTruncatedSequences) {
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong 3-byte
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // U+D800 surrogate
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
    EXPECT_FALSE(is_valid_utf8("\xE0\xB8"));          // Thai letter cut short
    EXPECT_FALSE(is_valid_utf8("\x80"));              // lone continuation byte
    EXPECT_FALSE(is_valid_utf8("ab\xFF"));
}

TEST(Utf8, DecodesAndEncodesRoundTrip) {
    const std::string text = "aก€\xF0\x9F\x98\x80";
    const std::u32string cps = decode_utf8(text);
    EXPECT_EQ(cps, (std::u32string{U'a', 0x0E01, 0x20AC, 0x1F600}));
    EXPECT_EQ(encode_utf8(cps), text);
}

TEST(Utf8, AppendEncodesEachLengthClass) {
    std::string out;
    append_utf8(out, 0x24);
    append_utf8(out, 0xA2);
    append_utf8(out, 0x0E01);
    append_utf8(out, 0x10348);
    EXPECT_EQ(out, "\x24\xC2\xA2\xE0\xB8\x81\xF0\x90\x8D\x88");
}

TEST(Utf8, EncodesSurrogateAsReplacementCharacter) {
    EXPECT_EQ(encode_utf8(std::u32string{0xD800}), "\xEF\xBF\xBD");
}

TEST(Utf8, StripControlsKeepsNewlinesAndTabsWhenAsked) {
    EXPECT_EQ(strip_controls("a\x01"
                             "b\tc\r\nd\re\x7F"
                             "f\xC2\x85g",
                             true),
              "ab\tc\nd\nefg");
}

TEST(Utf8, StripControlsTurnsNewlinesAndTabsIntoSpaces) {
    EXPECT_EQ(strip_controls("หมู่ที่ 3\r\nถนน\tสาย", false), "หมู่ที่ 3 ถนน สาย");
}

TEST(Utf8, TrimRemovesAsciiAndUnicodeSpacesAtBothEnds) {
    EXPECT_EQ(trim("  \t\nถนน ชำรุด\xC2\xA0\xE2\x80\x8B\xE3\x80\x80 "), "ถนน ชำรุด");
    EXPECT_EQ(trim("   "), "");
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim("x"), "x");
}

TEST(Utf8, CountsThaiClustersAsOneCharacterEach) {
    EXPECT_EQ(count_user_chars("ที่"), 1u);
    EXPECT_EQ(count_user_chars("น้ำ"), 1u);
    EXPECT_EQ(count_user_chars("ถนน"), 3u);
    EXPECT_EQ(count_user_chars("ศักดิ์"), 3u);     // ศั ก ดิ์
    EXPECT_EQ(count_user_chars("เก็บขยะ"), 6u);  // เ ก็ บ ข ย ะ
}

TEST(Utf8, CountsCombiningSequencesCrLfAndEmojiJoinsAsOne) {
    EXPECT_EQ(count_user_chars("e\xCC\x81"), 1u);  // e + combining acute
    EXPECT_EQ(count_user_chars("a\r\nb"), 3u);
    // man + ZWJ + woman + ZWJ + girl: one family emoji
    EXPECT_EQ(count_user_chars(
                  "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"),
              1u);
    EXPECT_EQ(count_user_chars(""), 0u);
}

TEST(Utf8, MarkAfterNewlineStartsItsOwnCharacter) {
    EXPECT_EQ(count_user_chars("ก\n\xE0\xB9\x88"), 3u);  // ก, newline, lone MAI EK
}

}  // namespace
}  // namespace siang::text
