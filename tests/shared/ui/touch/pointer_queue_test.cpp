// Tests for PointerQueue: taps that arrive in one event batch, in consecutive batches or two in
// one batch, replayed into a headless ImGui with slow frames, each activate exactly once.
#include "ui/pointer_queue.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <cfloat>
#include <functional>
#include <optional>
#include <string>

#include "support/headless_imgui.hpp"
#include "ui/card.hpp"
#include "ui/touch/keyboard.hpp"
#include "ui/touch/pointer_gesture.hpp"
#include "ui/touch/touch_button.hpp"

namespace siang::ui {
namespace {

using touch::KeyEvent;

// A headless ImGui fed only through a PointerQueue, as the GLFW platform feeds it.
class PointerQueueUi : public ::testing::Test {
  protected:
    void SetUp() override {
        siang::testing::create_headless_imgui();
        touch::reset_pointer_gesture();
        style_ = touch::default_touch_style();
    }
    void TearDown() override { ImGui::DestroyContext(); }

    // One frame of `seconds`: the queue feeds ImGui, then `body` draws in a full-screen window.
    void frame(PointerQueue& q, const std::function<void()>& body, float seconds) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = seconds;
        q.feed(io);
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
    }

    // Frames until the queue is empty, then two more (what the app loop does: it keeps drawing
    // while pending() and then goes idle). Fails if the queue never drains.
    void drain(PointerQueue& q, const std::function<void()>& body, float seconds) {
        int frames = 0;
        while (q.pending()) {
            frame(q, body, seconds);
            ASSERT_LT(++frames, 50) << "the queue never drained";
        }
        frame(q, body, seconds);
        frame(q, body, seconds);
    }

