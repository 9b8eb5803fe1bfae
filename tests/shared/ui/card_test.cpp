// Tests for ui/card: cards are draw-list commands the renderer recognises.
#include "ui/card.hpp"

#include <gtest/gtest.h>

namespace siang::ui {
namespace {

class Card : public ::testing::Test {
  protected:
    ImGuiContext* ctx = ImGui::CreateContext();
    ImDrawList list{ImGui::GetDrawListSharedData()};
    void SetUp() override {
        begin_card_frame();
        list._ResetForNewFrame();
        list.PushClipRect({-4096, -4096}, {4096, 4096});
    }
    void TearDown() override { ImGui::DestroyContext(ctx); }
};

TEST_F(Card, CardBecomesACommandWithItsParameters) {
    draw_card(&list, {10, 20}, {110, 70}, 12.0f, IM_COL32(255, 255, 255, 255), 8.0f);
    const CardParams* found = nullptr;
    for (const ImDrawCmd& cmd : list.CmdBuffer)
        if (const CardParams* c = card_of(cmd)) found = c;
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->min.x, 10.0f);
    EXPECT_EQ(found->max.y, 70.0f);
    EXPECT_EQ(found->radius, 12.0f);
    EXPECT_EQ(found->shadow, 8.0f);
    EXPECT_FLOAT_EQ(found->fill.w, 1.0f);
}

TEST_F(Card, OrdinaryCommandsAreNotCards) {
    list.AddRectFilled({0, 0}, {10, 10}, IM_COL32_BLACK);
    for (const ImDrawCmd& cmd : list.CmdBuffer) EXPECT_EQ(card_of(cmd), nullptr);
}

TEST_F(Card, EmptyRectangleDrawsNothing) {
    const int before = list.CmdBuffer.Size;
    draw_card(&list, {50, 50}, {50, 80}, 4.0f, IM_COL32_WHITE, 2.0f);
    EXPECT_EQ(list.CmdBuffer.Size, before);
}

TEST_F(Card, CardsKeepTheirOrderAmongOtherDrawing) {
    list.AddRectFilled({0, 0}, {10, 10}, IM_COL32_BLACK);
    draw_card(&list, {0, 0}, {40, 40}, 4.0f, IM_COL32_WHITE, 2.0f);
    list.AddRectFilled({0, 0}, {5, 5}, IM_COL32_BLACK);
    int card_index = -1, last_drawn = -1;
    for (int i = 0; i < list.CmdBuffer.Size; ++i) {
        if (card_of(list.CmdBuffer[i])) card_index = i;
        if (list.CmdBuffer[i].ElemCount > 0) last_drawn = i;
    }
    ASSERT_GE(card_index, 0);
    EXPECT_GT(card_index, 0) << "the rectangle before the card must be drawn first";
    EXPECT_GT(last_drawn, card_index) << "the rectangle after the card must be drawn over it";
}

TEST_F(Card, OpaqueCardFillsItsMiddleWithPlainGeometry) {
    draw_card(&list, {0, 0}, {200, 100}, 10.0f, IM_COL32(255, 255, 255, 255), 4.0f);
    const CardParams* c = nullptr;
    for (const ImDrawCmd& cmd : list.CmdBuffer)
        if (card_of(cmd)) c = card_of(cmd);
    ASSERT_NE(c, nullptr);
    ASSERT_TRUE(c->hollow());
    // The middle keeps clear of the rounded corners, and a rectangle fills exactly it.
    EXPECT_GE(c->inner_min.x, 10.0f);
    EXPECT_LE(c->inner_max.y, 90.0f);
    EXPECT_EQ(list.VtxBuffer.Size, 4);
    EXPECT_EQ(list.VtxBuffer[0].pos.x, c->inner_min.x);
}

TEST_F(Card, TranslucentCardIsShadedWhole) {
    draw_card(&list, {0, 0}, {200, 100}, 10.0f, IM_COL32(255, 255, 255, 200), 4.0f);
    for (const ImDrawCmd& cmd : list.CmdBuffer)
        if (const CardParams* c = card_of(cmd)) {
            EXPECT_FALSE(c->hollow());
        }
    EXPECT_EQ(list.VtxBuffer.Size, 0);
}

}  // namespace
}  // namespace siang::ui
