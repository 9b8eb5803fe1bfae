// DamageTracker (damage_tracker.hpp): which tiles two consecutive frames' draw lists differ in.
#include "ui/damage_tracker.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "support/headless_imgui.hpp"
#include "ui/card.hpp"

namespace {

using siang::ui::Damage;
using siang::ui::DamageTracker;
using siang::ui::PixelRect;

class DamageTrackerTest : public ::testing::Test {
  protected:
    // A frame under way: the shared draw data then has its font and white texel.
    void SetUp() override {
        siang::testing::create_headless_imgui();
        ImGui::NewFrame();
    }
    void TearDown() override {
        ImGui::EndFrame();
        ImGui::DestroyContext();
    }

    // The damage of a frame whose one draw list `fill` draws, at width × height.
    Damage frame(const std::function<void(ImDrawList&)>& fill, int width = 1920,
                 int height = 1080, ImU32 clear = IM_COL32(250, 250, 250, 255)) {
        siang::ui::begin_card_frame();
        ImDrawList list(ImGui::GetDrawListSharedData());
        list._ResetForNewFrame();
        list.PushClipRect({0, 0}, {static_cast<float>(width), static_cast<float>(height)});
        fill(list);
        ImDrawList* lists[] = {&list};
        ImDrawData data;
        data.Valid = true;
        data.CmdLists = lists;
        data.CmdListsCount = 1;
        data.DisplayPos = {0, 0};
        data.DisplaySize = {static_cast<float>(width), static_cast<float>(height)};
        data.FramebufferScale = {1, 1};
        return tracker_.update(data, width, height, clear);
    }

