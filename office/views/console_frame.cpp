// The console's frame: idle lock, help-request polling and banner, top bar, current view.
#include <algorithm>
#include <vector>

#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"
#include "office/console/alert_tone.hpp"
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

bool flashing(const ConsoleController& console, const ui::Frame& frame) {
    return frame.now < console.flash_until() &&
           (std::chrono::duration_cast<std::chrono::milliseconds>(frame.now.time_since_epoch())
                .count() /
            500) % 2 ==
               0;
}

// The band under the top bar, always the same height whether it is empty or not, so a message
// or a help request never moves the page under the pointer (issue 9 item 5). Left: the last
// action's message or a load error; right: the oldest open help request with its acknowledge
// button and how many more wait. Icon + text, not colour alone.
void draw_status_band(const ConsoleController& console, ui::Frame& frame, Intents& intents) {
    const ui::Palette& p = frame.theme.palette;
    ImFont* body = frame.font(ui::FontRole::body);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = std::max(ui::line_height(body), ImGui::GetFrameHeight()) + 12.0f;
    const float w = ImGui::GetContentRegionAvail().x;
    const auto& requests = console.help().open();
    const bool unreadable = console.help().unreadable().has_value();
    const float help_w = requests.empty() && !unreadable ? 0.0f : std::min(w * 0.55f, 820.0f);
    const float text_y = pos.y + (h - ui::line_height(body)) * 0.5f;

    // The message: an error of the view, else the current view's last action.
    const auto [message, is_error] = console.band_message();
    if (!message.empty()) {
        const float mw = w - help_w - (help_w > 0 ? 10.0f : 0.0f);
        list->AddRectFilled(pos, {pos.x + mw, pos.y + h},
                            ui::to_imu32(is_error ? p.surface : p.accent_soft), 8.0f);
        if (is_error)
            list->AddRect(pos, {pos.x + mw, pos.y + h}, ui::to_imu32(p.danger), 8.0f, 0, 2.0f);
        list->PushClipRect(pos, {pos.x + mw - 8.0f, pos.y + h}, true);
        const std::string text =
            std::string(is_error ? ui::icon::warning.utf8 : ui::icon::check_circle.utf8) + "  " +
            message;
        ui::draw_text(list, body, {pos.x + 12.0f, text_y},
                      ui::to_imu32(is_error ? p.danger : p.text), text);
        list->PopClipRect();
    }
    if (unreadable) {
        // Issue 10 item 2: a kiosk may be calling unseen; said until a poll reads again.
        const ImVec2 min{pos.x + w - help_w, pos.y};
        list->AddRectFilled(min, {pos.x + w, pos.y + h}, ui::to_imu32(p.surface), 8.0f);
        list->AddRect(min, {pos.x + w, pos.y + h}, ui::to_imu32(p.danger), 8.0f, 0, 2.0f);
        list->PushClipRect(min, {pos.x + w - 8.0f, pos.y + h}, true);
        ui::draw_text(list, body, {min.x + 12.0f, text_y}, ui::to_imu32(p.danger),
                      std::string(ui::icon::warning.utf8) + "  " +
                          help_unreadable_text(console.lang()));
        list->PopClipRect();
    } else if (!requests.empty()) {
        const bool flash = flashing(console, frame);
        const ImVec2 min{pos.x + w - help_w, pos.y};
        list->AddRectFilled(min, {pos.x + w, pos.y + h},
                            ui::to_imu32(flash ? p.danger : p.accent_soft), 8.0f);
        const auto& r = requests.front();
        std::string text =
            std::string(ui::icon::support_agent.utf8) + "  " + help_alert_text(r, console.lang());
        if (requests.size() > 1)
            text += "  " + i18n::format(i18n::tr("office.help.more", console.lang()),
                                        {std::to_string(requests.size() - 1)});
        const std::string ack(i18n::tr("office.help.acknowledge", console.lang()));
        const float button_w =
            ui::measure_text(ImGui::GetFont(), ack).x + ImGui::GetStyle().FramePadding.x * 2;
        list->PushClipRect(min, {pos.x + w - button_w - 20.0f, pos.y + h}, true);
        ui::draw_text(list, body, {min.x + 12.0f, text_y},
                      ui::to_imu32(flash ? p.on_accent : p.text), text);
        list->PopClipRect();
        ImGui::SetCursorScreenPos(
            {pos.x + w - button_w - 10.0f, pos.y + (h - ImGui::GetFrameHeight()) * 0.5f});
        if (primary_button(ack, "ack" + std::to_string(r.id)))
            intents.push_back(intent::AcknowledgeHelp{r.id});
    }
    ImGui::SetCursorScreenPos({pos.x, pos.y + h + 6.0f});
    ImGui::Dummy({0, 0});
}

