// Cards recorded as ImDrawList callbacks whose parameters live until the next frame.
#include "ui/card.hpp"

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
    cards().push_back({min, max, radius, ImGui::ColorConvertU32ToFloat4(fill), shadow,
                       ImGui::ColorConvertU32ToFloat4(shadow_color)});
    list->AddCallback(&card_marker, &cards().back());
}

void begin_card_frame() {
    cards().clear();
}

const CardParams* card_of(const ImDrawCmd& cmd) {
    return cmd.UserCallback == &card_marker ? static_cast<const CardParams*>(cmd.UserCallbackData)
                                            : nullptr;
}

}  // namespace siang::ui
