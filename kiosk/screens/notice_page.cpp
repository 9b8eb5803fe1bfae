// The calm one-card page of the out-of-service and enrolment screens.
#include "kiosk/screens/notice_page.hpp"

#include <algorithm>

#include "kiosk/screens/kiosk_widgets.hpp"
#include "kiosk/screens/page_chrome.hpp"
#include "ui/card.hpp"
#include "ui/text_draw.hpp"
#include "ui/touch/touch_button.hpp"
#include "ui/touch/touch_style.hpp"

namespace siang::kiosk::screens {

bool draw_notice_page(const NoticeCard& card, const std::string& municipality,
                      std::string_view language, const char* toggle_id, ui::Frame& frame) {
    const ui::Metrics& m = frame.theme.metrics;
    const ui::Palette& p = frame.theme.palette;
    const PageLayout page = page_layout(frame);
    ImDrawList* list = ImGui::GetWindowDrawList();

    list->AddRectFilled(page.header.min, page.header.max, ui::to_imu32(p.accent));
    ImFont* heading = frame.font(ui::FontRole::heading);
    ui::draw_text(list, heading,
                  {page.content.min.x,
                   page.header.min.y + (page.header.height() - ui::line_height(heading)) * 0.5f},
                  ui::to_imu32(p.on_accent), municipality);

    // One card, centred, no wider than reads comfortably.
    const Rect& area = page.content;
    const float width = std::min(area.width(), std::max(area.width() * 0.7f, 900.0f));
    const float pad = m.gap * 2.5f;
    const float inner = width - 2.0f * pad;
    ImFont* title_font = frame.font(ui::FontRole::title);
    ImFont* small = frame.font(ui::FontRole::small);
    bool shrink_body = false;
    const auto font_of = [&](const NoticeParagraph& para) {
        const ui::FontRole role =
            shrink_body && para.font == ui::FontRole::body ? ui::FontRole::small : para.font;
        return frame.font(role);
    };
    const auto ink_of = [&](NoticeParagraph::Ink ink) {
        return ui::to_imu32(ink == NoticeParagraph::Ink::accent  ? p.accent
                            : ink == NoticeParagraph::Ink::muted ? p.text_muted
                                                                 : p.text);
    };
    const auto height = [&] {
        float h =
            ui::measure_wrapped(title_font, inner, card.title) + m.gap + ui::line_height(small);
        for (const auto* part : {&card.citizens, &card.staff})
            for (const NoticeParagraph& para : *part)
                h += ui::measure_wrapped(font_of(para), inner, para.text) + m.gap * para.gap_after;
        return h;
    };
    // Larger text on a small panel: the paragraphs in the small font rather than cut off.
    if (height() + 2.0f * pad > area.height()) shrink_body = true;
    if (height() + 2.0f * pad > area.height()) title_font = heading;
    const float card_h = std::min(height() + 2.0f * pad, area.height());
    const ImVec2 min{area.min.x + (area.width() - width) * 0.5f,
                     area.min.y + std::max(0.0f, (area.height() - card_h) * 0.4f)};
    ui::draw_card(list, min, {min.x + width, min.y + card_h}, m.radius, ui::to_imu32(p.surface),
                  m.shadow);
    list->PushClipRect(min, {min.x + width, min.y + card_h}, true);
    const float x = min.x + pad;
    float y = min.y + pad;
    y +=
        ui::draw_wrapped(list, title_font, {x, y}, inner, ui::to_imu32(p.text), card.title) + m.gap;
    const auto draw_part = [&](const std::vector<NoticeParagraph>& part) {
        for (const NoticeParagraph& para : part)
            y += ui::draw_wrapped(list, font_of(para), {x, y}, inner, ink_of(para.ink), para.text) +
                 m.gap * para.gap_after;
    };
    draw_part(card.citizens);
    // The staff part under a hairline, smaller: the citizen's message comes first.
    list->AddLine({x, y - m.gap}, {x + inner, y - m.gap}, ui::to_imu32(p.border), 1.0f);
    ui::draw_text(list, small, {x, y}, ui::to_imu32(p.text_muted), card.staff_head);
    y += ui::line_height(small);
    draw_part(card.staff);
    list->PopClipRect();

    // The bar: the language toggle only.
    const Rect& bar = page.bar;
    ui::draw_card(list, bar.min, {bar.max.x, bar.max.y + m.radius * 2.0f}, 0.0f,
                  ui::to_imu32(p.surface), m.shadow, ui::to_imu32(p.shadow, 0.18f));
    const ui::touch::TouchStyle style = ui::touch::make_touch_style(frame.theme, frame.fonts);
    const std::string label = with_icon(ui::icon::translate, language);
    const float bw = std::max(m.touch_target * 2.0f,
                              ui::measure_text(style.label_font(), label).x + 3.0f * m.gap);
    const float bh = std::min(m.touch_target, bar.height() - m.gap);
    const ImVec2 at{bar.max.x - m.margin - bw, bar.min.y + (bar.height() - bh) * 0.5f};
    return ui::touch::touch_button_at(toggle_id, at, {bw, bh}, label, style,
                                      ui::touch::ButtonLook::modifier);
}

}  // namespace siang::kiosk::screens
