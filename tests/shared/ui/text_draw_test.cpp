// Tests for ui/text_draw: wrapped Thai fits its column and lines are spaced by the line box.
#include "ui/text_draw.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cfloat>

#include "ui/display_text.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"

namespace siang::ui {
namespace {

constexpr const char* sentence =
    "ประชาชนสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบได้ที่ตู้บริการนี้โดยไม่ต้องเปิดเผยชื่อ";

class TextDraw : public ::testing::Test {
  protected:
    ImGuiContext* ctx = nullptr;
    ImFont* body = nullptr;
    void SetUp() override {
        ctx = ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;  // no imgui.ini in the working directory
        auto set = build_fonts(*ImGui::GetIO().Fonts, FontProfile::kiosk, PanelSizing{});
        ASSERT_TRUE(set) << set.error().detail;
        body = (*set)[FontRole::body];
    }
    void TearDown() override { ImGui::DestroyContext(ctx); }

    // Horizontal extent of everything drawn into `list`.
    static std::pair<float, float> x_extent(const ImDrawList& list) {
        float lo = FLT_MAX, hi = -FLT_MAX;
        for (const ImDrawVert& v : list.VtxBuffer) {
            lo = std::min(lo, v.pos.x);
            hi = std::max(hi, v.pos.x);
        }
        return {lo, hi};
    }
};

// The office's text fields let ImGui place the caret by the typed code points and draw the
// display form over them (office/views/widgets.cpp): that holds only while every prefix of a
// string is as wide in both forms.
TEST_F(TextDraw, TypedAndDisplayFormsAdvanceAlike) {
    for (std::string_view s : {"น้ำ", "ที่ปี่กี่", "ศักดิ์สิทธิ์", "ญุ ฐุ ฎู", "กำลังดำเนินการ", sentence}) {
        const std::string typed(s);
        for (std::size_t cut = 1; cut <= typed.size(); ++cut) {
            if (cut < typed.size() && (static_cast<unsigned char>(typed[cut]) & 0xC0) == 0x80)
                continue;  // inside a code point
            // The display form of a prefix is the prefix of the display form, cell by cell.
            const std::string prefix = typed.substr(0, cut);
            const float a = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0.0f, prefix.c_str()).x;
            const std::string shown_prefix(display_text(prefix));
            const float b =
                body->CalcTextSizeA(body->FontSize, FLT_MAX, 0.0f, shown_prefix.c_str()).x;
            EXPECT_NEAR(a, b, 0.5f) << prefix;
        }
    }
    // And the forms do differ, so the check above is not comparing a string with itself.
    EXPECT_NE(display_text("น้ำ"), "น้ำ");
    EXPECT_NE(display_text("ปี่"), "ปี่");
}

TEST_F(TextDraw, LongThaiSentenceWrapsIntoSeveralLines) {
    const float one_line = measure_text(body, sentence).x;
    const float width = one_line / 2.5f;
    const float h = measure_wrapped(body, width, sentence);
    EXPECT_GE(h, 3 * line_height(body));
    EXPECT_LE(h, 4 * line_height(body));
}

TEST_F(TextDraw, WrappedLinesStayInsideTheColumn) {
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRect({-4096, -4096}, {4096, 4096});
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    const float width = 400.0f;
    const float h = draw_wrapped(&list, body, {100.0f, 50.0f}, width, IM_COL32_BLACK, sentence);
    const auto [lo, hi] = x_extent(list);
    ASSERT_GT(list.VtxBuffer.Size, 200) << "the sentence was not drawn";
    EXPECT_GT(hi, 100.0f + width * 0.8f) << "lines should fill most of the column";
    EXPECT_GE(lo, 100.0f - 2.0f);  // a glyph's side bearing may be slightly negative
    EXPECT_LE(hi, 100.0f + width + 1.0f);
    EXPECT_EQ(h, measure_wrapped(body, width, sentence));
}

// "<icon>  text" (the kiosk's icon bullets): the second and later lines hang under the text,
// where the first line's text starts, not under the icon.
TEST_F(TextDraw, AnIconBulletsWrappedLinesStartAtTheTextNotUnderTheIcon) {
    const std::string bullet = std::string(icon::shield.utf8) + "  " + sentence;
    const float indent = measure_text(body, std::string(icon::shield.utf8) + "  ").x;
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRect({-4096, -4096}, {4096, 4096});
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    const ImVec2 at{100.0f, 50.0f};
    const float width = 400.0f;
    const float h = draw_wrapped(&list, body, at, width, IM_COL32_BLACK, bullet);
    ASSERT_GE(h, 3 * line_height(body)) << "the bullet should wrap";
    EXPECT_EQ(h, measure_wrapped(body, width, bullet));
    // Glyphs below the first line: their left edge is the text's x, not the icon's.
    float lo = FLT_MAX, hi = -FLT_MAX;
    for (const ImDrawVert& v : list.VtxBuffer)
        if (v.pos.y > at.y + line_height(body) * 1.2f)
            lo = std::min(lo, v.pos.x), hi = std::max(hi, v.pos.x);
    EXPECT_GE(lo, at.x + indent - 2.0f);
    EXPECT_LE(hi, at.x + width + 1.0f);
}

// A numbered step hangs the same way: its second line starts under the text, not the number.
TEST_F(TextDraw, ANumberedItemsWrappedLinesStartAtTheText) {
    for (std::string lead : {"3. ", "๑๒. "}) {
        const std::string item = lead + sentence;
        const float indent = measure_text(body, lead).x;
        ImDrawList list(ImGui::GetDrawListSharedData());
        list._ResetForNewFrame();
        list.PushClipRect({-4096, -4096}, {4096, 4096});
        list.PushTextureID(ImGui::GetIO().Fonts->TexID);
        const ImVec2 at{100.0f, 50.0f};
        const float h = draw_wrapped(&list, body, at, 400.0f, IM_COL32_BLACK, item);
        ASSERT_GE(h, 3 * line_height(body)) << lead;
        float lo = FLT_MAX;
        for (const ImDrawVert& v : list.VtxBuffer)
            if (v.pos.y > at.y + line_height(body) * 1.2f) lo = std::min(lo, v.pos.x);
        EXPECT_GE(lo, at.x + indent - 2.0f) << lead;
    }
    // Not a list: a paragraph that starts with a year wraps to the left edge as before.
    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRect({-4096, -4096}, {4096, 4096});
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    const ImVec2 at{100.0f, 50.0f};
    draw_wrapped(&list, body, at, 400.0f, IM_COL32_BLACK, std::string("2569 ") + sentence);
    float lo = FLT_MAX;
    for (const ImDrawVert& v : list.VtxBuffer)
        if (v.pos.y > at.y + line_height(body) * 1.2f) lo = std::min(lo, v.pos.x);
    EXPECT_LT(lo, at.x + measure_text(body, "25").x);
}

TEST_F(TextDraw, NewlinesStartNewLines) {
    EXPECT_EQ(measure_wrapped(body, 2000.0f, "ก\nข\nค"), 3 * line_height(body));
}

TEST_F(TextDraw, OneLineTextHasTheLineHeight) {
    EXPECT_EQ(measure_text(body, "ปี่").y, line_height(body));
    EXPECT_GT(measure_text(body, "ปี่ ปี่").x, measure_text(body, "ปี่").x);
}

TEST_F(TextDraw, TallConsonantMarksUseShiftedGlyphs) {
    // ป่ must draw the left-shifted tone mark (a PUA glyph), so its width equals ป alone: a
    // mark drawn from the plain U+0E48 has the same zero advance, so compare the glyphs' texture
    // coordinates (both of them: the atlas may pack the two glyphs in one column).
    ImDrawList plain(ImGui::GetDrawListSharedData()), shown(ImGui::GetDrawListSharedData());
    for (ImDrawList* l : {&plain, &shown}) {
        l->_ResetForNewFrame();
        l->PushClipRect({-4096, -4096}, {4096, 4096});
        l->PushTextureID(ImGui::GetIO().Fonts->TexID);
    }
    // Raw ImGui drawing of the logical text versus ours.
    plain.AddText(body, body->FontSize, {0, 0}, IM_COL32_BLACK, "ป่");
    draw_text(&shown, body, {0, 0}, IM_COL32_BLACK, "ป่");
    ASSERT_EQ(plain.VtxBuffer.Size, 8) << "consonant and mark";
    ASSERT_EQ(shown.VtxBuffer.Size, 8);
    bool differs = false;
    for (int i = 0; i < plain.VtxBuffer.Size; ++i)
        differs |= plain.VtxBuffer[i].uv.x != shown.VtxBuffer[i].uv.x ||
                   plain.VtxBuffer[i].uv.y != shown.VtxBuffer[i].uv.y;
    EXPECT_TRUE(differs) << "the tone mark was not mapped to its positional variant";
}

TEST_F(TextDraw, LabelsAdvanceTheCursorByWhatTheyDraw) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = {1000, 800};
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize({1000, 800});
    ImGui::Begin("labels", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {0, 0});
    const float y0 = ImGui::GetCursorPosY();
    text_label(body, IM_COL32_BLACK, "ปี่");
    const float y1 = ImGui::GetCursorPosY();
    text_wrapped_label(body, IM_COL32_BLACK, sentence, 300.0f);
    const float y2 = ImGui::GetCursorPosY();
    ImGui::PopStyleVar();
    ImGui::End();
    ImGui::EndFrame();
    EXPECT_EQ(y1 - y0, line_height(body));
    EXPECT_EQ(y2 - y1, measure_wrapped(body, 300.0f, sentence));
    EXPECT_GT(y2 - y1, 2 * line_height(body));
}

}  // namespace
}  // namespace siang::ui
