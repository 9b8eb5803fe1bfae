// Tests for ui::KeyLatch: a press and its release in one event batch still reach ImGui as one
// press (a scanner's Enter), fed frame by frame the way the platform does.
#include "ui/key_latch.hpp"

#include <gtest/gtest.h>

#include "support/headless_imgui.hpp"

namespace siang::ui {
namespace {

constexpr int enter = 257;

class KeyLatchTest : public ::testing::Test {
  protected:
    void SetUp() override { siang::testing::create_headless_imgui(); }
    void TearDown() override { ImGui::DestroyContext(); }

    // One frame after the batch of events already given to the latch: was Enter pressed, down?
    std::pair<bool, bool> frame() {
        ImGuiIO& io = ImGui::GetIO();
        latch.new_frame(io);
        ImGui::NewFrame();
        const std::pair<bool, bool> seen{ImGui::IsKeyPressed(enter, false),
                                         ImGui::IsKeyDown(enter)};
        ImGui::EndFrame();
        return seen;
    }

    KeyLatch latch;
};

TEST_F(KeyLatchTest, PressAndReleaseInOneBatchIsOnePress) {
    ImGuiIO& io = ImGui::GetIO();
    latch.press(io, enter);
    latch.release(io, enter);
    EXPECT_TRUE(latch.pending());
    EXPECT_EQ(frame(), std::make_pair(true, true));
    EXPECT_EQ(frame(), std::make_pair(false, false));
    EXPECT_FALSE(latch.pending());
    EXPECT_EQ(frame(), std::make_pair(false, false));
}

TEST_F(KeyLatchTest, PressAndReleaseInConsecutiveBatches) {
    ImGuiIO& io = ImGui::GetIO();
    latch.press(io, enter);
    EXPECT_EQ(frame(), std::make_pair(true, true));
    latch.release(io, enter);
    EXPECT_FALSE(latch.pending());
    EXPECT_EQ(frame(), std::make_pair(false, false));
}

TEST_F(KeyLatchTest, TwoFastEntersAreTwoPresses) {
    ImGuiIO& io = ImGui::GetIO();
    latch.press(io, enter);
    latch.release(io, enter);
    EXPECT_EQ(frame(), std::make_pair(true, true));
    EXPECT_EQ(frame(), std::make_pair(false, false));
    latch.press(io, enter);
    latch.release(io, enter);
    EXPECT_EQ(frame(), std::make_pair(true, true));
}

}  // namespace
}  // namespace siang::ui
