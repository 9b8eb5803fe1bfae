// The specimen page and its file.
#include "ui/specimen.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "text/utf8.hpp"
#include "ui/text_draw.hpp"
#include "ui/theme.hpp"

namespace siang::ui {

Result<std::vector<std::string>> read_specimen_lines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(Errc::io_error, path + ": cannot open");
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string all = buffer.str();
    if (!text::is_valid_utf8(all)) return fail(Errc::invalid_utf8, path);
    std::vector<std::string> lines;
    std::istringstream split(all);
    for (std::string line; std::getline(split, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
    }
    return lines;
}

void draw_specimen(Frame& frame, const std::vector<std::string>& lines, float column_width,
                   std::string_view heading) {
    const Palette& p = frame.theme.palette;
    const float margin = frame.theme.metrics.margin;
    ImDrawList* list = ImGui::GetWindowDrawList();
    frame.background = {0xFF, 0xFF, 0xFF};

    const float width = std::min(column_width, frame.size.x - 2 * margin);
    ImVec2 pos{margin, margin};
    ImFont* title = frame.font(FontRole::heading);
    draw_text(list, title, pos, to_imu32(p.text), heading);
    pos.y += line_height(title);
    // Hairlines at the column's edges show that wrapping honours the width.
    const ImU32 guide = to_imu32(p.border);
    list->AddLine({pos.x - 1, pos.y}, {pos.x - 1, frame.size.y}, guide);
    list->AddLine({pos.x + width + 1, pos.y}, {pos.x + width + 1, frame.size.y}, guide);

    ImFont* body = frame.font(FontRole::body);
    const float gap = line_height(body) * 0.25f;
    for (const std::string& line : lines) {
        if (pos.y > frame.size.y) break;
        pos.y += draw_wrapped(list, body, pos, width, to_imu32(p.text), line) + gap;
    }
}

}  // namespace siang::ui
