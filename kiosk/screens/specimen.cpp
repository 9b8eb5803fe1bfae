// Specimen screen: a heading and each line of a UTF-8 file wrapped in a fixed-width column.
#include <algorithm>

#include "kiosk/screens/screens.hpp"
#include "ui/text_draw.hpp"
#include "ui/theme.hpp"

namespace siang::kiosk {

Intents draw_specimen(const KioskState& state, ui::Frame& frame) {
    const ui::Palette& p = frame.theme.palette;
    const float margin = frame.theme.metrics.margin;
    ImDrawList* list = ImGui::GetWindowDrawList();
    // A clean white page: specimens are compared pixel by pixel, so nothing here animates.
    frame.background = {0xFF, 0xFF, 0xFF};

    const float width = std::min(state.specimen.column_width, frame.size.x - 2 * margin);
    ImVec2 pos{margin, margin};
    ImFont* heading = frame.font(ui::FontRole::heading);
    ui::draw_text(list, heading, pos, ui::to_imu32(p.text),
                  state.lang == "th" ? "ตัวอย่างอักษรไทย" : "Thai specimen");
    pos.y += ui::line_height(heading);
    // Hairlines at the column's edges show that wrapping honours the width.
    const ImU32 guide = ui::to_imu32(p.border);
    list->AddLine({pos.x - 1, pos.y}, {pos.x - 1, frame.size.y}, guide);
    list->AddLine({pos.x + width + 1, pos.y}, {pos.x + width + 1, frame.size.y}, guide);

    ImFont* body = frame.font(ui::FontRole::body);
    const float gap = ui::line_height(body) * 0.25f;
    for (const std::string& line : state.specimen.lines) {
        if (pos.y > frame.size.y) break;
        pos.y += ui::draw_wrapped(list, body, pos, width, ui::to_imu32(p.text), line) + gap;
    }
    return {};
}

}  // namespace siang::kiosk
