// The contact screen's grid.
#include "kiosk/screens/contact_layout.hpp"

#include <algorithm>
#include <cmath>

namespace siang::kiosk::screens {

namespace {

// The four fields in `columns` columns across `room` pixels from the top left of `a`.
void place_fields(ContactLayout& out, const ContactLayoutInput& in, const Rect& a, float room,
                  int columns) {
    const float row_gap = in.gap * 0.5f, col_gap = in.gap * 2.0f;
    const float each_w =
        std::min((room - col_gap * static_cast<float>(columns - 1)) / static_cast<float>(columns),
                 in.max_field_w);
    for (int i = 0; i < 4; ++i) {
        const float x = a.min.x + static_cast<float>(i % columns) * (each_w + col_gap);
        const float y = a.min.y + static_cast<float>(i / columns) * (in.block_h + row_gap);
        out.fields[static_cast<std::size_t>(i)] = {{x, y}, {x + each_w, y + in.block_h}};
    }
}

}  // namespace

ContactLayout contact_layout(const ContactLayoutInput& in) {
    ContactLayout out;
    const Rect& a = in.area;
    const float row_gap = in.gap * 0.5f, col_gap = in.gap * 2.0f;
    const int fit = static_cast<int>(std::floor((a.height() + row_gap) / (in.block_h + row_gap)));
    const int rows_wanted = std::clamp(fit, 1, 4);
    const int columns = (4 + rows_wanted - 1) / rows_wanted;
    const int rows = (4 + columns - 1) / columns;

    out.next = {{a.max.x - in.next_w, a.min.y}, {a.max.x, a.min.y + in.next_h}};
    const float beside = std::max(1.0f, out.next.min.x - a.min.x - col_gap);
    place_fields(out, in, a, beside, columns);
    const float grid_bottom =
        a.min.y + static_cast<float>(rows) * in.block_h + static_cast<float>(rows - 1) * row_gap;
    // Under the counters of the last row; closer where the room is a hair short (larger text
    // on a small panel), the counter's line still between Next and the boxes.
    const float under_gap =
        grid_bottom + in.gap * 0.5f + in.next_h <= a.max.y ? in.gap * 0.5f : in.gap * 0.2f;
    const bool under_fits = grid_bottom + under_gap + in.next_h <= a.max.y;
    if (out.fields[0].width() < in.min_field_w && under_fits) {
        place_fields(out, in, a, a.width(), columns);
        const float right = std::max(out.fields[3].max.x, out.fields[1].max.x);
        out.next = {{right - in.next_w, grid_bottom + under_gap},
                    {right, grid_bottom + under_gap + in.next_h}};
    }
    return out;
}

}  // namespace siang::kiosk::screens
