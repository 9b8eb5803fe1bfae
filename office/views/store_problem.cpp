// The console's window when its store cannot be opened: what is wrong and what to do, instead of
// only a line on stderr that nobody at the desk sees.
#include "i18n/store_problem.hpp"

#include <algorithm>

#include "i18n/catalog.hpp"
#include "office/views/views.hpp"
#include "ui/card.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {

void draw_store_problem(const Error& error, const std::string& path, i18n::Lang lang,
                        ui::Frame& frame) {
    const ui::Palette& p = frame.theme.palette;
    const ui::Metrics& m = frame.theme.metrics;
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float width = std::min(frame.size.x - 2.0f * m.margin, 900.0f);
    const float pad = 36.0f;
    const float inner = width - 2.0f * pad;
    const std::string title = std::string(ui::icon::warning.utf8) + "  " +
                              std::string(i18n::tr("office.store_problem.title", lang));
    const std::string what = i18n::error_message(error, lang);
    const std::string todo = i18n::store_problem_for_staff(error, path, lang);
    const std::string after(i18n::tr("office.store_problem.after", lang));
    ImFont* title_font = frame.font(ui::FontRole::title);
    ImFont* body = frame.font(ui::FontRole::body);
    const float h = ui::measure_wrapped(title_font, inner, title) + m.gap +
                    ui::measure_wrapped(body, inner, what) + m.gap +
                    ui::measure_wrapped(body, inner, todo) + m.gap +
                    ui::measure_wrapped(body, inner, after);
    const float card_h = std::min(h + 2.0f * pad, frame.size.y);
    const ImVec2 min{(frame.size.x - width) * 0.5f, std::max(0.0f, (frame.size.y - card_h) * 0.4f)};
    const ImVec2 max{min.x + width, min.y + card_h};
    ui::draw_card(list, min, max, m.radius, ui::to_imu32(p.surface), m.shadow);
    list->PushClipRect(min, max, true);
    const float x = min.x + pad;
    float y = min.y + pad;
    y += ui::draw_wrapped(list, title_font, {x, y}, inner, ui::to_imu32(p.danger), title) + m.gap;
    y += ui::draw_wrapped(list, body, {x, y}, inner, ui::to_imu32(p.text), what) + m.gap;
    y += ui::draw_wrapped(list, body, {x, y}, inner, ui::to_imu32(p.text), todo) + m.gap;
    ui::draw_wrapped(list, body, {x, y}, inner, ui::to_imu32(p.text_muted), after);
    list->PopClipRect();
}

}  // namespace siang::office
