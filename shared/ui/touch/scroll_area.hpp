// A drag-to-scroll region for touch: content follows the finger and coasts after a flick.
#pragma once

#include <imgui.h>

#include "ui/touch/inertial_scroll.hpp"
#include "ui/touch/touch_style.hpp"

namespace siang::ui::touch {

// Kept by the screen between frames (one per scrollable region).
struct ScrollAreaState {
    InertialScroll scroll;
    bool tracking = false;  // this area owns the current drag
    ImVec2 origin{};        // where the area was drawn last frame (screen pixels)
    ImVec2 size{};
};

// Begins a vertical scroll region of `size` at the layout cursor: draw the content between
// begin_scroll_area and end_scroll_area as usual (it is clipped and shifted by the offset).
// There is no scrollbar to aim for: a drag anywhere inside scrolls, the mouse wheel too.
void begin_scroll_area(const char* id, ScrollAreaState& state, ImVec2 size);

// Ends the region begun last, measures the content and advances the motion. Returns true while
// the content is still moving (fling or spring-back): keep drawing frames until it returns false.
bool end_scroll_area(ScrollAreaState& state, const TouchStyle& style);

}  // namespace siang::ui::touch
