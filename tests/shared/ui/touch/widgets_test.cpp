// Tests for the touch widgets (touch_button, keyboard, text_field, scroll_area) driven through a
// headless ImGui context: synthetic pointer and key input, no window, no GL.
#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>
#include <optional>
#include <string_view>

#include "support/headless_imgui.hpp"
#include "ui/card.hpp"
#include "ui/touch/keyboard.hpp"
#include "ui/touch/pointer_gesture.hpp"
#include "ui/touch/scroll_area.hpp"
#include "ui/touch/text_field.hpp"
#include "ui/touch/touch_button.hpp"

namespace siang::ui::touch {
namespace {

constexpr int kEnterKey = 1;
constexpr int kBackspaceKey = 2;

// One ImGui context with the default font, fed frame by frame with explicit input.
class HeadlessUi : public ::testing::Test {
  protected:
    void SetUp() override {
        siang::testing::create_headless_imgui();
        ImGuiIO& io = ImGui::GetIO();
        io.KeyMap[ImGuiKey_Enter] = kEnterKey;
        io.KeyMap[ImGuiKey_Backspace] = kBackspaceKey;
        reset_pointer_gesture();
        style_ = default_touch_style();
        style_.gesture.slop_px = 16.0f;
    }
    void TearDown() override { ImGui::DestroyContext(); }

    // Runs one frame with the pointer at `at`, button 0 `down`, drawing `body` in a full-screen
    // window at the origin.
    void frame(ImVec2 at, bool down, const std::function<void()>& body) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        io.MouseDown[0] = down;
        begin_card_frame();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2{0, 0});
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("host", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        body();
        ImGui::End();
        ImGui::Render();
        for (bool& k : io.KeysDown) k = false;
    }

    // Taps the key at `row`, `index` of the keyboard drawn 1840 px wide; returns its event.
    std::optional<KeyEvent> tap_key(KeyboardState& state, std::size_t row, std::size_t index,
                                    std::optional<std::string_view> before_caret) {
        const float width = 1840.0f;
        const KeyboardGeometry g = layout_keys(state.layer(), width, keyboard_sizing(style_));
        const KeyBox* key = nullptr;
        for (const KeyBox& k : g.keys)
            if (k.row == row && k.index == index) key = &k;
        if (key == nullptr) return std::nullopt;
        ImVec2 centre{};
        std::optional<KeyEvent> got;
        auto body = [&] {
            // The keyboard is centred in `width` from the layout cursor.
            const ImVec2 origin = ImGui::GetCursorScreenPos();
            const float left = origin.x + (width - g.width) * 0.5f;
            centre = ImVec2{left + key->x + key->w * 0.5f, origin.y + key->y + key->h * 0.5f};
            if (auto ev = draw_keyboard(state, width, style_, before_caret)) got = ev;
        };
        frame({0, 0}, false, body);
        frame(centre, false, body);
        frame(centre, true, body);
        frame(centre, false, body);
        return got;
    }

    TouchStyle style_;
};

TEST_F(HeadlessUi, ButtonFiresOnTapReleasedInside) {
    int taps = 0;
    auto body = [&] {
        if (touch_button_at("b", ImVec2{100, 100}, ImVec2{300, 120}, "OK", style_)) ++taps;
    };
    frame({200, 150}, false, body);
    frame({200, 150}, true, body);
    frame({204, 153}, true, body);
    EXPECT_EQ(taps, 0);  // nothing while held
    frame({204, 153}, false, body);
    EXPECT_EQ(taps, 1);
    frame({204, 153}, false, body);
    EXPECT_EQ(taps, 1);
}

TEST_F(HeadlessUi, ButtonDoesNotFireAtTheEndOfADrag) {
    int taps = 0;
    auto body = [&] {
        if (touch_button_at("b", ImVec2{100, 100}, ImVec2{300, 120}, "OK", style_)) ++taps;
    };
    frame({150, 150}, false, body);
    frame({150, 150}, true, body);
    frame({250, 150}, true, body);  // 100 px: a drag, though still on the button
    frame({250, 150}, false, body);
    EXPECT_EQ(taps, 0);
}

TEST_F(HeadlessUi, ButtonDoesNotFireWhenReleasedOutside) {
    int taps = 0;
    auto body = [&] {
        if (touch_button_at("b", ImVec2{100, 100}, ImVec2{300, 120}, "OK", style_)) ++taps;
    };
    frame({200, 150}, false, body);
    frame({200, 150}, true, body);
    frame({200, 600}, false, body);
    EXPECT_EQ(taps, 0);
}

TEST_F(HeadlessUi, KeyboardTapOnKoKaiTypesIt) {
    KeyboardState state(LayoutId::thai);
    const std::optional<KeyEvent> got = tap_key(state, 2, 2, std::nullopt);  // home row: ฟ ห ก
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->type, KeyEvent::Type::insert);
    EXPECT_EQ(got->code_point, U'ก');
}

