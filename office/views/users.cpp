// The admin's users view: accounts with role and state; add, disable, reset password.
#include <vector>

#include "i18n/domain_names.hpp"
#include "office/views/views.hpp"
#include "office/views/widgets.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {
namespace {

constexpr staff::Role roles[] = {staff::Role::clerk, staff::Role::integrity, staff::Role::admin};
constexpr const char* role_keys[] = {"office.role.clerk", "office.role.integrity",
                                     "office.role.admin"};

std::string_view role_text(std::string_view id, i18n::Lang lang) {
    for (std::size_t i = 0; i < std::size(roles); ++i)
        if (staff::role_id(roles[i]) == id) return i18n::tr(role_keys[i], lang);
    return id;
}

}  // namespace

Intents draw_users(const ConsoleController& console, UsersView& form, ui::Frame& frame) {
    const auto lang = console.lang();
    const ui::Palette& p = frame.theme.palette;
    Intents intents;
    section_heading(frame, i18n::tr("office.users.title", lang));
    // form.message shows in the console's reserved band (console_frame.cpp): nothing moves.

    ImFont* font = frame.font(ui::FontRole::small);
    const ImU32 ink = ui::to_imu32(p.text);
    const float list_height = ImGui::GetContentRegionAvail().y * 0.6f;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("users", 5, flags, {0, list_height})) {
        ImGui::TableSetupScrollFreeze(0, 1);
        for (const char* key : {"office.users.username", "office.users.display_name",
                                "office.users.role", "office.users.state", "office.users.created"})
            ImGui::TableSetupColumn(widget_label(i18n::tr(key, lang), key).c_str());
        ImGui::TableHeadersRow();
        const auto& users = console.users().users();
        for (std::size_t i = 0; i < users.size(); ++i) {
            const auto& u = users[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(i));
            const ImVec2 start = ImGui::GetCursorPos();
            if (ImGui::Selectable("##user", form.selected == static_cast<int>(i),
                                  ImGuiSelectableFlags_SpanAllColumns, {0, ui::line_height(font)}))
                form.selected = form.selected == static_cast<int>(i) ? -1 : static_cast<int>(i);
            ImGui::SetCursorPos(start);
            ImGui::PopID();
            ui::text_label(font, ink, u.username);
            ImGui::TableNextColumn();
            ui::text_label(font, ink, u.display_name);
            ImGui::TableNextColumn();
            ui::text_label(font, ink, role_text(u.role, lang));
            ImGui::TableNextColumn();
            ui::text_label(font, u.disabled ? ui::to_imu32(p.danger) : ink,
                           u.disabled ? std::string(ui::icon::lock.utf8) + " " +
                                            std::string(i18n::tr("office.users.disabled", lang))
                                      : std::string(i18n::tr("office.users.active", lang)));
            ImGui::TableNextColumn();
            ui::text_label(font, ink, i18n::date_text(domain::local_date(u.created_at), lang));
        }
        ImGui::EndTable();
    }

    const auto& users = console.users().users();
    const bool chosen = form.selected >= 0 && form.selected < static_cast<int>(users.size());
    if (chosen) {
        const auto& u = users[static_cast<std::size_t>(form.selected)];
        ImGui::Spacing();
        section_heading(frame, u.username);
        text_field("reset_pw", i18n::tr("office.users.new_password", lang), form.password.c_str(),
                   128, 320.0f, true);
        ImGui::SameLine();
        if (secondary_button(i18n::tr("office.users.reset", lang), "reset"))
            intents.push_back(intent::ResetPassword{u.username});
        ImGui::SameLine();
        if (!u.disabled && secondary_button(i18n::tr("office.users.disable", lang), "disable"))
            intents.push_back(intent::DisableUser{u.username});
        return intents;
    }
    ImGui::Spacing();
    section_heading(frame, i18n::tr("office.users.add", lang));
    text_field("new_user", i18n::tr("office.users.username", lang), form.username.c_str(), 64,
               200.0f);
    ImGui::SameLine();
    text_field("new_name", i18n::tr("office.users.display_name", lang), form.display_name.c_str(),
               128, 280.0f);
    ImGui::SameLine();
    std::vector<std::string> names;
    for (const char* key : role_keys) names.emplace_back(i18n::tr(key, lang));
    choice("new_role", names, form.role, 220.0f);
    ImGui::SameLine();
    text_field("new_pw", i18n::tr("office.users.new_password", lang), form.password.c_str(), 128,
               320.0f, true);
    ImGui::SameLine();
    if (primary_button(i18n::tr("office.users.add", lang), "add"))
        intents.push_back(intent::AddUser{roles[static_cast<std::size_t>(form.role)]});
    return intents;
}

}  // namespace siang::office
