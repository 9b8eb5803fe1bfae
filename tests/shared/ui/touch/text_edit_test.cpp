// Tests for shared/ui/touch/text_edit.hpp: Thai-aware insert, backspace, caret, limit, paste.
#include "ui/touch/text_edit.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/sensitive_memory.hpp"

namespace siang::ui::touch {
namespace {

TextEdit typed(std::u32string_view cps, TextEditOptions options = {}) {
    TextEdit e(options);
    for (char32_t cp : cps)
        EXPECT_EQ(e.insert(cp), EditResult::changed) << std::hex << static_cast<std::uint32_t>(cp);
    return e;
}

TEST(TextEdit, InsertsAtCaretAndCountsUserCharacters) {
    TextEdit e = typed(U"ถนน");
    EXPECT_EQ(e.text(), "ถนน");
    EXPECT_EQ(e.caret(), e.text().size());
    EXPECT_EQ(e.count(), 3u);
    EXPECT_EQ(e.remaining(), 197u);
}

TEST(TextEdit, BackspaceRemovesOneCodePointNotTheCell) {
    TextEdit e = typed(U"ที่");
    EXPECT_EQ(e.count(), 1u);
    EXPECT_EQ(e.backspace(), EditResult::changed);
    EXPECT_EQ(e.text(), "ที");
    EXPECT_EQ(e.caret(), e.text().size());
    EXPECT_EQ(e.backspace(), EditResult::changed);
    EXPECT_EQ(e.text(), "ท");
    EXPECT_EQ(e.backspace(), EditResult::changed);
    EXPECT_EQ(e.text(), "");
    EXPECT_EQ(e.backspace(), EditResult::nothing);
}

TEST(TextEdit, CaretMovesByDisplayCellAcrossNamTham) {
    // "น้ำดี": น + mai tho + sara am form one cell; ด + sara ii another.
    TextEdit e = typed(U"น้ำดี");
    const std::size_t end = e.text().size();
    const std::size_t nam = std::string("น้ำ").size();
    EXPECT_EQ(e.caret_left(), EditResult::changed);
    EXPECT_EQ(e.caret(), nam);
    EXPECT_EQ(e.caret_left(), EditResult::changed);
    EXPECT_EQ(e.caret(), 0u);
    EXPECT_EQ(e.caret_left(), EditResult::nothing);
    EXPECT_EQ(e.caret_right(), EditResult::changed);
    EXPECT_EQ(e.caret(), nam);
    EXPECT_EQ(e.caret_right(), EditResult::changed);
    EXPECT_EQ(e.caret(), end);
    EXPECT_EQ(e.caret_right(), EditResult::nothing);
}

TEST(TextEdit, SetCaretSnapsToTheStartOfTheCell) {
    TextEdit e = typed(U"น้ำดี");
    EXPECT_EQ(e.set_caret(3), EditResult::changed);  // inside "น้ำ", after น
    EXPECT_EQ(e.caret(), 0u);
    EXPECT_EQ(e.set_caret(1000), EditResult::changed);
    EXPECT_EQ(e.caret(), e.text().size());
    EXPECT_EQ(e.set_caret(1000), EditResult::nothing);
}

TEST(TextEdit, InsertsInTheMiddleAtTheCaret) {
    TextEdit e = typed(U"น้ำดี");
    e.caret_home();
    e.caret_right();
    EXPECT_EQ(e.insert(U'ก'), EditResult::changed);
    EXPECT_EQ(e.text(), "น้ำกดี");
    EXPECT_EQ(e.caret(), std::string("น้ำก").size());
    EXPECT_EQ(e.backspace(), EditResult::changed);
    EXPECT_EQ(e.text(), "น้ำดี");
}

TEST(TextEdit, SecondToneMarkIsRefusedAndTextUnchanged) {
    TextEdit e = typed(U"ก่");
    const std::string before = e.text();
    EXPECT_EQ(e.insert(U'\u0E49'), EditResult::refused_sequence);  // mai tho after mai ek
    EXPECT_TRUE(is_refusal(EditResult::refused_sequence));
    EXPECT_EQ(e.text(), before);
    EXPECT_EQ(e.caret(), before.size());
}

TEST(TextEdit, ToneMarkWithoutConsonantIsRefused) {
    TextEdit e;
    EXPECT_EQ(e.insert(U'\u0E48'), EditResult::refused_sequence);
    EXPECT_EQ(e.text(), "");
}

TEST(TextEdit, LimitRefusesThe201stCharacter) {
    TextEdit e;  // 200 by default, like a subject
    for (int i = 0; i < 200; ++i) ASSERT_EQ(e.insert(U'ก'), EditResult::changed) << i;
    EXPECT_EQ(e.count(), 200u);
    EXPECT_EQ(e.remaining(), 0u);
    const std::string full = e.text();
    EXPECT_EQ(e.insert(U'ข'), EditResult::refused_limit);
    EXPECT_EQ(e.text(), full);
    // A mark on the last letter is not a new character: it still fits.
    EXPECT_EQ(e.insert(U'\u0E48'), EditResult::changed);
    EXPECT_EQ(e.count(), 200u);
}

TEST(TextEdit, ControlCharactersAndNewlineInSingleLineAreRefused) {
    TextEdit e = typed(U"ab");
    EXPECT_EQ(e.insert(U'\x07'), EditResult::refused_char);
    EXPECT_EQ(e.insert(U'\n'), EditResult::refused_char);
    EXPECT_EQ(e.text(), "ab");
}

TEST(TextEdit, EnterSubmitsSingleLineAndBreaksMultiLine) {
    TextEdit single = typed(U"a");
    EXPECT_EQ(single.apply(KeyEvent{KeyEvent::Type::enter, 0}), EditResult::submit);
    EXPECT_EQ(single.text(), "a");

    TextEdit multi = typed(U"a", TextEditOptions{5000, true});
    EXPECT_EQ(multi.apply(KeyEvent{KeyEvent::Type::enter, 0}), EditResult::changed);
    EXPECT_EQ(multi.apply(KeyEvent{KeyEvent::Type::insert, U'b'}), EditResult::changed);
    EXPECT_EQ(multi.text(), "a\nb");
}

TEST(TextEdit, ScannerBurstTypesCodeAndSubmitsOnEnter) {
    TextEdit e(TextEditOptions{20, false});
    const PasteResult r = e.paste("1234-5678-9012\r\n");
    EXPECT_EQ(e.text(), "1234-5678-9012");
    EXPECT_EQ(r.inserted, 14u);
    EXPECT_EQ(r.refused, 0u);
    EXPECT_TRUE(r.submitted);
    EXPECT_FALSE(r.hit_limit);
}

TEST(TextEdit, PasteStopsAtTheLimitAndSaysSo) {
    TextEdit e(TextEditOptions{5, false});
    const PasteResult r = e.paste("abcdefgh");
    EXPECT_EQ(e.text(), "abcde");
    EXPECT_EQ(r.inserted, 5u);
    EXPECT_EQ(r.refused, 3u);
    EXPECT_TRUE(r.hit_limit);
}

TEST(TextEdit, PasteSkipsRefusedSequencesAndInvalidUtf8) {
    TextEdit e;
    const PasteResult r = e.paste("ก่้า");  // the second tone mark is refused
    EXPECT_EQ(e.text(), "ก่า");
    EXPECT_EQ(r.refused, 1u);
    const PasteResult bad = e.paste("\xff\xfe");
    EXPECT_EQ(bad.inserted, 0u);
    EXPECT_EQ(bad.refused, 2u);
    EXPECT_EQ(e.text(), "ก่า");
}

TEST(TextEdit, SetTextRefusesOverLimitInsteadOfCutting) {
    TextEdit e(TextEditOptions{3, false});
    ASSERT_TRUE(e.set_text("ถนน").has_value());
    EXPECT_EQ(e.caret(), e.text().size());
    const auto r = e.set_text("ถนนดี");
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code, Errc::field_too_long);
    EXPECT_EQ(r.error().field, "text");
    EXPECT_EQ(r.error().count, 4);
    EXPECT_EQ(r.error().limit, 3);
    EXPECT_EQ(e.text(), "ถนน");
}

TEST(TextEdit, ClearEmptiesTextAndCaret) {
    TextEdit e = typed(U"ชื่อ");
    e.clear();
    EXPECT_EQ(e.text(), "");
    EXPECT_EQ(e.caret(), 0u);
    EXPECT_EQ(e.count(), 0u);
}

// The wipe's side of the text buffer (issue 10 item 1): every zeroing goes through zero_memory,
// whose observer sees the memory while it still belongs to the edit.
class TextEditZeroing : public ::testing::Test {
  protected:
    struct Seen {
        const void* data;
        std::size_t bytes;
        bool all_zero;
    };
    void SetUp() override {
        set_zero_observer([this](const void* data, std::size_t bytes) {
            const auto* p = static_cast<const unsigned char*>(data);
            seen.push_back({data, bytes, std::all_of(p, p + bytes, [](auto b) { return b == 0; })});
        });
    }
    void TearDown() override { set_zero_observer({}); }
    // True when a zeroing covered [data, data + bytes) and left it all zero.
    bool zeroed(const void* data, std::size_t bytes) const {
        return std::any_of(seen.begin(), seen.end(), [&](const Seen& s) {
            return s.data == data && s.bytes >= bytes && s.all_zero;
        });
    }
    std::vector<Seen> seen;
};

TEST_F(TextEditZeroing, GrowingZeroesTheOldBufferBeforeItIsFreed) {
    TextEdit e;
    std::size_t grew = 0;
    for (char32_t cp : std::u32string(U"ปิ่นฟ้ามาร์คเกอร์ ปิ่นฟ้ามาร์คเกอร์")) {
        const void* before = e.text().data();
        const std::size_t capacity = e.text().capacity();
        const std::size_t size = e.text().size();
        ASSERT_EQ(e.insert(cp), EditResult::changed);
        if (e.text().data() != before) {
            ++grew;
            EXPECT_TRUE(zeroed(before, std::max(size, capacity)))
                << "the buffer of " << size << " bytes was released holding the text";
        }
    }
    EXPECT_GE(grew, 2u);  // past the in-object buffer, and a heap buffer outgrown
    EXPECT_EQ(e.text(), "ปิ่นฟ้ามาร์คเกอร์ ปิ่นฟ้ามาร์คเกอร์");
}

TEST_F(TextEditZeroing, ClearZeroesTheWholeBufferNotOnlyTheTextLeft) {
    TextEdit e = typed(U"0897461325 0897461325 0897461325");
    for (int i = 0; i < 25; ++i) ASSERT_EQ(e.backspace(), EditResult::changed);
    ASSERT_EQ(e.text().size(), 7u);  // the other 25 bytes are still in the buffer, past size()
    const void* buffer = e.text().data();
    const std::size_t capacity = e.text().capacity();
    e.clear();
    EXPECT_TRUE(e.text().empty());
    EXPECT_TRUE(zeroed(buffer, capacity));
}

TEST_F(TextEditZeroing, SetTextZeroesTheTextItReplaces) {
    TextEdit e = typed(U"0897461325 0897461325 0897461325");
    const void* buffer = e.text().data();
    const std::size_t capacity = e.text().capacity();
    ASSERT_TRUE(e.set_text("089"));
    EXPECT_TRUE(zeroed(buffer, capacity));
    EXPECT_EQ(e.text(), "089");
    ASSERT_TRUE(e.set_text(std::string_view(e.text()).substr(1)));  // its own text
    EXPECT_EQ(e.text(), "89");
}

}  // namespace
}  // namespace siang::ui::touch
