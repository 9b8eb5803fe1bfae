// The console's frame: idle lock, help-request polling and banner, top bar, current view.
#include <algorithm>
#include <vector>

#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"
#include "office/console/alert_tone.hpp"
#include "office/console/local_time.hpp"
#include "office/views/views.hpp"
#include "office/views/widgets.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {
namespace {

// Whether this frame carries the staff member's input (timer frames do not reset idle time).
bool input_this_frame() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.InputQueueCharacters.Size > 0 || io.MouseWheel != 0.0f) return true;
    if (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f) return true;
    for (bool down : io.MouseDown)
        if (down) return true;
    for (bool down : io.KeysDown)
        if (down) return true;
    return false;
}

std::string_view role_name(staff::Role r, i18n::Lang lang) {
    switch (r) {
        case staff::Role::clerk:
            return i18n::tr("office.role.clerk", lang);
        case staff::Role::integrity:
            return i18n::tr("office.role.integrity", lang);
        case staff::Role::admin:
            return i18n::tr("office.role.admin", lang);
    }
    return "";
}

void poll_help(OfficeState& state, ui::Frame& frame) {
    auto arrived = state.help.poll(state.session.store(), frame.now);
    if (arrived && *arrived) {
        play_chime();
        state.flash_until = frame.now + std::chrono::seconds(6);
    }
    frame.pacer.wake_at(state.help.next_poll());
    if (frame.now < state.flash_until)
        frame.pacer.wake_at(frame.now + std::chrono::milliseconds(500));
}

// One banner per open help request, flashing while new: icon + text, not colour alone.
void draw_help_banners(OfficeState& state, ui::Frame& frame) {
    const ui::Palette& p = frame.theme.palette;
    const bool flashing =
        frame.now < state.flash_until &&
        (std::chrono::duration_cast<std::chrono::milliseconds>(frame.now.time_since_epoch())
             .count() /
         500) % 2 ==
            0;
    const auto requests = state.help.open();  // a copy: acknowledging edits the list
    for (const auto& r : requests) {
        ImDrawList* list = ImGui::GetWindowDrawList();
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float h =
            std::max(ui::line_height(frame.font(ui::FontRole::body)), ImGui::GetFrameHeight()) +
            12.0f;
        const float w = ImGui::GetContentRegionAvail().x;
        list->AddRectFilled(pos, {pos.x + w, pos.y + h},
                            ui::to_imu32(flashing ? p.danger : p.accent_soft), 8.0f);
        const std::string when = clock_text(r.at);
        const std::string text =
            std::string(ui::icon::support_agent.utf8) + "  " +
            i18n::format(i18n::tr("office.help.alert", state.lang), {r.kiosk, when});
        const float text_y = pos.y + (h - ui::line_height(frame.font(ui::FontRole::body))) * 0.5f;
        ui::draw_text(list, frame.font(ui::FontRole::body), {pos.x + 12.0f, text_y},
                      ui::to_imu32(flashing ? p.on_accent : p.text), text);
        ImGui::SetCursorScreenPos(
            {pos.x + w - 220.0f, pos.y + (h - ImGui::GetFrameHeight()) * 0.5f});
        if (primary_button(i18n::tr("office.help.acknowledge", state.lang),
                           "ack" + std::to_string(r.id))) {
            if (auto ok = state.help.acknowledge(state.session.store(), r.id,
                                                 state.session.user().username);
                !ok)
                state.load_error = error_text(state, ok.error());
        }
        ImGui::SetCursorScreenPos({pos.x, pos.y + h + 6.0f});
    }
}

void draw_top_bar(OfficeState& state, ui::Frame& frame) {
    const auto lang = state.lang;
    const ui::Palette& p = frame.theme.palette;
    ui::text_label(frame.font(ui::FontRole::heading), ui::to_imu32(p.accent),
                   std::string(ui::icon::assignment.utf8) + " " + state.municipality());
    ImGui::SameLine(0, 40.0f);
    struct Tab {
        ViewId id;
        const char* key;
        bool admin_only;
    };
    const Tab tabs[] = {{ViewId::queue, "office.nav.queue", false},
                        {ViewId::detail, "office.nav.detail", false},
                        {ViewId::stats, "office.nav.stats", false},
                        {ViewId::audit, "office.nav.audit", true},
                        {ViewId::users, "office.nav.users", true}};
    for (const Tab& t : tabs) {
        if (t.admin_only && !state.session.is_admin()) continue;
        const bool active = state.view == t.id;
        const bool pressed = active ? primary_button(i18n::tr(t.key, lang), t.key)
                                    : secondary_button(i18n::tr(t.key, lang), t.key);
        if (pressed) show_view(state, t.id);
        ImGui::SameLine();
    }
    const auto& user = state.session.user();
    const std::string who = std::string(ui::icon::person.utf8) + " " + user.display_name + " · " +
                            std::string(role_name(user.role, lang));
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float buttons = 300.0f;
    const float who_w = ui::measure_text(frame.font(ui::FontRole::small), who).x;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX() + 20.0f, right - buttons - who_w - 20.0f));
    ui::text_label(frame.font(ui::FontRole::small), ui::to_imu32(p.text_muted), who);
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.nav.language", lang), "lang"))
        state.lang = lang == i18n::Lang::th ? i18n::Lang::en : i18n::Lang::th;
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.nav.lock", lang), "lock")) state.session.lock();
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.nav.logout", lang), "logout")) {
        state.session.log_out();
        state.desk.close();
        state.login = LoginForm{};
    }
    ImGui::Separator();
}

}  // namespace

void draw_console(OfficeState& state, ui::Frame& frame) {
    ImGui::PushFont(frame.font(ui::FontRole::small));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, {10.0f, 6.0f});
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {10.0f, 8.0f});
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 6.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, {8.0f, 4.0f});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {18.0f, 12.0f});
    // The host window has no padding of its own; the console's margin comes from this child.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    ImGui::BeginChild("console", {0, 0}, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleColor();
    if (!state.session.logged_in()) {
        draw_login(state, frame);
    } else {
        if (input_this_frame()) state.session.activity(frame.now);
        if (state.session.locked(frame.now)) {
            draw_lock(state, frame);
        } else {
            frame.pacer.wake_at(state.session.lock_deadline());
            poll_help(state, frame);
            draw_top_bar(state, frame);
            draw_help_banners(state, frame);
            if (!state.load_error.empty()) error_line(frame, state.load_error);
            switch (state.view) {
                case ViewId::queue:
                    draw_queue(state, frame);
                    break;
                case ViewId::detail:
                    draw_detail(state, frame);
                    break;
                case ViewId::stats:
                    draw_stats(state, frame);
                    break;
                case ViewId::audit:
                    draw_audit(state, frame);
                    break;
                case ViewId::users:
                    draw_users(state, frame);
                    break;
            }
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleVar(6);
    ImGui::PopFont();
}

}  // namespace siang::office
