// The admin's audit view: the hash chain's state and the log, newest first, page by page.
#include "office/console/local_time.hpp"
#include "office/views/views.hpp"
#include "office/views/widgets.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {

Intents draw_audit(const ConsoleController& console, ui::Frame& frame) {
    const auto lang = console.lang();
    const ui::Palette& p = frame.theme.palette;
    const AuditLogPage& audit = console.audit();
    Intents intents;
    section_heading(frame, i18n::tr("office.audit.title", lang));
    if (const auto& chain = audit.chain()) {
        // Icon and words as well as colour: the state reads right without colour vision.
        if (chain->ok())
            ui::text_label(frame.font(ui::FontRole::body), ui::to_imu32(p.accent),
                           std::string(ui::icon::check_circle.utf8) + " " +
                               i18n::format(i18n::tr("office.audit.chain_ok", lang),
                                            {std::to_string(chain->rows)}));
        else
            ui::text_label(frame.font(ui::FontRole::body), ui::to_imu32(p.danger),
                           std::string(ui::icon::warning.utf8) + " " +
                               i18n::format(i18n::tr("office.audit.chain_broken", lang),
                                            {std::to_string(*chain->first_broken)}));
    }
    const auto pages = std::max<std::int64_t>(
        1, (audit.total() + AuditLogPage::page_size - 1) / AuditLogPage::page_size);
    if (secondary_button(i18n::tr("office.queue.previous", lang), "prev") && audit.page() > 0)
        intents.push_back(intent::AuditPage{audit.page() - 1});
    ImGui::SameLine();
    muted_text(frame, i18n::format(i18n::tr("office.audit.page", lang),
                                   {std::to_string(audit.page() + 1), std::to_string(pages)}));
    ImGui::SameLine();
    if (secondary_button(i18n::tr("office.queue.next", lang), "next") && audit.page() + 1 < pages)
        intents.push_back(intent::AuditPage{audit.page() + 1});

    ImFont* font = frame.font(ui::FontRole::small);
    const ImU32 ink = ui::to_imu32(p.text);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("audit", 6, flags, {0, ImGui::GetContentRegionAvail().y}))
        return intents;
    ImGui::TableSetupScrollFreeze(0, 1);
    const std::pair<const char*, float> columns[] = {
        {"office.audit.col_id", 0.5f},     {"office.audit.col_at", 1.6f},
        {"office.audit.col_actor", 1.0f},  {"office.audit.col_action", 1.2f},
        {"office.audit.col_target", 1.4f}, {"office.audit.col_detail", 2.5f}};
    for (const auto& [key, weight] : columns)
        ImGui::TableSetupColumn(widget_label(i18n::tr(key, lang), key).c_str(), 0, weight);
    ImGui::TableHeadersRow();
    for (const auto& e : audit.rows()) {
        ImGui::TableNextRow();
        for (const std::string& cell : {std::to_string(e.id), date_time_text(e.at, lang), e.actor,
                                        e.action, e.target, e.detail}) {
            ImGui::TableNextColumn();
            ui::text_label(font, ink, cell);
        }
    }
    ImGui::EndTable();
    return intents;
}

}  // namespace siang::office
