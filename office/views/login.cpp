// The sign-in screen and the idle lock screen: a centred card with the password field.
#include <algorithm>

#include "i18n/catalog.hpp"
#include "office/views/views.hpp"
#include "office/views/widgets.hpp"
#include "ui/card.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {
namespace {

constexpr float card_width = 560.0f;

// Starts the card in the middle of the canvas and returns its inner width.
float begin_card(const ui::Frame& frame, float height) {
    const ui::Palette& p = frame.theme.palette;
    const ImVec2 min{(frame.size.x - card_width) * 0.5f, (frame.size.y - height) * 0.4f};
    ui::draw_card(ImGui::GetWindowDrawList(), min, {min.x + card_width, min.y + height},
                  frame.theme.metrics.radius, ui::to_imu32(p.surface), frame.theme.metrics.shadow);
    const float pad = 36.0f;
    ImGui::SetCursorPos({min.x + pad, min.y + pad});
    ImGui::BeginGroup();
    return card_width - 2 * pad;
}

}  // namespace

Intents draw_login(const ConsoleController& console, LoginView& form, ui::Frame& frame) {
    const auto lang = console.lang();
    Intents intents;
    const ui::Palette& p = frame.theme.palette;
    const float inner = begin_card(frame, 430.0f);
    ui::text_label(
        frame.font(ui::FontRole::title), ui::to_imu32(p.accent),
        std::string(ui::icon::lock.utf8) + " " + std::string(i18n::tr("office.login.title", lang)));
    ui::text_label(frame.font(ui::FontRole::body), ui::to_imu32(p.text), console.municipality());
    ImGui::Spacing();
    muted_text(frame, i18n::tr("office.login.username", lang));
    if (form.focus) {
        ImGui::SetKeyboardFocusHere();
        form.focus = false;
    }
    bool enter_user = false;
    text_field("username", "", form.username.c_str(), 64, inner, false, &enter_user);
    muted_text(frame, i18n::tr("office.login.password", lang));
    bool enter = false;
    text_field("password", "", form.password.c_str(), 128, inner, true, &enter);
    ImGui::Spacing();
    if (primary_button(i18n::tr("office.login.submit", lang), "sign_in") || enter)
        intents.push_back(intent::LogIn{});
    if (!form.error.empty()) error_line(frame, form.error);
    muted_text(frame, i18n::tr("office.login.hint", lang));
    ImGui::EndGroup();
    return intents;
}

Intents draw_lock(const LockContent& content, LockView& form, i18n::Lang lang, bool flashing,
                  ui::Frame& frame) {
    const ui::Palette& p = frame.theme.palette;
    Intents intents;
    constexpr float card_height = 250.0f;
    const float inner = begin_card(frame, card_height);
    ui::text_label(frame.font(ui::FontRole::title), ui::to_imu32(p.accent),
                   std::string(ui::icon::lock.utf8) + " " + content.title);
    ui::text_wrapped_label(frame.font(ui::FontRole::body), ui::to_imu32(p.text), content.hint,
                           inner);
    bool enter = false;
    text_field("unlock", i18n::tr("office.login.password", lang), form.password.c_str(), 128,
               inner, true, &enter);
    if (primary_button(i18n::tr("office.lock.unlock", lang), "unlock") || enter)
        intents.push_back(intent::Unlock{});
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.nav.logout", lang), "logout"))
        intents.push_back(intent::LogOut{});
    if (!form.error.empty()) error_line(frame, form.error);
    ImGui::EndGroup();

    // Help requests under the card, so one arriving never moves the password field or the
    // buttons (issue 9 item 4). Kiosk and time only: nothing of any case.
    if (content.alerts.empty() && content.help_problem.empty()) return intents;
    ImFont* body = frame.font(ui::FontRole::body);
    const float width = std::min(frame.size.x - 80.0f, 900.0f);
    const float x = (frame.size.x - width) * 0.5f;
    float y = (frame.size.y - card_height) * 0.4f + card_height + 24.0f;
    if (!content.help_problem.empty()) {  // issue 10 item 2: a kiosk may be calling unseen
        ImGui::SetCursorScreenPos({x, y});
        ui::text_wrapped_label(body, ui::to_imu32(p.danger),
                               std::string(ui::icon::warning.utf8) + " " + content.help_problem,
                               width);
        y = ImGui::GetCursorScreenPos().y + 12.0f;
        if (content.alerts.empty()) return intents;
    }
    ImGui::SetCursorScreenPos({x, y});
    ui::text_label(frame.font(ui::FontRole::heading), ui::to_imu32(p.accent),
                   std::string(ui::icon::support_agent.utf8) + " " +
                       std::string(i18n::tr("office.lock.help_heading", lang)));
    ImGui::SetCursorScreenPos({x, ImGui::GetCursorScreenPos().y});
    muted_text(frame, i18n::tr("office.lock.help_no_unlock", lang));
    y = ImGui::GetCursorScreenPos().y;
    const float row_h = std::max(ui::line_height(body), ImGui::GetFrameHeight()) + 12.0f;
    const std::string ack(i18n::tr("office.help.acknowledge", lang));
    const float button_w =
        ui::measure_text(ImGui::GetFont(), ack).x + ImGui::GetStyle().FramePadding.x * 2;
    ImDrawList* list = ImGui::GetWindowDrawList();
    for (const auto& alert : content.alerts) {
        if (y + row_h > frame.size.y) break;  // more than fit: the oldest are shown
        list->AddRectFilled({x, y}, {x + width, y + row_h},
                            ui::to_imu32(flashing ? p.danger : p.accent_soft), 8.0f);
        ui::draw_text(list, body, {x + 12.0f, y + (row_h - ui::line_height(body)) * 0.5f},
                      ui::to_imu32(flashing ? p.on_accent : p.text), alert.text);
        ImGui::SetCursorScreenPos(
            {x + width - button_w - 10.0f, y + (row_h - ImGui::GetFrameHeight()) * 0.5f});
        if (primary_button(ack, "lock_ack" + std::to_string(alert.id)))
            intents.push_back(intent::AcknowledgeHelp{alert.id, true});
        y += row_h + 8.0f;
    }
    return intents;
}

}  // namespace siang::office
