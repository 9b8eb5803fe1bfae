// Touch scroll region over an ImGui child window, driven by InertialScroll.
#include "ui/touch/scroll_area.hpp"

#include "ui/touch/pointer_gesture.hpp"

namespace siang::ui::touch {

namespace {

bool inside(ImVec2 origin, ImVec2 size, Point p) {
    return p.x >= origin.x && p.y >= origin.y && p.x < origin.x + size.x && p.y < origin.y + size.y;
}

}  // namespace

void begin_scroll_area(const char* id, ScrollAreaState& state, ImVec2 size) {
    state.origin = ImGui::GetCursorScreenPos();
    state.size = size;
    // ImGui's own scrolling is off: the offset comes from InertialScroll and may overshoot the
    // ends (rubber band), which ImGui's clamped scroll cannot show.
    ImGui::BeginChild(id, size, false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                          ImGuiWindowFlags_NoBackground);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - state.scroll.offset());
    ImGui::BeginGroup();
}

bool end_scroll_area(ScrollAreaState& state, const TouchStyle& style) {
    ImGui::EndGroup();
    const float content = ImGui::GetItemRectSize().y;
    const bool hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    ImGui::EndChild();

    InertialScroll& s = state.scroll;
    s.set_extents(content, state.size.y);
    const double now = ImGui::GetTime();
    const PointerGesture& pointer = pointer_gesture(style.gesture);
    if (ImGui::GetIO().MouseClicked[0] && s.animating() &&
        inside(state.origin, state.size, pointer.press))
        s.scroll_to(s.offset());  // a finger on moving content stops it, as on a phone
    if (pointer.drag_started && inside(state.origin, state.size, pointer.press)) {
        state.tracking = true;
        s.begin_drag(pointer.current.y, now);
    } else if (state.tracking && pointer.phase == GesturePhase::dragging) {
        s.drag_to(pointer.current.y, now);
    } else if (state.tracking) {
        s.drag_to(pointer.current.y, now);
        s.end_drag(now);
        state.tracking = false;
    }
    const float wheel = ImGui::GetIO().MouseWheel;
    if (hovered && wheel != 0.0f && !state.tracking)
        s.scroll_by(-wheel * style.theme.metrics.touch_target);
    s.update(now);
    return s.animating();
}

}  // namespace siang::ui::touch
