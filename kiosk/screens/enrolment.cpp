// The enrolment screen (calm, like the out-of-service screen: one card, Thai first).
#include "kiosk/screens/enrolment.hpp"

#include <algorithm>

#include "kiosk/screens/page_chrome.hpp"
#include "ui/card.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"
#include "ui/touch/touch_button.hpp"
#include "ui/touch/touch_style.hpp"

namespace siang::kiosk::screens {
namespace {

std::string icon_text(const ui::icon::Icon& icon, std::string_view text) {
    std::string s = icon.utf8;
    s += "  ";
    s += text;
    return s;
}

// The error for staff: a scanned line that is no link in words; an enrolment failure in the
// catalogue's sentence for its code.
std::string problem(const Error& e, i18n::Lang lang) {
    if (e.code == Errc::invalid_input) return std::string(i18n::tr("kiosk.enrol.not_a_link", lang));
    return i18n::format(i18n::tr("kiosk.enrol.failed", lang), {i18n::error_message(e, lang)});
}

}  // namespace

void draw_enrolment(EnrolmentView& view, const std::string& municipality, ui::Frame& frame) {
    const ui::Metrics& m = frame.theme.metrics;
    const ui::Palette& p = frame.theme.palette;
    const PageLayout page = page_layout(frame);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const auto t = [&](std::string_view key) { return i18n::tr(key, view.lang); };

    list->AddRectFilled(page.header.min, page.header.max, ui::to_imu32(p.accent));
    ImFont* heading = frame.font(ui::FontRole::heading);
    ui::draw_text(list, heading,
                  {page.content.min.x,
                   page.header.min.y + (page.header.height() - ui::line_height(heading)) * 0.5f},
                  ui::to_imu32(p.on_accent), municipality);

    const Rect& area = page.content;
    const float width = std::min(area.width(), std::max(area.width() * 0.7f, 900.0f));
    const float pad = m.gap * 2.5f;
    const float inner = width - 2.0f * pad;
    const std::string title = icon_text(ui::icon::info, t("kiosk.enrol.title"));
    const std::string citizens(t("kiosk.enrol.citizens"));
    const std::string staff_head(t("kiosk.outage.for_staff"));
    const std::string staff = view.enrolling ? std::string(t("kiosk.enrol.working"))
                                             : std::string(t("kiosk.enrol.for_staff"));
    const std::string wrong = view.error && !view.enrolling ? problem(*view.error, view.lang) : "";
    ImFont* title_font = frame.font(ui::FontRole::title);
    ImFont* body = frame.font(ui::FontRole::body);
    ImFont* small = frame.font(ui::FontRole::small);
    auto height = [&] {
        return ui::measure_wrapped(title_font, inner, title) + m.gap +
               ui::measure_wrapped(body, inner, citizens) + m.gap * 2.0f +
               ui::line_height(small) + ui::measure_wrapped(body, inner, staff) +
               (wrong.empty() ? 0.0f : m.gap + ui::measure_wrapped(body, inner, wrong));
    };
    // Larger text on a small panel: the paragraphs in the small font rather than cut off.
    if (height() + 2.0f * pad > area.height()) body = small;
    if (height() + 2.0f * pad > area.height()) title_font = frame.font(ui::FontRole::heading);
    const float h = height();
    const float card_h = std::min(h + 2.0f * pad, area.height());
    const ImVec2 min{area.min.x + (area.width() - width) * 0.5f,
                     area.min.y + std::max(0.0f, (area.height() - card_h) * 0.4f)};
    ui::draw_card(list, min, {min.x + width, min.y + card_h}, m.radius, ui::to_imu32(p.surface),
                  m.shadow);
    list->PushClipRect(min, {min.x + width, min.y + card_h}, true);
    const float x = min.x + pad;
    float y = min.y + pad;
    y += ui::draw_wrapped(list, title_font, {x, y}, inner, ui::to_imu32(p.text), title) + m.gap;
    y += ui::draw_wrapped(list, body, {x, y}, inner, ui::to_imu32(p.text), citizens) + m.gap * 2.0f;
    list->AddLine({x, y - m.gap}, {x + inner, y - m.gap}, ui::to_imu32(p.border), 1.0f);
    ui::draw_text(list, small, {x, y}, ui::to_imu32(p.text_muted), staff_head);
    y += ui::line_height(small);
    y += ui::draw_wrapped(list, body, {x, y}, inner, ui::to_imu32(p.accent), staff);
    if (!wrong.empty())
        ui::draw_wrapped(list, body, {x, y + m.gap}, inner, ui::to_imu32(p.text), wrong);
    list->PopClipRect();

    const Rect& bar = page.bar;
    ui::draw_card(list, bar.min, {bar.max.x, bar.max.y + m.radius * 2.0f}, 0.0f,
                  ui::to_imu32(p.surface), m.shadow, ui::to_imu32(p.shadow, 0.18f));
    const ui::touch::TouchStyle style = ui::touch::make_touch_style(frame.theme, frame.fonts);
    const std::string label = icon_text(ui::icon::translate, t("kiosk.outage.language"));
    const float bw = std::max(m.touch_target * 2.0f,
                              ui::measure_text(style.label_font(), label).x + 3.0f * m.gap);
    const float bh = std::min(m.touch_target, bar.height() - m.gap);
    const ImVec2 at{bar.max.x - m.margin - bw, bar.min.y + (bar.height() - bh) * 0.5f};
    if (ui::touch::touch_button_at("##enrol_lang", at, {bw, bh}, label, style,
                                   ui::touch::ButtonLook::modifier))
        view.lang = view.lang == i18n::Lang::th ? i18n::Lang::en : i18n::Lang::th;
}

}  // namespace siang::kiosk::screens
