// Tests for kiosk/scanner_input: a scanner's burst taken from ImGui's input queue the way the
// platform fills it (key indices through io.KeyMap), before any text field sees it.
#include "kiosk/scanner_input.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <chrono>

#include "support/headless_imgui.hpp"

namespace siang::kiosk {
namespace {

using namespace std::chrono_literals;

// Any key numbers the platform chooses; here GLFW's, as the kiosk's platform maps them.
constexpr int enter_key = 257;
constexpr int keypad_enter_key = 335;

class ScannerInput : public ::testing::Test {
  protected:
    void SetUp() override {
        siang::testing::create_headless_imgui();
        ImGuiIO& io = ImGui::GetIO();
        io.KeyMap[ImGuiKey_Enter] = enter_key;
        io.KeyMap[ImGuiKey_KeyPadEnter] = keypad_enter_key;
    }
    void TearDown() override { ImGui::DestroyContext(); }

    // One frame: `typed` queued, `key` down (0: none), the scanner looked at, and what the
    // frame left in ImGui's queue for a text field.
    std::optional<ScannedCode> frame(const char* typed, int key, std::size_t* left = nullptr) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddInputCharactersUTF8(typed);
        if (key != 0) io.KeysDown[key] = true;
        ImGui::NewFrame();
        auto burst = take_scanner_burst(detector, now);
        if (left) *left = static_cast<std::size_t>(io.InputQueueCharacters.Size);
        ImGui::EndFrame();
        if (key != 0) io.KeysDown[key] = false;
        now += 16ms;
        return burst;
    }

    flow::ScannerBurstDetector detector;
    flow::SteadyTime now{};
};

TEST_F(ScannerInput, CodeAndEnterInOneFrameIsABurstAndNoFieldGetsTheCharacters) {
    std::size_t left = 99;
    auto burst = frame("1234-5678-9012", enter_key, &left);
    ASSERT_TRUE(burst);
    EXPECT_EQ(burst->text, "1234-5678-9012");
    EXPECT_EQ(burst->typed_earlier, 0u);
    EXPECT_EQ(left, 0u);
}

TEST_F(ScannerInput, KeypadEnterEndsABurstToo) {
    auto burst = frame("https://siang.example/t/123456789012", keypad_enter_key);
    ASSERT_TRUE(burst);
    EXPECT_EQ(burst->text, "https://siang.example/t/123456789012");
}

TEST_F(ScannerInput, CharactersOfEarlierFramesAreCountedToTakeBackOut) {
    std::size_t left = 0;
    EXPECT_FALSE(frame("12345678", 0, &left));
    EXPECT_EQ(left, 8u);  // no Enter yet: they stay for the focused field
    auto burst = frame("9012", enter_key);
    ASSERT_TRUE(burst);
    EXPECT_EQ(burst->text, "123456789012");
    EXPECT_EQ(burst->typed_earlier, 8u);
}

TEST_F(ScannerInput, PersonTypingSlowlyIsNotABurst) {
    for (char c : std::string("12345678901")) {
        const char one[2] = {c, 0};
        EXPECT_FALSE(frame(one, 0));
        now += 200ms;  // a person, not a scanner
    }
    std::size_t left = 0;
    EXPECT_FALSE(frame("2", enter_key, &left));
    EXPECT_EQ(left, 1u);  // the field keeps what was typed
}

TEST(DropLastCodePoints, RemovesWholeThaiCodePoints) {
    EXPECT_EQ(drop_last_code_points("ถนน1234", 4), "ถนน");
    EXPECT_EQ(drop_last_code_points("ถนน", 1), "ถน");
    EXPECT_EQ(drop_last_code_points("ab", 5), "");
}

}  // namespace
}  // namespace siang::kiosk
