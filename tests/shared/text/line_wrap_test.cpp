// Tests of shared/text/line_wrap: lines break between words, Thai included, with a fake font.
#include "text/line_wrap.hpp"

#include <gtest/gtest.h>

#include "text/display_cells.hpp"

namespace siang::text {
namespace {

// A monospaced fake font: 10 px per display cell.
float ten_per_cell(std::string_view s) {
    return 10.0f * static_cast<float>(cell_boundaries(s).size());
}

std::vector<std::string> wrapped(std::string_view s, float width) {
    std::vector<std::string> out;
    for (const WrappedLine& line : wrap_text(s, width, ten_per_cell)) {
        out.emplace_back(s.substr(line.begin, line.end - line.begin));
    }
    return out;
}

using Lines = std::vector<std::string>;

TEST(LineWrap, KeepsShortTextOnOneLine) {
    EXPECT_EQ(wrapped("ถนนชำรุด", 200), (Lines{"ถนนชำรุด"}));
}

TEST(LineWrap, BreaksThaiBetweenWordsNeverInside) {
    // cells: ไฟฟ้า 4 (ไ ฟ ฟ้ า), สาธารณะ 7, ดับ 2, หลาย 4, จุด 2
    EXPECT_EQ(wrapped("ไฟฟ้าสาธารณะดับหลายจุด", 120), (Lines{"ไฟฟ้าสาธารณะ", "ดับหลายจุด"}));
    EXPECT_EQ(wrapped("ไฟฟ้าสาธารณะดับหลายจุด", 70), (Lines{"ไฟฟ้า", "สาธารณะ", "ดับหลาย", "จุด"}));
}

TEST(LineWrap, DropsSpacesAtLineStartAndEnd) {
    EXPECT_EQ(wrapped("  one two   three", 70), (Lines{"one two", "three"}));
}

TEST(LineWrap, ReturnsByteRangesOfTheLogicalText) {
    const auto lines = wrap_text("ab cd", 20, ten_per_cell);
    EXPECT_EQ(lines, (std::vector<WrappedLine>{{0, 2}, {3, 5}}));
}

TEST(LineWrap, HonoursNewlinesAndKeepsEmptyLines) {
    EXPECT_EQ(wrapped("ถนน\n\nชำรุด\r\nok", 200), (Lines{"ถนน", "", "ชำรุด", "ok"}));
    EXPECT_EQ(wrapped("a\n", 200), (Lines{"a", ""}));
}

TEST(LineWrap, SplitsWordWiderThanLineBetweenCells) {
    EXPECT_EQ(wrapped("abcdefgh", 30), (Lines{"abc", "def", "gh"}));
    // สาธารณะ: ส า ธ า ร ณ ะ, three cells per line; ที่ stays one cell
    EXPECT_EQ(wrapped("สาธารณะ", 30), (Lines{"สาธ", "ารณ", "ะ"}));
    EXPECT_EQ(wrapped("ที่ที่ที่", 20), (Lines{"ที่ที่", "ที่"}));
}

TEST(LineWrap, PutsAtLeastOneCellOnEachLine) {
    EXPECT_EQ(wrapped("abc", 5), (Lines{"a", "b", "c"}));
}

TEST(LineWrap, GivesNoLinesForEmptyText) {
    EXPECT_TRUE(wrap_text("", 100, ten_per_cell).empty());
}

TEST(LineWrap, WrapsMixedThaiAndEnglish) {
    EXPECT_EQ(wrapped("Street light ไฟฟ้าสาธารณะดับ", 120),
              (Lines{"Street light", "ไฟฟ้าสาธารณะ", "ดับ"}));
}

TEST(LineWrap, SplitsAHugeWordInLinearTime) {
    // One unbreakable word of 300,000 letters: its cells were recomputed from each line's start,
    // so the console took minutes over one such field. Counted, not timed: the text measured.
    const std::string word(300000, 'a');
    std::size_t measured = 0;
    const auto lines = wrap_text(word, 895.0f, [&](std::string_view s) {
        measured += s.size();
        return 10.0f * static_cast<float>(s.size());
    });
    ASSERT_EQ(lines.size(), 300000u / 89 + 1);
    EXPECT_EQ(lines[0], (WrappedLine{0, 89}));
    EXPECT_EQ(lines.back().end, word.size());
    EXPECT_LT(measured, word.size() * 100);  // a line's worth of measuring per cell, no more
}

}  // namespace
}  // namespace siang::text
