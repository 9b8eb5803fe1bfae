// Home view placeholder: a card with the office name in Thai and the console's purpose.
#include "office/views/views.hpp"
#include "ui/card.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {

void draw_home(const OfficeState& state, ui::Frame& frame) {
    const ui::Palette& p = frame.theme.palette;
    const ui::Metrics& m = frame.theme.metrics;
    ImDrawList* list = ImGui::GetWindowDrawList();
    const bool th = state.lang == "th";

    ImFont* title = frame.font(ui::FontRole::title);
    ImFont* body = frame.font(ui::FontRole::body);
    const float width = std::min(frame.size.x - 2 * m.margin, 1100.0f);
    const ImVec2 min{(frame.size.x - width) * 0.5f, m.margin * 2};
    const std::string heading = std::string(ui::icon::assignment.utf8) + " " +
                                (th ? "ระบบรับเรื่องและติดตามเรื่อง" : "Requests and complaints");
    const std::string lines = th ? "คำขอรับบริการ ข้อเสนอแนะ เรื่องร้องเรียน/ร้องทุกข์ และเรื่องร้องเรียน"
                                   "การทุจริตและประพฤติมิชอบ จะแสดงที่นี่"
                                 : "E-service requests, suggestions, complaints and corruption "
                                   "complaints will be listed here.";
    const float inner = width - 2 * m.margin;
    const float height =
        m.margin * 2 + ui::line_height(title) * 2 + ui::measure_wrapped(body, inner, lines);
    ui::draw_card(list, min, {min.x + width, min.y + height}, m.radius, ui::to_imu32(p.surface),
                  m.shadow);
    ImVec2 pos{min.x + m.margin, min.y + m.margin};
    ui::draw_text(list, title, pos, ui::to_imu32(p.accent), heading);
    pos.y += ui::line_height(title);
    ui::draw_text(list, title, pos, ui::to_imu32(p.text), state.office_name);
    pos.y += ui::line_height(title);
    ui::draw_wrapped(list, body, pos, inner, ui::to_imu32(p.text_muted), lines);
}

}  // namespace siang::office