    touch::TouchStyle style_;
};

constexpr float kSlow = 0.25f;  // a loaded 2-core machine: four frames a second
constexpr float kFast = 1.0f / 60.0f;

TEST_F(PointerQueueUi, PressAndReleaseInOneBatchClickAnImGuiButtonOnce) {
    PointerQueue q(true);
    int clicks = 0;
    auto body = [&] {
        ImGui::SetCursorScreenPos(ImVec2{100, 100});
        if (ImGui::Button("OK", ImVec2{300, 120})) ++clicks;
    };
    frame(q, body, kSlow);
    q.push_move({200, 150});  // a finger not yet down: no hover
    q.push_button(0, true, {200, 150});
    q.push_button(0, false, {200, 150});
    drain(q, body, kSlow);
    EXPECT_EQ(clicks, 1);
    EXPECT_FALSE(ImGui::GetIO().MouseDown[0]);
    EXPECT_LT(ImGui::GetIO().MousePos.x, 0.0f);  // the lifted finger hovers nothing
}

TEST_F(PointerQueueUi, PressAndReleaseInOneBatchTapATouchButtonOnce) {
    for (float seconds : {kFast, kSlow}) {
        PointerQueue q(true);
        int taps = 0;
        auto body = [&] {
            if (touch::touch_button_at("b", ImVec2{100, 100}, ImVec2{300, 120}, "OK", style_))
                ++taps;
        };
        frame(q, body, seconds);
        q.push_button(0, true, {200, 150});
        q.push_button(0, false, {200, 150});
        drain(q, body, seconds);
        EXPECT_EQ(taps, 1) << "frames of " << seconds << " s";
    }
}

TEST_F(PointerQueueUi, PressAndReleaseInConsecutiveBatchesTapOnce) {
    PointerQueue q(true);
    int taps = 0;
    auto body = [&] {
        if (touch::touch_button_at("b", ImVec2{100, 100}, ImVec2{300, 120}, "OK", style_)) ++taps;
    };
    frame(q, body, kSlow);
    q.push_button(0, true, {200, 150});
    frame(q, body, kSlow);
    q.push_move({203, 151});
    q.push_button(0, false, {203, 151});
    drain(q, body, kSlow);
    EXPECT_EQ(taps, 1);
}

TEST_F(PointerQueueUi, TwoTapsInOneBatchTapTwice) {
    PointerQueue q(true);
    int clicks = 0;
    auto body = [&] {
        ImGui::SetCursorScreenPos(ImVec2{100, 100});
        if (ImGui::Button("OK", ImVec2{300, 120})) ++clicks;
    };
    frame(q, body, kSlow);
    for (int i = 0; i < 2; ++i) {
        q.push_button(0, true, {200, 150});
        q.push_button(0, false, {200, 150});
    }
    drain(q, body, kSlow);
    EXPECT_EQ(clicks, 2);
}

TEST_F(PointerQueueUi, ATapMovesThePointerBeforeItPresses) {
    // A mouse that moves and clicks elsewhere in one batch: ImGui must see the pointer over
    // the second button before the press, or the press lands on the first.
    PointerQueue q(false);
    int left = 0, right = 0;
    auto body = [&] {
        ImGui::SetCursorScreenPos(ImVec2{100, 100});
        if (ImGui::Button("L", ImVec2{200, 100})) ++left;
        ImGui::SetCursorScreenPos(ImVec2{600, 100});
        if (ImGui::Button("R", ImVec2{200, 100})) ++right;
    };
    q.push_move({150, 150});
    drain(q, body, kSlow);
    q.push_move({700, 150});
    q.push_button(0, true, {700, 150});
    q.push_button(0, false, {700, 150});
    drain(q, body, kSlow);
    EXPECT_EQ(left, 0);
    EXPECT_EQ(right, 1);
}

TEST_F(PointerQueueUi, InstantTapsOnTwoKeyboardKeysTypeBoth) {
    touch::KeyboardState state(touch::LayoutId::thai);
    const float width = 1840.0f;
    const touch::KeyboardGeometry g =
        touch::layout_keys(state.layer(), width, touch::keyboard_sizing(style_));
    auto centre_of = [&](std::size_t row, std::size_t index, ImVec2 origin) {
        for (const touch::KeyBox& k : g.keys)
            if (k.row == row && k.index == index) {
                const float left = origin.x + (width - g.width) * 0.5f;
                return ImVec2{left + k.x + k.w * 0.5f, origin.y + k.y + k.h * 0.5f};
            }
        return ImVec2{-1, -1};
    };
    ImVec2 origin{};
    std::u32string typed;
    auto body = [&] {
        origin = ImGui::GetCursorScreenPos();
        if (auto ev = touch::draw_keyboard(state, width, style_, std::nullopt))
            if (ev->type == KeyEvent::Type::insert) typed += ev->code_point;
    };
    PointerQueue q(true);
    frame(q, body, kSlow);
    const ImVec2 ko_kai = centre_of(2, 2, origin);  // home row: ฟ ห ก
    const ImVec2 ho_hip = centre_of(2, 1, origin);
    // A cheap touch controller: press and release under a millisecond apart, both keys
    // between two slow frames.
    q.push_button(0, true, ko_kai);
    q.push_button(0, false, ko_kai);
    q.push_button(0, true, ho_hip);
    q.push_button(0, false, ho_hip);
    drain(q, body, kSlow);
    EXPECT_EQ(typed, U"กห");
}

TEST_F(PointerQueueUi, AFingerThatIsNotDownDoesNotHover) {
    PointerQueue q(true);
    q.push_move({200, 150});
    EXPECT_FALSE(q.pending());
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = {-FLT_MAX, -FLT_MAX};
    q.feed(io);
    EXPECT_LT(io.MousePos.x, 0.0f);
}

TEST_F(PointerQueueUi, IdleQueueAsksForNoFrame) {
    PointerQueue q(false);
    EXPECT_FALSE(q.pending());
    q.push_move({10, 10});
    EXPECT_TRUE(q.pending());
    q.feed(ImGui::GetIO());
    EXPECT_FALSE(q.pending());
    q.push_button(0, false, {10, 10});  // up while already up: nothing to replay
    EXPECT_FALSE(q.pending());
}

}  // namespace
}  // namespace siang::ui
