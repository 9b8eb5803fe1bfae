// Tests of shared/text/word_break: where lines may break in Thai and mixed text.
#include "text/word_break.hpp"

#include <gtest/gtest.h>

namespace siang::text {
namespace {

// The text cut at its break positions, to assert on words rather than byte offsets.
std::vector<std::string> pieces(std::string_view s) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t b : break_positions(s)) {
        out.emplace_back(s.substr(from, b - from));
        from = b;
    }
    out.emplace_back(s.substr(from));
    return out;
}

using Pieces = std::vector<std::string>;

TEST(WordBreak, BreaksThaiSentenceBetweenDictionaryWords) {
    EXPECT_EQ(pieces("ไฟฟ้าสาธารณะดับหลายจุด"), (Pieces{"ไฟฟ้า", "สาธารณะ", "ดับ", "หลาย", "จุด"}));
    EXPECT_EQ(pieces("กิ่งไม้หักขวางถนน"), (Pieces{"กิ่ง", "ไม้", "หัก", "ขวาง", "ถนน"}));
}

TEST(WordBreak, ReturnsUtf8ByteOffsets) {
    // ไฟฟ้า is 5 code points of 3 bytes; สาธารณะ 7 more.
    EXPECT_EQ(break_positions("ไฟฟ้าสาธารณะ"), (std::vector<std::size_t>{15}));
    EXPECT_EQ(break_positions("ab cd"), (std::vector<std::size_t>{3}));
}

TEST(WordBreak, BreaksAfterSpacesNotBeforeThem) {
    EXPECT_EQ(pieces("Street  light out"), (Pieces{"Street  ", "light ", "out"}));
    EXPECT_EQ(pieces("ถนน ชำรุด"), (Pieces{"ถนน ", "ชำรุด"}));
}

TEST(WordBreak, KeepsNoBreakSpaceTogether) {
    EXPECT_EQ(pieces("10\xC2\xA0km road"), (Pieces{"10\xC2\xA0km ", "road"}));
}

TEST(WordBreak, BreaksAfterHyphenBetweenWords) {
    EXPECT_EQ(pieces("well-known"), (Pieces{"well-", "known"}));
    EXPECT_EQ(pieces("a -5"), (Pieces{"a ", "-5"}));
}

TEST(WordBreak, KeepsHyphenatedNumbersLikeTrackingCodesWhole) {
    EXPECT_EQ(pieces("รหัส 1234-5678-9012"), (Pieces{"รหัส ", "1234-5678-9012"}));
    EXPECT_EQ(pieces("2569-000123 done"), (Pieces{"2569-000123 ", "done"}));
}

TEST(WordBreak, BreaksBetweenThaiAndLatinButKeepsNumberWithThaiWord) {
    EXPECT_EQ(pieces("ไฟLEDดับ"), (Pieces{"ไฟ", "LED", "ดับ"}));
    EXPECT_EQ(pieces("หมู่ที่3"), (Pieces{"หมู่", "ที่3"}));
}

TEST(WordBreak, NeverBreaksBeforePunctuation) {
    EXPECT_EQ(pieces("ถนน, ไฟ."), (Pieces{"ถนน, ", "ไฟ."}));
    EXPECT_EQ(pieces("(ถนน)"), (Pieces{"(ถนน)"}));
}

TEST(WordBreak, GivesNoBreaksForOneWordOrEmptyText) {
    EXPECT_TRUE(break_positions("").empty());
    EXPECT_TRUE(break_positions("ถนน").empty());
    EXPECT_TRUE(break_positions("word").empty());
}

}  // namespace
}  // namespace siang::text