TEST_F(HeadlessUi, GreyedToneMarkStillTypesSoTheFieldCanSayNo) {
    KeyboardState state(LayoutId::thai);
    // Mai ek (row 3, seventh key) right at the start of the text: refused by the input check,
    // drawn grey, but a tap must still reach the field so the citizen gets the shake.
    const std::optional<KeyEvent> got = tap_key(state, 2, 6, std::string_view{});
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->code_point, U'\u0E48');
}

TEST_F(HeadlessUi, ShiftKeyChangesTheLayerInsteadOfTyping) {
    KeyboardState state(LayoutId::thai);
    EXPECT_FALSE(tap_key(state, 3, 0, std::nullopt).has_value());
    EXPECT_EQ(state.shift(), ShiftState::once);
    const std::optional<KeyEvent> got = tap_key(state, 2, 0, std::nullopt);
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->code_point, U'ฤ');
}

TEST_F(HeadlessUi, TextFieldTakesAScannerBurstAndEnter) {
    TextFieldState field{TextEdit{TextEditOptions{20, false}}};
    TextFieldOutcome out;
    auto body = [&] { out = draw_text_field("f", field, 800.0f, 1, style_, std::nullopt); };
    frame({0, 0}, false, body);
    ImGui::GetIO().AddInputCharactersUTF8("1234-5678-9012");
    ImGui::GetIO().KeysDown[kEnterKey] = true;
    frame({0, 0}, false, body);
    EXPECT_EQ(field.edit.text(), "1234-5678-9012");
    EXPECT_TRUE(out.changed);
    EXPECT_TRUE(out.submitted);
    EXPECT_TRUE(ImGui::GetIO().InputQueueCharacters.empty());  // consumed, not typed twice
}

TEST_F(HeadlessUi, TapOnTheFieldFocusesItAndPlacesTheCaret) {
    TextFieldState field;
    ASSERT_TRUE(field.edit.set_text("abcdef").has_value());
    field.focused = false;
    TextFieldOutcome out;
    ImVec2 min{};
    auto body = [&] {
        min = ImGui::GetCursorScreenPos();
        out = draw_text_field("f", field, 800.0f, 1, style_, std::nullopt);
    };
    frame({0, 0}, false, body);
    const ImVec2 near_start{min.x + style_.theme.metrics.gap + 1.0f, min.y + 20.0f};
    frame(near_start, false, body);
    frame(near_start, true, body);
    frame(near_start, false, body);
    EXPECT_TRUE(out.tapped);
    EXPECT_TRUE(field.focused);
    EXPECT_EQ(field.edit.caret(), 0u);
}

TEST_F(HeadlessUi, TextFieldRefusalIsReportedAndShakes) {
    TextFieldState field{TextEdit{TextEditOptions{200, false}}};
    TextFieldOutcome out;
    std::optional<KeyEvent> key;
    auto body = [&] { out = draw_text_field("f", field, 800.0f, 1, style_, key); };
    key = KeyEvent{KeyEvent::Type::insert, U'ก'};
    frame({0, 0}, false, body);
    key = KeyEvent{KeyEvent::Type::insert, U'\u0E48'};
    frame({0, 0}, false, body);
    key = KeyEvent{KeyEvent::Type::insert, U'\u0E49'};  // a second tone mark
    frame({0, 0}, false, body);
    EXPECT_TRUE(out.refused);
    EXPECT_TRUE(out.animating);
    EXPECT_EQ(field.last, EditResult::refused_sequence);
    EXPECT_EQ(field.edit.text(), "ก่");
    key.reset();
    for (int i = 0; i < 30; ++i) frame({0, 0}, false, body);  // half a second later
    EXPECT_FALSE(out.animating);
}

