// Tests of shared/text/thai_display: positioned Thai glyph variants in the fonts' PUA.
#include "text/thai_display.hpp"

#include <gtest/gtest.h>

#include "text/utf8.hpp"

namespace siang::text {
namespace {

std::string cps(std::u32string_view s) {
    return encode_utf8(s);
}

TEST(ThaiDisplay, ShiftsToneLeftAndDownOverTallConsonant) {
    EXPECT_EQ(to_display("ป่"), cps(U"\u0E1B\uF705"));  // PO PLA + MAI EK low-left
    EXPECT_EQ(to_display("ฟ้า"), cps(U"\u0E1F\uF706\u0E32"));
    EXPECT_EQ(to_display("ฬ้"), cps(U"\u0E2C\uF706"));
}

TEST(ThaiDisplay, LowersToneWithoutUpperVowel) {
    EXPECT_EQ(to_display("ก่"), cps(U"\u0E01\uF70A"));  // MAI EK low
    EXPECT_EQ(to_display("ด้"), cps(U"\u0E14\uF70B"));  // MAI THO low
}

TEST(ThaiDisplay, KeepsToneAboveUpperVowel) {
    EXPECT_EQ(to_display("ที่"), cps(U"\u0E17\u0E35\u0E48"));
    EXPECT_EQ(to_display("กี่"), cps(U"\u0E01\u0E35\u0E48"));
}

TEST(ThaiDisplay, ShiftsUpperVowelAndToneLeftOverTallConsonant) {
    EXPECT_EQ(to_display("ฝั่ง"), cps(U"\u0E1D\uF710\uF713\u0E07"));
    EXPECT_EQ(to_display("ปี่"), cps(U"\u0E1B\uF702\uF713"));
}

TEST(ThaiDisplay, CutsTailOfYoYingAndThoThanBeforeLowerVowel) {
    EXPECT_EQ(to_display("ญุ"), cps(U"\uF70F\u0E38"));
    EXPECT_EQ(to_display("ฐุ"), cps(U"\uF700\u0E38"));
    EXPECT_EQ(to_display("ญา"), cps(U"\u0E0D\u0E32"));  // no lower vowel: tail stays
}

TEST(ThaiDisplay, DropsLowerVowelBelowDescendingConsonant) {
    EXPECT_EQ(to_display("ฎุ"), cps(U"\u0E0E\uF718"));
    EXPECT_EQ(to_display("ฏู"), cps(U"\u0E0F\uF719"));
}

TEST(ThaiDisplay, DecomposesSaraAmWithToneAboveNikhahit) {
    EXPECT_EQ(to_display("น้ำ"), cps(U"\u0E19\u0E4D\u0E49\u0E32"));
    EXPECT_EQ(to_display("กำ"), cps(U"\u0E01\u0E4D\u0E32"));
}

TEST(ThaiDisplay, LeavesUnproblematicClustersAsTheyAre) {
    EXPECT_EQ(to_display("ศักดิ์"), "ศักดิ์");
    EXPECT_EQ(to_display("ถนน"), "ถนน");
}

TEST(ThaiDisplay, ShowsMarkWithoutBaseOnDottedCircle) {
    EXPECT_EQ(to_display("\u0E48"), cps(U"\u25CC\uF70A"));
    EXPECT_EQ(to_display("a \u0E34"), cps(U"a \u25CC\u0E34"));
}

TEST(ThaiDisplay, PassesNonThaiTextThroughUnchanged) {
    EXPECT_EQ(to_display(""), "");
    EXPECT_EQ(to_display("Street light 3 km, café"), "Street light 3 km, café");
    EXPECT_EQ(to_display("Road ถนนน้ำท่วม 3 km"),
              cps(U"Road \u0E16\u0E19\u0E19\u0E19\u0E4D\u0E49\u0E32\u0E17\uF70A\u0E27\u0E21 3 km"));
}

TEST(ThaiDisplay, EmitsOnlyThaiOrPuaGlyphsForEveryWellFormedCluster) {
    // Every consonant with every well-formed vowel/tone combination the fonts must draw.
    const std::u32string vowels[] = {U"",       U"\u0E31", U"\u0E34", U"\u0E35",
                                     U"\u0E36", U"\u0E37", U"\u0E38", U"\u0E39"};
    const std::u32string tones[] = {U"", U"\u0E48", U"\u0E49", U"\u0E4A", U"\u0E4B"};
    std::vector<std::u32string> clusters;
    for (char32_t base = 0x0E01; base <= 0x0E2E; ++base) {
        if (base == 0x0E24 || base == 0x0E26) continue;  // ฤ ฦ are vowels: they take no marks
        const std::u32string b(1, base);
        for (const auto& vowel : vowels) {
            for (const auto& tone : tones) clusters.push_back(b + vowel + tone);
        }
        for (const auto& tone : tones) clusters.push_back(b + tone + U"\u0E33");  // SARA AM last
        clusters.push_back(b + U"\u0E47");                                        // MAITAIKHU
        clusters.push_back(b + U"\u0E4C");                                        // THANTHAKHAT
        clusters.push_back(b + U"\u0E34\u0E4C");  // SARA I + THANTHAKHAT, as in ดิ์
        clusters.push_back(b + U"\u0E38\u0E4C");  // SARA U + THANTHAKHAT
        clusters.push_back(b + U"\u0E3A");        // PHINTHU
        clusters.push_back(b + U"\u0E4D");        // NIKHAHIT
    }
    for (const auto& logical : clusters) {
        const std::u32string shown = decode_utf8(to_display(encode_utf8(logical)));
        ASSERT_FALSE(shown.empty());
        const bool tail_cut = (logical[0] == 0x0E0D || logical[0] == 0x0E10) &&
                              logical.find_first_of(U"\u0E38\u0E39\u0E3A") != std::u32string::npos;
        EXPECT_EQ(shown.front() == logical[0], !tail_cut) << encode_utf8(logical);
        for (char32_t cp : shown) {
            EXPECT_TRUE((cp >= 0x0E01 && cp <= 0x0E5B) || (cp >= 0xF700 && cp <= 0xF71A))
                << encode_utf8(logical) << " gave U+" << std::hex << unsigned(cp);
        }
    }
}

}  // namespace
}  // namespace siang::text
