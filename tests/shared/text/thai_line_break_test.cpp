// Thai lines that read right (issue 9 item 9): compounds stay whole, a negation never starts the
// next line after the word it negates, spaces (phrase boundaries) win over word breaks, and the
// whole catalogue wraps that way at any width.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "i18n/catalog.hpp"
#include "text/display_cells.hpp"
#include "text/line_wrap.hpp"
#include "text/thai_compounds.hpp"
#include "text/utf8.hpp"
#include "text/word_break.hpp"

namespace siang::text {
namespace {

// A monospaced fake font: 10 px per display cell.
float ten_per_cell(std::string_view s) {
    return 10.0f * static_cast<float>(cell_boundaries(s).size());
}

std::vector<std::string> wrapped(std::string_view s, float width) {
    std::vector<std::string> out;
    for (const WrappedLine& line : wrap_text(s, width, ten_per_cell))
        out.emplace_back(s.substr(line.begin, line.end - line.begin));
    return out;
}

using Lines = std::vector<std::string>;

// Byte ranges [begin, end) of every occurrence of a dictionary compound in `s`.
std::vector<std::pair<std::size_t, std::size_t>> compounds_in(std::string_view s) {
    std::vector<std::pair<std::size_t, std::size_t>> found;
    for (const std::string& c : thai_compound_list())
        for (std::size_t at = s.find(c); at != std::string_view::npos; at = s.find(c, at + 1))
            found.emplace_back(at, at + c.size());
    return found;
}

bool starts_with_negation(std::string_view s) {
    return s.starts_with("ไม่") || (s.starts_with("มิ") && !s.starts_with("มิถุนายน") &&
                                   !s.starts_with("มิติ") && !s.starts_with("มิตร"));
}

// What is wrong with `s` wrapped to `width`: a line that ends inside a compound, or right
// before ไม่/มิ with no space between (a forced split of a word wider than the line is not a
// choice and is not counted).
std::vector<std::string> misreadings(std::string_view s, float width) {
    std::vector<std::string> bad;
    const std::vector<WrappedLine> lines = wrap_text(s, width, ten_per_cell);
    const std::vector<std::size_t> breaks = break_positions(s);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::size_t end = lines[i].end, next = lines[i + 1].begin;
        if (end != next) continue;  // a space or a newline between: a phrase boundary
        if (std::find(breaks.begin(), breaks.end(), end) == breaks.end()) continue;  // forced
        const std::string where = std::string(s.substr(0, end)) + "|" + std::string(s.substr(end));
        for (auto [b, e] : compounds_in(s))
            if (b < end && end < e) bad.push_back("inside a compound: " + where);
        if (starts_with_negation(s.substr(next))) bad.push_back("before a negation: " + where);
    }
    return bad;
}

TEST(ThaiLineBreak, TheFourExamplesOfTheIssueStayWholeAtTheWidthsThatSplitThem) {
    // Each width is exactly the first line libthai's breaks alone gave: "…ประพฤติมิ|ชอบ".
    EXPECT_EQ(wrapped("ร้องเรียนการทุจริตและประพฤติมิชอบ", ten_per_cell("ร้องเรียนการทุจริตและประพฤติมิ")),
              (Lines{"ร้องเรียนการทุจริตและ", "ประพฤติมิชอบ"}));
    EXPECT_EQ(wrapped("ข้อเสนอแนะ / แสดงความคิดเห็น", ten_per_cell("ข้อเสนอแนะ / แสดงความคิด")),
              (Lines{"ข้อเสนอแนะ / แสดง", "ความคิดเห็น"}));
    EXPECT_EQ(wrapped("พิมพ์ตัวเลขจากใบรับเรื่อง หรือสแกนคิวอาร์โค้ดที่เครื่องอ่าน",
                      ten_per_cell("พิมพ์ตัวเลขจากใบรับเรื่อง หรือสแกนคิวอาร์")),
              (Lines{"พิมพ์ตัวเลขจากใบรับเรื่อง หรือสแกน", "คิวอาร์โค้ดที่เครื่องอ่าน"}));
    EXPECT_EQ(wrapped("แต่เจ้าหน้าที่จะติดต่อกลับไม่ได้", ten_per_cell("แต่เจ้าหน้าที่จะติดต่อกลับ")),
              (Lines{"แต่เจ้าหน้าที่จะ", "ติดต่อกลับไม่ได้"}));
}

TEST(ThaiLineBreak, NoBreakInsideADictionaryCompound) {
    for (std::string_view s : {"ประพฤติมิชอบ", "ความคิดเห็น", "คิวอาร์โค้ด", "หน่วยงาน", "ดำเนินการ"})
        EXPECT_TRUE(break_positions(s).empty()) << s;
}

TEST(ThaiLineBreak, NoBreakRightBeforeANegationNorAfterItBeforeAShortWord) {
    const std::string s = "เจ้าหน้าที่จะติดต่อกลับไม่ได้";
    for (std::size_t b : break_positions(s)) {
        EXPECT_FALSE(s.substr(b).starts_with("ไม่")) << s.substr(0, b);
        EXPECT_FALSE(s.substr(b) == "ได้") << "ไม่ without the short word it negates";
    }
    // A longer word after ไม่ may still start the next line.
    const std::string longer = "รหัสนี้ไม่ถูกต้องกรุณาตรวจสอบ";
    const auto b = break_positions(longer);
    EXPECT_NE(std::find(b.begin(), b.end(), std::string_view(longer).find("ถูกต้อง")), b.end());
}

TEST(ThaiLineBreak, OtherWordsStartingWithMiStillBreakBeforeThem) {
    const std::string s = "ภายในเดือนมิถุนายน";
    const auto b = break_positions(s);
    EXPECT_NE(std::find(b.begin(), b.end(), s.find("มิถุนายน")), b.end());
}

TEST(ThaiLineBreak, MaiYamokNeverStartsALine) {
    for (std::size_t b : break_positions("ผลกระทบใด ๆ จากการร้องเรียน"))
        EXPECT_NE(std::string_view("ผลกระทบใด ๆ จากการร้องเรียน").substr(b, 3), "ๆ");
}

TEST(ThaiLineBreak, ANumberStaysWithTheThaiUnitAfterIt) {
    for (std::string_view s : {"ภายใน 1 วันทำการ", "ต้องมีตัวเลข 12 หลัก", "ภายใน ๓๐ วัน"}) {
        const std::size_t unit = s.rfind(' ') + 1;
        const auto b = break_positions(s);
        EXPECT_EQ(std::find(b.begin(), b.end(), unit), b.end()) << s;
        EXPECT_NE(std::find(b.begin(), b.end(), s.find(' ') + 1), b.end()) << "before the number";
    }
}

TEST(ThaiLineBreak, AYearStaysWithTheEraAndTheMonthBeforeIt) {
    for (std::string_view s : {"ภายในวันที่ 25 พ.ย. 2569 นี้", "ปี พ.ศ. 2569", "ปี พ.ศ. ๒๕๖๙"}) {
        const std::size_t year = s.find(". ") + 2;
        const auto b = break_positions(s);
        EXPECT_EQ(std::find(b.begin(), b.end(), year), b.end()) << s;
    }
}

TEST(ThaiLineBreak, PrefersASpaceToAWordBreakNearTheEndOfTheLine) {
    // Greedy by words would end the first line at "…ท่าน|ติดตาม"; the space a few cells
    // before is the phrase boundary.
    const std::string s = "ไม่ต้องให้ข้อมูลส่วนบุคคล ท่านติดตามผลได้ด้วยรหัสติดตามเรื่อง";
    EXPECT_EQ(wrapped(s, ten_per_cell("ไม่ต้องให้ข้อมูลส่วนบุคคล ท่านติดตาม")),
              (Lines{"ไม่ต้องให้ข้อมูลส่วนบุคคล", "ท่านติดตามผลได้ด้วยรหัสติดตามเรื่อง"}));
    // Not when the line would end up less than two thirds full.
    EXPECT_EQ(wrapped("ข้อมูล ท่านติดตามผลได้ด้วยรหัสติดตามเรื่อง", ten_per_cell("ข้อมูล ท่านติดตามผลได้")),
              (Lines{"ข้อมูล ท่านติดตามผลได้", "ด้วยรหัสติดตามเรื่อง"}));
    // English is unchanged: all its breaks are spaces.
    EXPECT_EQ(wrapped("Street light out near the school", 150),
              (Lines{"Street light", "out near the", "school"}));
}

TEST(ThaiLineBreak, EveryCatalogueStringReadsRightAtManyWidths) {
    std::vector<std::string> bad;
    for (std::size_t i = 0; i < i18n::key_count(); ++i) {
        const std::string_view th = i18n::tr(i18n::key_at(i), i18n::Lang::th);
        for (float width : {160.0f, 200.0f, 240.0f, 300.0f, 380.0f, 460.0f, 600.0f})
            for (const std::string& m : misreadings(th, width))
                bad.push_back(std::string(i18n::key_at(i)) + " @" +
                              std::to_string(static_cast<int>(width)) + ": " + m);
    }
    for (const std::string& b : bad) ADD_FAILURE() << b;
}

}  // namespace
}  // namespace siang::text