    DamageTracker tracker_;
};

bool covers(const Damage& d, int x, int y) {
    for (const PixelRect& r : d.rects)
        if (x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1) return true;
    return false;
}

void panel_and_key(ImDrawList& l, ImU32 key) {
    l.AddRectFilled({0, 0}, {1920, 200}, IM_COL32(11, 94, 168, 255));
    l.AddRectFilled({1000, 600}, {1100, 700}, key, 12.0f);
}

TEST_F(DamageTrackerTest, TheFirstFrameIsFullAndAnUnchangedOneHasNoDamage) {
    const Damage first = frame([](ImDrawList& l) { panel_and_key(l, IM_COL32_BLACK); });
    EXPECT_TRUE(first.full);
    const Damage same = frame([](ImDrawList& l) { panel_and_key(l, IM_COL32_BLACK); });
    EXPECT_FALSE(same.full);
    EXPECT_TRUE(same.rects.empty());
}

TEST_F(DamageTrackerTest, AKeyLitUpDamagesOnlyItsTiles) {
    frame([](ImDrawList& l) { panel_and_key(l, IM_COL32_BLACK); });
    const Damage lit = frame([](ImDrawList& l) { panel_and_key(l, IM_COL32(255, 200, 0, 255)); });
    ASSERT_FALSE(lit.full);
    EXPECT_TRUE(covers(lit, 1000, 600));
    EXPECT_TRUE(covers(lit, 1099, 699));
    EXPECT_FALSE(covers(lit, 500, 100));  // the panel did not change
    // The key's box, a pixel either side, in whole tiles: at most 5 × 5 tiles of 32 px.
    EXPECT_LE(lit.area(), 5LL * 32 * 5 * 32);
}

TEST_F(DamageTrackerTest, ALetterMoreInAMergedCommandDamagesTheLetterNotTheCommand) {
    // The two texts share ImGui's font texture and clip rect: one draw command.
    auto text = [](const char* second) {
        return [second](ImDrawList& l) {
            l.AddText({40, 40}, IM_COL32_BLACK, "unchanged line at the top");
            l.AddText({40, 900}, IM_COL32_BLACK, second);
        };
    };
    frame(text("typed: ab"));
    const Damage typed = frame(text("typed: abc"));
    ASSERT_FALSE(typed.full);
    EXPECT_FALSE(typed.rects.empty());
    EXPECT_FALSE(covers(typed, 50, 45));
    for (const PixelRect& r : typed.rects) EXPECT_GE(r.y1, 900 - 32) << "damage far from the letter";
}

TEST_F(DamageTrackerTest, DrawingTheSameThingsInAnotherOrderIsDamage) {
    auto two = [](bool red_on_top) {
        return [red_on_top](ImDrawList& l) {
            const ImU32 red = IM_COL32(200, 0, 0, 255), blue = IM_COL32(0, 0, 200, 255);
            l.AddRectFilled({100, 100}, {300, 300}, red_on_top ? blue : red);
            l.AddRectFilled({200, 200}, {400, 400}, red_on_top ? red : blue);
        };
    };
    frame(two(false));
    const Damage swapped = frame(two(true));
    EXPECT_TRUE(covers(swapped, 250, 250));
}

TEST_F(DamageTrackerTest, AClipRectangleThatChangesIsDamage) {
    auto clipped = [](float right) {
        return [right](ImDrawList& l) {
            l.PushClipRect({0, 0}, {right, 1080});
            l.AddRectFilled({100, 100}, {600, 200}, IM_COL32_BLACK);
            l.PopClipRect();
        };
    };
    frame(clipped(400));
    const Damage wider = frame(clipped(500));
    EXPECT_TRUE(covers(wider, 450, 150));  // the part the clip no longer hides
    EXPECT_FALSE(covers(wider, 1000, 600));
}

TEST_F(DamageTrackerTest, ACardThatChangesColourIsDamageWithItsShadow) {
    auto card = [](ImU32 fill) {
        return [fill](ImDrawList& l) {
            siang::ui::draw_card(&l, {500, 500}, {800, 700}, 16.0f, fill, 20.0f);
        };
    };
    frame(card(IM_COL32_WHITE));
    const Damage d = frame(card(IM_COL32(240, 240, 255, 255)));
    ASSERT_FALSE(d.full);
    EXPECT_TRUE(covers(d, 485, 500));  // the shadow's left edge
    EXPECT_TRUE(covers(d, 650, 720));  // the shadow below
}

TEST_F(DamageTrackerTest, ASizeOrClearColourChangeOrMostOfTheScreenIsAFullFrame) {
    frame([](ImDrawList& l) { panel_and_key(l, IM_COL32_BLACK); });
    EXPECT_TRUE(frame([](ImDrawList& l) { panel_and_key(l, IM_COL32_BLACK); }, 1080, 1920).full);
    EXPECT_TRUE(frame([](ImDrawList& l) { panel_and_key(l, IM_COL32_BLACK); }, 1080, 1920,
                      IM_COL32(0, 0, 0, 255))
                    .full);
    frame([](ImDrawList& l) { l.AddRectFilled({0, 0}, {1080, 1500}, IM_COL32_BLACK); }, 1080, 1920);
    EXPECT_TRUE(
        frame([](ImDrawList& l) { l.AddRectFilled({0, 0}, {1080, 1500}, IM_COL32_WHITE); }, 1080,
              1920)
            .full);
    tracker_.invalidate();
    EXPECT_TRUE(
        frame([](ImDrawList& l) { l.AddRectFilled({0, 0}, {1080, 1500}, IM_COL32_WHITE); }, 1080,
              1920)
            .full);
}

TEST_F(DamageTrackerTest, DamageRectanglesNeverOverlap) {
    // Scattered keys lit: merged rectangles must stay disjoint (a pixel painted twice blends twice).
    auto keys = [](int lit) {
        return [lit](ImDrawList& l) {
            for (int i = 0; i < 40; ++i) {
                const float x = static_cast<float>(40 + (i % 10) * 180);
                const float y = static_cast<float>(300 + (i / 10) * 150);
                l.AddRectFilled({x, y}, {x + 100, y + 100},
                                i % 3 == lit ? IM_COL32(255, 200, 0, 255) : IM_COL32_BLACK, 8.0f);
            }
        };
    };
    frame(keys(0));
    const Damage d = frame(keys(1));
    ASSERT_FALSE(d.full);
    for (std::size_t i = 0; i < d.rects.size(); ++i)
        for (std::size_t j = i + 1; j < d.rects.size(); ++j) {
            const PixelRect& a = d.rects[i];
            const PixelRect& b = d.rects[j];
            EXPECT_FALSE(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1);
        }
}

}  // namespace
