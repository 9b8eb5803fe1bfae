// Cards recorded as ImDrawList callbacks whose parameters live until the next frame.
#include "ui/card.hpp"

#include <algorithm>
#include <cmath>
#include <deque>

namespace siang::ui {
namespace {

// Stable addresses (a deque never moves its elements on push_back): the draw list keeps
// pointers until the frame is rendered. The UI runs on one thread.
std::deque<CardParams>& cards() {
    static std::deque<CardParams> c;
    return c;
}

// The renderer recognises cards by this function's address; it is never called to draw.
void card_marker(const ImDrawList*, const ImDrawCmd*) {}

}  // namespace

void draw_card(ImDrawList* list, ImVec2 min, ImVec2 max, float radius, ImU32 fill, float shadow,
               ImU32 shadow_color) {
    if (max.x <= min.x || max.y <= min.y) return;
    CardParams c{min,    max,
                 radius, ImGui::ColorConvertU32ToFloat4(fill),
                 shadow, ImGui::ColorConvertU32ToFloat4(shadow_color),
                 {},     {}};
    const bool opaque = (fill & IM_COL32_A_MASK) == IM_COL32_A_MASK;
    // Whole pixels, one pixel clear of the curve and its anti-aliased rim.
    const float inset = std::ceil(std::max(radius, 0.0f)) + 1.0f;
    const ImVec2 in_min{std::ceil(min.x + inset), std::ceil(min.y + inset)};
    const ImVec2 in_max{std::floor(max.x - inset), std::floor(max.y - inset)};
    if (opaque && in_max.x > in_min.x && in_max.y > in_min.y) {
        c.inner_min = in_min;
        c.inner_max = in_max;
    }
    cards().push_back(c);
    list->AddCallback(&card_marker, &cards().back());
    if (c.hollow()) list->AddRectFilled(c.inner_min, c.inner_max, fill);
}

void begin_card_frame() {
    cards().clear();
}

const CardParams* card_of(const ImDrawCmd& cmd) {
    return cmd.UserCallback == &card_marker ? static_cast<const CardParams*>(cmd.UserCallbackData)
                                            : nullptr;
}

}  // namespace siang::ui
