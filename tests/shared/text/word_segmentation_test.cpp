// Tests of shared/text/word_segmentation: Thai words from libthai, others split at separators.
#include "text/word_segmentation.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace siang::text {
namespace {

using Words = std::vector<std::string>;

TEST(WordSegmentation, SplitsThaiRunAtDictionaryWords) {
    EXPECT_EQ(split_words("ถนนชำรุด"), (Words{"ถนน", "ชำรุด"}));
    EXPECT_EQ(split_words("ไฟฟ้าสาธารณะดับหลายจุด"), (Words{"ไฟฟ้า", "สาธารณะ", "ดับ", "หลาย", "จุด"}));
}

TEST(WordSegmentation, SplitsMixedThaiLatinAndDigits) {
    EXPECT_EQ(split_words("ขอรับบริการเก็บขยะหมู่ที่3"),
              (Words{"ขอ", "รับ", "บริการ", "เก็บ", "ขยะ", "หมู่", "ที่", "3"}));
    EXPECT_EQ(split_words("ไฟLEDดับ"), (Words{"ไฟ", "LED", "ดับ"}));
}

TEST(WordSegmentation, DropsSpacesAndPunctuation) {
    EXPECT_EQ(split_words("  Street-light, (broken)!  "), (Words{"Street", "light", "broken"}));
    EXPECT_EQ(split_words("ถนน, ชำรุด."), (Words{"ถนน", "ชำรุด"}));
    EXPECT_EQ(split_words("เด็กๆ"), (Words{"เด็ก"}));
    EXPECT_TRUE(split_words(" \t.,!").empty());
    EXPECT_TRUE(split_words("").empty());
}

TEST(WordSegmentation, KeepsNonThaiLettersWithTheirMarks) {
    EXPECT_EQ(split_words("café\xE2\x80\x94naïve"), (Words{"café", "naïve"}));  // em dash splits
}

TEST(WordSegmentation, IndexTextSeparatesThaiWordsWithSingleSpaces) {
    EXPECT_EQ(segment_for_index("ถนนชำรุด  หน้าบ้าน"), "ถนน ชำรุด หน้า บ้าน");
    EXPECT_EQ(segment_for_index("ร้องเรียนการทุจริต"), "ร้องเรียน การ ทุจริต");
    EXPECT_EQ(segment_for_index(""), "");
}

TEST(WordSegmentation, GivesTheSameWordsOnEveryThread) {
    const Words expected = split_words("ไฟฟ้าสาธารณะดับหลายจุด");
    std::vector<Words> results(4);
    {
        std::vector<std::jthread> threads;
        for (auto& result : results) {
            threads.emplace_back([&result] {
                for (int i = 0; i < 50; ++i) result = split_words("ไฟฟ้าสาธารณะดับหลายจุด");
            });
        }
    }
    for (const auto& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace siang::text
