// Tests for shared/ui/touch/keyboard_layout.hpp and keyboard_state.hpp.
#include "ui/touch/keyboard_layout.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>

#include "text/utf8.hpp"
#include "ui/icons.hpp"
#include "ui/touch/keyboard_state.hpp"

namespace siang::ui::touch {
namespace {

// The characters a row types, in order (special keys left out).
std::u32string typed(const KeyRow& row) {
    std::u32string out;
    for (const Key& k : row)
        if (k.action == KeyAction::insert) out.push_back(k.code_point);
    return out;
}

const Key* find_key(const KeyboardLayer& layer, KeyAction action) {
    for (const KeyRow& row : layer.rows)
        for (const Key& k : row)
            if (k.action == action) return &k;
    return nullptr;
}

TEST(KedmaneeLayout, RowsMatchTis820Unshifted) {
    const KeyboardLayer& l = keyboard_layout(LayoutId::thai).normal;
    ASSERT_GE(l.rows.size(), 4u);
    EXPECT_EQ(typed(l.rows[0]), U"ๅ/-ภถุึคตจขช");
    EXPECT_EQ(typed(l.rows[1]), U"ๆไำพะัีรนยบลฃ");
    EXPECT_EQ(typed(l.rows[2]), U"ฟหกดเ้่าสวง");
    EXPECT_EQ(typed(l.rows[3]), U"ผปแอิืทมใฝ");
}

TEST(KedmaneeLayout, HomeRowStartsWithFoHoKoDo) {
    const KeyRow& home = keyboard_layout(LayoutId::thai).normal.rows[2];
    EXPECT_EQ(home[0].code_point, U'ฟ');
    EXPECT_EQ(home[1].code_point, U'ห');
    EXPECT_EQ(home[2].code_point, U'ก');
    EXPECT_EQ(home[3].code_point, U'ด');
}

TEST(KedmaneeLayout, ShiftedLayerMatchesTis820) {
    const KeyboardLayer& l = keyboard_layout(LayoutId::thai).shifted;
    EXPECT_EQ(typed(l.rows[0]), U"+๑๒๓๔ู฿๕๖๗๘๙");
    EXPECT_EQ(typed(l.rows[1]), U"๐\"ฎฑธํ๊ณฯญฐ,ฅ");
    EXPECT_EQ(typed(l.rows[2]), U"ฤฆฏโฌ็๋ษศซ.");
    EXPECT_EQ(typed(l.rows[3]), U"()ฉฮฺ์?ฒฬฦ");
}

TEST(KedmaneeLayout, ShiftNeverMovesAKey) {
    const KeyboardLayout& k = keyboard_layout(LayoutId::thai);
    ASSERT_EQ(k.normal.rows.size(), k.shifted.rows.size());
    for (std::size_t r = 0; r < k.normal.rows.size(); ++r) {
        ASSERT_EQ(k.normal.rows[r].size(), k.shifted.rows[r].size()) << "row " << r;
        for (std::size_t i = 0; i < k.normal.rows[r].size(); ++i) {
            EXPECT_EQ(k.normal.rows[r][i].action, k.shifted.rows[r][i].action);
            EXPECT_EQ(k.normal.rows[r][i].width, k.shifted.rows[r][i].width);
        }
    }
}

TEST(KedmaneeLayout, HasEverySpecialKeyAndAtMostThirteenUnitsARow) {
    const KeyboardLayer& l = keyboard_layout(LayoutId::thai).normal;
    for (KeyAction a : {KeyAction::shift, KeyAction::switch_language, KeyAction::space,
                        KeyAction::backspace, KeyAction::enter})
        EXPECT_NE(find_key(l, a), nullptr) << static_cast<int>(a);
    EXPECT_FLOAT_EQ(widest_row_units(l), 13.0f);
    EXPECT_EQ(most_keys_in_a_row(l), 13u);
}

TEST(QwertyLayout, LettersAndShiftedCapitals) {
    const KeyboardLayout& k = keyboard_layout(LayoutId::english);
    EXPECT_EQ(typed(k.normal.rows[0]), U"1234567890");
    EXPECT_EQ(typed(k.normal.rows[1]), U"qwertyuiop");
    EXPECT_EQ(typed(k.normal.rows[2]), U"asdfghjkl");
    EXPECT_EQ(typed(k.shifted.rows[1]), U"QWERTYUIOP");
    EXPECT_NE(typed(k.normal.rows[4]).find(U'@'), std::u32string::npos);
}

TEST(NumericKeypad, DigitsBackspaceAndEnter) {
    const KeyboardLayer& l = keyboard_layout(LayoutId::numeric).normal;
    std::u32string all;
    for (const KeyRow& row : l.rows) all += typed(row);
    EXPECT_EQ(all, U"1234567890");
    EXPECT_NE(find_key(l, KeyAction::backspace), nullptr);
    EXPECT_NE(find_key(l, KeyAction::enter), nullptr);
    EXPECT_EQ(find_key(l, KeyAction::shift), nullptr);
}

TEST(KeyLabel, CombiningMarksGetADottedCircleBase) {
    EXPECT_EQ(key_label(Key{KeyAction::insert, U'\u0E48', 1.0f}), "\u25CC\u0E48");  // mai ek
    EXPECT_EQ(key_label(Key{KeyAction::insert, U'\u0E38', 1.0f}), "\u25CC\u0E38");  // sara u
    EXPECT_EQ(key_label(Key{KeyAction::insert, U'\u0E33', 1.0f}), "\u25CC\u0E33");  // sara am
    EXPECT_EQ(key_label(Key{KeyAction::insert, U'ก', 1.0f}), "ก");
    EXPECT_EQ(key_label(Key{KeyAction::insert, U'เ', 1.0f}), "เ");  // leading vowel: no base
    EXPECT_EQ(key_label(Key{KeyAction::backspace, 0, 1.0f}), "");
}

TEST(KeyboardState, ShiftOnceAppliesToOneCharacter) {
    KeyboardState s(LayoutId::thai);
    const Key shift{KeyAction::shift, 0, 1.5f};
    EXPECT_FALSE(s.tap(shift).has_value());
    EXPECT_EQ(s.shift(), ShiftState::once);
    const Key fo_fan = s.layer().rows[2][0];
    EXPECT_EQ(fo_fan.code_point, U'ฤ');
    const auto ev = s.tap(fo_fan);
    ASSERT_TRUE(ev.has_value());
    EXPECT_EQ(ev->type, KeyEvent::Type::insert);
    EXPECT_EQ(ev->code_point, U'ฤ');
    EXPECT_EQ(s.shift(), ShiftState::off);
    EXPECT_EQ(s.layer().rows[2][0].code_point, U'ฟ');
}

TEST(KeyboardState, SecondShiftTapLocksThirdReleases) {
    KeyboardState s(LayoutId::thai);
    const Key shift{KeyAction::shift, 0, 1.5f};
    s.tap(shift);
    s.tap(shift);
    EXPECT_EQ(s.shift(), ShiftState::locked);
    s.tap(s.layer().rows[0][1]);  // ๑
    EXPECT_EQ(s.shift(), ShiftState::locked);
    s.tap(shift);
    EXPECT_EQ(s.shift(), ShiftState::off);
}

TEST(KeyboardState, LanguageKeySwitchesThaiAndEnglishAndDropsShift) {
    KeyboardState s(LayoutId::thai);
    s.tap(Key{KeyAction::shift, 0, 1.5f});
    s.tap(Key{KeyAction::switch_language, 0, 2.0f});
    EXPECT_EQ(s.layout_id(), LayoutId::english);
    EXPECT_EQ(s.shift(), ShiftState::off);
    s.tap(Key{KeyAction::switch_language, 0, 2.0f});
    EXPECT_EQ(s.layout_id(), LayoutId::thai);
}

TEST(KeyboardState, SpecialKeysBecomeEvents) {
    KeyboardState s(LayoutId::english);
    EXPECT_EQ(s.tap(Key{KeyAction::space, U' ', 5.0f})->code_point, U' ');
    EXPECT_EQ(s.tap(Key{KeyAction::backspace, 0, 1.5f})->type, KeyEvent::Type::backspace);
    EXPECT_EQ(s.tap(Key{KeyAction::enter, 0, 2.0f})->type, KeyEvent::Type::enter);
}

// Issue 9 item 14: a one-shot shift and a locked one look different, and the layer comes back.
const Key kShift{KeyAction::shift, 0, 1.5f};

// Taps the key typing `cp` on the layer shown now (no shift taps of its own).
std::u32string tap_letters(KeyboardState& s, std::u32string_view letters) {
    std::u32string out;
    for (char32_t cp : letters) {
        const Key* key = nullptr;
        for (const KeyRow& row : s.layer().rows)
            for (const Key& k : row)
                if (k.action == KeyAction::insert && k.code_point == cp) key = &k;
        if (key == nullptr) return out + U"?";
        const Key copy = *key;  // the tap may switch the layer the pointer is into
        if (const auto ev = s.tap(copy); ev && ev->type == KeyEvent::Type::insert)
            out.push_back(ev->code_point);
    }
    return out;
}

TEST(KeyboardShift, OneTapShiftsTheNextCharacterOnlyAndTheKeySaysSo) {
    KeyboardState s(LayoutId::thai);
    EXPECT_EQ(key_cap(kShift, s).tone, KeyTone::modifier);
    s.tap(kShift);
    EXPECT_EQ(s.shift(), ShiftState::once);
    EXPECT_EQ(key_cap(kShift, s).tone, KeyTone::on);
    EXPECT_EQ(tap_letters(s, U"ฤ"), U"ฤ");
    EXPECT_EQ(s.shift(), ShiftState::off);
    EXPECT_EQ(key_cap(kShift, s).tone, KeyTone::modifier);
    EXPECT_EQ(s.layer().rows[2][0].code_point, U'ฟ');
}

TEST(KeyboardShift, DoubleTapLocksVisiblyAndATapUnlocks) {
    KeyboardState s(LayoutId::thai);
    s.tap(kShift);
    const KeyCap once = key_cap(kShift, s);
    s.tap(kShift);
    EXPECT_EQ(s.shift(), ShiftState::locked);
    const KeyCap locked = key_cap(kShift, s);
    // Latched: its own tone and a lock on the key, unlike the one-shot state.
    EXPECT_EQ(locked.tone, KeyTone::latched);
    EXPECT_NE(locked.tone, once.tone);
    EXPECT_NE(locked.label.find(ui::icon::lock.utf8), std::string::npos);
    EXPECT_EQ(once.label.find(ui::icon::lock.utf8), std::string::npos);
    EXPECT_EQ(tap_letters(s, U"๑๒๓"), U"๑๒๓");
    EXPECT_EQ(s.shift(), ShiftState::locked);
    s.tap(kShift);
    EXPECT_EQ(s.shift(), ShiftState::off);
    EXPECT_EQ(key_cap(kShift, s).tone, KeyTone::modifier);
    EXPECT_EQ(tap_letters(s, U"ถนน"), U"ถนน");
}

TEST(KeyboardShift, AThaiWordAfterAShiftTapIsExactlyTheLettersTapped) {
    // "ฤดูฝน ถนนชำรุด": ฤ and ู are shifted, the rest are not. The report's "๔ฯฯฎณโ" is ถนนำรด
    // typed on a shifted layer that had stayed on.
    KeyboardState s(LayoutId::thai);
    std::u32string typed;
    s.tap(kShift);
    typed += tap_letters(s, U"ฤ");
    typed += tap_letters(s, U"ด");
    s.tap(kShift);
    typed += tap_letters(s, U"ู");
    typed += tap_letters(s, U"ฝน");
    typed += s.tap(Key{KeyAction::space, U' ', 9.0f})->code_point;
    typed += tap_letters(s, U"ถนนชำรุด");
    EXPECT_EQ(typed, U"ฤดูฝน ถนนชำรุด");
    EXPECT_EQ(s.shift(), ShiftState::off);
}

TEST(KeyboardPaging, NextPageStepsThroughThePagesAndLanguageReturnsToTheFirst) {
    KeyboardState s(LayoutId::thai);
    const Key next{KeyAction::next_page, 0, 2.0f};
    EXPECT_EQ(s.page(2), 0u);
    EXPECT_EQ(key_cap(next, s, 0, 2).label.substr(0, 3), "1/2");
    s.tap(next);
    EXPECT_EQ(s.page(2), 1u);
    s.tap(kShift);  // shift keeps the page
    EXPECT_EQ(s.page(2), 1u);
    s.tap(next);
    EXPECT_EQ(s.page(2), 0u);
    s.tap(next);
    s.tap(Key{KeyAction::switch_language, 0, 2.0f});
    EXPECT_EQ(s.page(2), 0u);
}

// Issue 9 item 7: a mark key shows its mark over อ as the Thai display pipeline places it.
TEST(MarkFace, ToneMarksOverOAngComeLoweredFromTheDisplayPipeline) {
    // Alone on a letter, a tone mark takes the PUA variant drawn low (U+F70A-F70E).
    const std::pair<char32_t, std::string_view> tones[] = {{U'\u0E48', "\uF70A"},
                                                           {U'\u0E49', "\uF70B"},
                                                           {U'\u0E4A', "\uF70C"},
                                                           {U'\u0E4B', "\uF70D"},
                                                           {U'\u0E4C', "\uF70E"}};
    for (const auto& [mark, shown] : tones) {
        const auto face = mark_face(Key{KeyAction::insert, mark, 1.0f});
        ASSERT_TRUE(face.has_value());
        EXPECT_EQ(face->base, "\u0E2D");
        EXPECT_EQ(face->marks, shown);
    }
}

TEST(MarkFace, VowelsAndSaraAmKeepTheirPipelineForm) {
    EXPECT_EQ(mark_face(Key{KeyAction::insert, U'\u0E34', 1.0f})->marks, "\u0E34");  // sara i
    EXPECT_EQ(mark_face(Key{KeyAction::insert, U'\u0E38', 1.0f})->marks, "\u0E38");  // sara u
    // SARA AM as NIKHAHIT + SARA AA, the form every Thai text on screen is drawn in.
    EXPECT_EQ(mark_face(Key{KeyAction::insert, U'\u0E33', 1.0f})->marks, "\u0E4D\u0E32");
}

TEST(MarkFace, EveryMarkOfBothThaiLayersHasOneAndLettersNone) {
    const KeyboardLayout& k = keyboard_layout(LayoutId::thai);
    int marks = 0;
    for (const KeyboardLayer* layer : {&k.normal, &k.shifted})
        for (const KeyRow& row : layer->rows)
            for (const Key& key : row) {
                const bool is_mark = key.action == KeyAction::insert &&
                                     (is_combining_mark(key.code_point) || key.code_point == U'ำ');
                EXPECT_EQ(mark_face(key).has_value(), is_mark) << std::hex << static_cast<unsigned>(key.code_point);
                marks += is_mark ? 1 : 0;
            }
    // ั ี ิ ึ ื ุ ำ ่ ้ on the normal layer; ู ํ ๊ ฺ ์ ็ ๋ on the shifted one.
    EXPECT_EQ(marks, 16);
}

}  // namespace
}  // namespace siang::ui::touch