// The server-down banner (issue 12 item 3) or, for an admin, the kiosks needing attention: a
// strip across the top while it lasts, on every screen (sign-in and lock screen too).
void draw_alert_strip(const ConsoleController& console, ui::Frame& frame) {
    const LinkBanner link = console.link_banner();
    const bool kiosks = !link.shown && console.session().is_admin() && !console.locked() &&
                        !console.kiosk_alert().empty();
    if (!link.shown && !kiosks) return;
    const ui::Palette& p = frame.theme.palette;
    ImFont* body = frame.font(ui::FontRole::body);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const std::string text = std::string(ui::icon::warning.utf8) + "  " +
                             (link.shown ? link.text : console.kiosk_alert());
    const float h = ui::measure_wrapped(body, w - 24.0f, text) + 16.0f;
    const bool alarm = link.untrusted || kiosks;
    list->AddRectFilled(pos, {pos.x + w, pos.y + h},
                        ui::to_imu32(alarm ? p.danger : p.surface), 8.0f);
    list->AddRect(pos, {pos.x + w, pos.y + h}, ui::to_imu32(p.danger), 8.0f, 0, 2.0f);
    ui::draw_wrapped(list, body, {pos.x + 12.0f, pos.y + 8.0f}, w - 24.0f,
                     ui::to_imu32(alarm ? p.on_accent : p.danger), text);
    ImGui::Dummy({w, h});
    ImGui::Spacing();
}

void draw_top_bar(const ConsoleController& console, ui::Frame& frame, Intents& intents) {
    const auto lang = console.lang();
    const ui::Palette& p = frame.theme.palette;
    ui::text_label(frame.font(ui::FontRole::heading), ui::to_imu32(p.accent),
                   std::string(ui::icon::assignment.utf8) + " " + console.municipality());
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
                        {ViewId::users, "office.nav.users", true},
                        {ViewId::kiosks, "office.nav.kiosks", true}};
    for (const Tab& t : tabs) {
        if (t.admin_only && !console.session().is_admin()) continue;
        const bool active = console.view() == t.id;
        const bool pressed = active ? primary_button(i18n::tr(t.key, lang), t.key)
                                    : secondary_button(i18n::tr(t.key, lang), t.key);
        if (pressed) intents.push_back(intent::ShowView{t.id});
        ImGui::SameLine();
    }
    const auto& user = console.session().user();
    const std::string who = std::string(ui::icon::person.utf8) + " " + signed_in_as(user, lang);
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float buttons = 300.0f;
    const float who_w = ui::measure_text(frame.font(ui::FontRole::small), who).x;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX() + 20.0f, right - buttons - who_w - 20.0f));
    ui::text_label(frame.font(ui::FontRole::small), ui::to_imu32(p.text_muted), who);
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.nav.language", lang), "lang"))
        intents.push_back(intent::ToggleLanguage{});
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.nav.lock", lang), "lock"))
        intents.push_back(intent::Lock{});
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.nav.logout", lang), "logout"))
        intents.push_back(intent::LogOut{});
    ImGui::Separator();
}

}  // namespace

void draw_console(ConsoleController& console, ConsoleLayout& layout, ui::Frame& frame) {
    const FrameNeeds needs = console.prepare_frame(frame.now, input_this_frame());
    if (needs.chime) play_chime();
    if (console.session().logged_in()) {
        frame.pacer.wake_at(needs.wake_at);
        if (frame.now < console.flash_until())
            frame.pacer.wake_at(frame.now + std::chrono::milliseconds(500));
    }
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
    // Views see the controller read-only: what they want done comes back as intents.
    const ConsoleController& view = console;
    Intents intents;
    draw_alert_strip(view, frame);
    if (!view.session().logged_in()) {
        intents = draw_login(view, console.login_view(), frame);
    } else if (view.locked()) {
        intents = draw_lock(view.lock_content(), console.lock_view(), view.lang(),
                            flashing(view, frame), frame);
    } else {
        draw_top_bar(view, frame, intents);
        draw_status_band(view, frame, intents);
        layout.view_top = ImGui::GetCursorScreenPos().y;
        Intents more;
        switch (view.view()) {
            case ViewId::queue:
                more = draw_queue(view, console.queue_view(), frame);
                break;
            case ViewId::detail:
                more = draw_detail(view, console.detail_view(), layout, frame);
                break;
            case ViewId::stats:
                more = draw_stats(view, frame);
                break;
            case ViewId::audit:
                more = draw_audit(view, frame);
                break;
            case ViewId::users:
                more = draw_users(view, console.users_view(), frame);
                break;
            case ViewId::kiosks:
                more = draw_kiosks(view, console.kiosks_view(), frame);
                break;
        }
        intents.insert(intents.end(), more.begin(), more.end());
    }
    ImGui::EndChild();
    ImGui::PopStyleVar(6);
    ImGui::PopFont();
    console.apply(intents, frame.now);
    // What the intents changed is drawn on the next frame, at once.
    if (!intents.empty()) frame.pacer.request_frame();
}

}  // namespace siang::office
