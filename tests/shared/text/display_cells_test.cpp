// Tests of shared/text/display_cells: caret steps over whole Thai cells.
#include "text/display_cells.hpp"

#include <gtest/gtest.h>

namespace siang::text {
namespace {

using Offsets = std::vector<std::size_t>;

TEST(DisplayCells, GroupsThaiBaseWithVowelAndToneMarks) {
    EXPECT_EQ(cell_boundaries("ที่"), (Offsets{0}));
    EXPECT_EQ(cell_boundaries("น้ำ"), (Offsets{0}));
    EXPECT_EQ(cell_boundaries("ถนน"), (Offsets{0, 3, 6}));
    EXPECT_EQ(cell_boundaries("ศักดิ์"), (Offsets{0, 6, 9}));
    EXPECT_EQ(cell_boundaries("เก็บ"), (Offsets{0, 3, 9}));  // เ | ก็ | บ
}

TEST(DisplayCells, MakesStrayMarkItsOwnCell) {
    EXPECT_EQ(cell_boundaries("ก่่"), (Offsets{0, 6}));
    EXPECT_EQ(cell_boundaries("a\xE0\xB9\x88"), (Offsets{0, 1}));  // Latin a, then a lone MAI EK
}

TEST(DisplayCells, UsesUserPerceivedCharactersOutsideThai) {
    EXPECT_EQ(cell_boundaries("ae\xCC\x81x"), (Offsets{0, 1, 4}));  // e + combining acute is one
    EXPECT_EQ(cell_boundaries("a\r\nb"), (Offsets{0, 1, 3}));
    EXPECT_TRUE(cell_boundaries("").empty());
}

TEST(DisplayCells, MovesCaretOneCellEachWay) {
    const std::string text = "ที่นี่ok";  // ที่ (9 bytes) นี่ (9 bytes) o k
    EXPECT_EQ(next_cell_boundary(text, 0), 9u);
    EXPECT_EQ(next_cell_boundary(text, 9), 18u);
    EXPECT_EQ(next_cell_boundary(text, 19), 20u);
    EXPECT_EQ(next_cell_boundary(text, 20), 20u);
    EXPECT_EQ(prev_cell_boundary(text, 20), 19u);
    EXPECT_EQ(prev_cell_boundary(text, 18), 9u);
    EXPECT_EQ(prev_cell_boundary(text, 9), 0u);
    EXPECT_EQ(prev_cell_boundary(text, 0), 0u);
}

}  // namespace
}  // namespace siang::text