TEST_F(HeadlessUi, CaretBlinkAsksForATimerFrameThenStopsWhenIdle) {
    TextFieldState field;
    TextFieldOutcome out;
    std::optional<KeyEvent> key = KeyEvent{KeyEvent::Type::insert, U'a'};
    auto body = [&] { out = draw_text_field("f", field, 800.0f, 1, style_, key); };
    frame({0, 0}, false, body);
    key.reset();
    EXPECT_GT(out.wake_after_seconds, 0.0);
    EXPECT_LE(out.wake_after_seconds, 0.6);
    EXPECT_FALSE(out.animating);
    ImGui::GetIO().DeltaTime = 20.0f;  // a long pause without input
    frame({0, 0}, false, body);
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    frame({0, 0}, false, body);
    EXPECT_EQ(out.wake_after_seconds, 0.0);
}

TEST_F(HeadlessUi, ScrollAreaFollowsADragAndCoastsToAStop) {
    ScrollAreaState area;
    area.scroll = InertialScroll(InertiaConfig{0.325, 20.0, 0.1, 8000.0, false, 0.08});
    bool moving = false;
    auto body = [&] {
        begin_scroll_area("list", area, ImVec2{600, 500});
        ImGui::Dummy(ImVec2{500, 3000});
        moving = end_scroll_area(area, style_);
    };
    frame({300, 400}, false, body);
    frame({300, 400}, true, body);
    float y = 400;
    for (int i = 0; i < 6; ++i) frame({300, y -= 30}, true, body);
    const float during = area.scroll.offset();
    EXPECT_GT(during, 100.0f);
    frame({300, y - 30}, false, body);
    EXPECT_TRUE(moving);
    int frames = 0;
    while (moving && frames < 600) {
        frame({300, y}, false, body);
        ++frames;
    }
    EXPECT_FALSE(moving);
    EXPECT_GT(area.scroll.offset(), during);
    EXPECT_LE(area.scroll.offset(), 3000.0f - 500.0f + 0.01f);
}

// Issue 9 item 13: 10/10 of a valid date and 14/14 of a valid code are done, not a warning; a
// free-text field at its limit (the reason a key is refused) still says so in red.
TEST(CounterTone, AFullValidFixedLengthEntryIsDoneNotRed) {
    EXPECT_EQ(counter_tone(10, 10, true), CounterTone::done);
    EXPECT_EQ(counter_tone(14, 14, true), CounterTone::done);
    EXPECT_EQ(counter_tone(14, 14, false), CounterTone::full);
    EXPECT_EQ(counter_tone(200, 200, false), CounterTone::full);
    EXPECT_EQ(counter_tone(13, 14, false), CounterTone::normal);
    EXPECT_EQ(counter_tone(0, 200, false), CounterTone::normal);
}

// Issue 9 item 7: the mark on a mark key reads at text contrast; its อ is pale but readable.
TEST(MarkKeyColours, MarkAtTextContrastBaseReadableButFainter) {
    const Palette& p = default_touch_style().theme.palette;
    const MarkKeyColours c = mark_key_colours(p, false);
    EXPECT_GE(contrast_ratio(c.mark, p.surface), 4.5);
    EXPECT_GE(contrast_ratio(c.base, p.surface), 3.0);
    EXPECT_LT(contrast_ratio(c.base, p.surface), contrast_ratio(c.mark, p.surface));
    // A refused key lies flat on surface_pressed: its mark still reads.
    const MarkKeyColours r = mark_key_colours(p, true);
    EXPECT_GE(contrast_ratio(r.mark, p.surface_pressed), 4.5);
    EXPECT_LT(contrast_ratio(r.base, p.surface_pressed), contrast_ratio(r.mark, p.surface_pressed));
}

}  // namespace
}  // namespace siang::ui::touch
