// The sign-in screen and the idle lock screen: a centred card with the password field.
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

void draw_login(OfficeState& state, ui::Frame& frame) {
    const auto lang = state.lang;
    const ui::Palette& p = frame.theme.palette;
    const float inner = begin_card(frame, 430.0f);
    ui::text_label(
        frame.font(ui::FontRole::title), ui::to_imu32(p.accent),
        std::string(ui::icon::lock.utf8) + " " + std::string(i18n::tr("office.login.title", lang)));
    ui::text_label(frame.font(ui::FontRole::body), ui::to_imu32(p.text), state.municipality());
    ImGui::Spacing();
    muted_text(frame, i18n::tr("office.login.username", lang));
    if (state.login.focus) {
        ImGui::SetKeyboardFocusHere();
        state.login.focus = false;
    }
    bool enter_user = false;
    text_field("username", "", state.login.username.c_str(), 64, inner, false, &enter_user);
    muted_text(frame, i18n::tr("office.login.password", lang));
    bool enter = false;
    text_field("password", "", state.login.password.c_str(), 128, inner, true, &enter);
    ImGui::Spacing();
    if (primary_button(i18n::tr("office.login.submit", lang), "sign_in") || enter) {
        auto r = state.session.log_in(state.login.username.view(), state.login.password.view(),
                                      frame.now);
        state.login.password.clear();
        if (r) {
            state.login.error.clear();
            state.queue = QueueModel{};
            show_view(state, ViewId::queue);
        } else {
            state.login.error = error_text(state, r.error());
            state.login.focus = true;
        }
    }
    if (!state.login.error.empty()) error_line(frame, state.login.error);
    muted_text(frame, i18n::tr("office.login.hint", lang));
    ImGui::EndGroup();
}

void draw_lock(OfficeState& state, ui::Frame& frame) {
    const auto lang = state.lang;
    const ui::Palette& p = frame.theme.palette;
    const float inner = begin_card(frame, 360.0f);
    ui::text_label(
        frame.font(ui::FontRole::title), ui::to_imu32(p.accent),
        std::string(ui::icon::lock.utf8) + " " + std::string(i18n::tr("office.lock.title", lang)));
    ui::text_wrapped_label(
        frame.font(ui::FontRole::body), ui::to_imu32(p.text),
        i18n::format(i18n::tr("office.lock.hint", lang), {state.session.user().display_name}),
        inner);
    bool enter = false;
    text_field("unlock", i18n::tr("office.login.password", lang), state.unlock_password.c_str(),
               128, inner, true, &enter);
    if (primary_button(i18n::tr("office.lock.unlock", lang), "unlock") || enter) {
        auto r = state.session.unlock(state.unlock_password.view(), frame.now);
        state.unlock_password.clear();
        state.login.error = r ? std::string() : error_text(state, r.error());
    }
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.nav.logout", lang), "logout")) {
        state.session.log_out();
        state.desk.close();
        state.login = LoginForm{};
    }
    if (!state.login.error.empty()) error_line(frame, state.login.error);
    ImGui::EndGroup();
}

}  // namespace siang::office
