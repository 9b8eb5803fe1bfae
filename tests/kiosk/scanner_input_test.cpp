// Tests for kiosk/scanner_input: a scanner's burst taken from ImGui's input queue the way the
// platform fills it (key indices through io.KeyMap), before any text field sees it.
#include "kiosk/scanner_input.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <chrono>
#include <string>

#include "support/headless_imgui.hpp"
#include "text/utf8.hpp"

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
    // frame left for a text field: its characters and whether it sees Enter.
    std::optional<std::string> frame(const char* typed, int key, std::string* left = nullptr,
                                     bool* enter_left = nullptr) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddInputCharactersUTF8(typed);
        if (key != 0) io.KeysDown[key] = true;
        ImGui::NewFrame();
        auto burst = take_scanner_burst(detector, now);
        if (left) {
            left->clear();
            for (ImWchar c : io.InputQueueCharacters) text::append_utf8(*left, c);
        }
        if (enter_left)
            *enter_left = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), true) ||
                          ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), true);
        ImGui::EndFrame();
        if (key != 0) io.KeysDown[key] = false;
        now += 16ms;
        return burst;
    }

    flow::ScannerBurstDetector detector;
    flow::SteadyTime now{};
};

TEST_F(ScannerInput, CodeAndEnterInOneFrameIsABurstAndNoFieldGetsTheCharactersOrTheEnter) {
    std::string left = "?";
    bool enter_left = true;
    auto burst = frame("1234-5678-9012", enter_key, &left, &enter_left);
    ASSERT_TRUE(burst);
    EXPECT_EQ(*burst, "1234-5678-9012");
    EXPECT_EQ(left, "");
    EXPECT_FALSE(enter_left);
}

TEST_F(ScannerInput, KeypadEnterEndsABurstToo) {
    bool enter_left = true;
    auto burst =
        frame("https://siang.example/t/123456789012", keypad_enter_key, nullptr, &enter_left);
    ASSERT_TRUE(burst);
    EXPECT_EQ(*burst, "https://siang.example/t/123456789012");
    EXPECT_FALSE(enter_left);
}

TEST_F(ScannerInput, ABurstSplitOverFramesNeverReachesTheField) {
    std::string left = "?";
    EXPECT_FALSE(frame("12345678", 0, &left));
    EXPECT_EQ(left, "");  // held back while characters keep coming
    now += 300ms;         // a slow frame under load
    auto burst = frame("9012", enter_key, &left);
    ASSERT_TRUE(burst);
    EXPECT_EQ(*burst, "123456789012");
    EXPECT_EQ(left, "");
}

TEST_F(ScannerInput, APersonsTypingReachesTheFieldAfterAPauseAndTheirEnterToo) {
    std::string left;
    EXPECT_FALSE(frame("ถ", 0, &left));
    EXPECT_EQ(left, "");
    ASSERT_TRUE(detector.release_at());
    now += 60ms;
    EXPECT_FALSE(frame("", 0, &left));  // the app's wake-up at release_at()
    EXPECT_EQ(left, "ถ");
    EXPECT_FALSE(detector.release_at());
    bool enter_left = false;
    EXPECT_FALSE(frame("นน", enter_key, &left, &enter_left));
    EXPECT_EQ(left, "นน");  // a short run and Enter: a person's, in order
    EXPECT_TRUE(enter_left);
}

TEST_F(ScannerInput, FastTextWithoutACodesDigitsIsAPersonsWithItsEnter) {
    std::string left;
    bool enter_left = false;
    EXPECT_FALSE(frame("ถนนชำรุดหน้าตลาดสด", enter_key, &left, &enter_left));
    EXPECT_EQ(left, "ถนนชำรุดหน้าตลาดสด");
    EXPECT_TRUE(enter_left);
}

}  // namespace
}  // namespace siang::kiosk
