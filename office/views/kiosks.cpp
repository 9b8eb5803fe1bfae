// The admin's kiosks view (issue 12 item 4): each kiosk's last contact, backlog and state, the
// filings the server set aside, a new kiosk's one-time enrolment QR, and revocation.
#include <algorithm>
#include <string>

#include "office/console/local_time.hpp"
#include "office/console/server_trust.hpp"
#include "office/views/views.hpp"
#include "office/views/widgets.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {
namespace {

std::string state_text(const KioskRow& r, i18n::Lang lang) {
    if (r.revoked) return std::string(i18n::tr("office.kiosks.revoked", lang));
    switch (r.trouble) {
        case KioskTrouble::silent:
            return std::string(ui::icon::warning.utf8) + " " +
                   std::string(i18n::tr("office.kiosks.silent", lang));
        case KioskTrouble::backlog:
            return std::string(ui::icon::warning.utf8) + " " +
                   std::string(i18n::tr("office.kiosks.stuck", lang));
        case KioskTrouble::none:
            break;
    }
    return std::string(i18n::tr(r.waiting ? "office.kiosks.sending" : "office.kiosks.ok", lang));
}

// A failed, stale or unreadable nightly backup, above everything else on the admin's page.
void draw_backup_trouble(const store::BackupRecord& b, i18n::Lang lang, const ui::Frame& frame) {
    const char* key = b.state == store::BackupState::failed  ? "office.kiosks.backup_failed"
                      : b.state == store::BackupState::stale ? "office.kiosks.backup_stale"
                                                             : "office.kiosks.backup_unreadable";
    const std::string text = std::string(ui::icon::warning.utf8) + " " +
                             i18n::format(i18n::tr(key, lang), {std::to_string(b.age_hours)});
    ui::text_wrapped_label(frame.font(ui::FontRole::body), ui::to_imu32(frame.theme.palette.danger),
                           text);
    ImGui::Spacing();
}

// The enrolment just made, shown this once: QR on the left, what it says on the right.
void draw_enrolment(const EnrolmentShown& e, i18n::Lang lang, const ui::Frame& frame,
                    Intents& intents) {
    const ui::Palette& p = frame.theme.palette;
    ImFont* font = frame.font(ui::FontRole::small);
    ImFont* mono = frame.font(ui::FontRole::body);
    section_heading(frame, i18n::format(i18n::tr("office.kiosks.enrol_title", lang),
                                        {e.offer.name, date_time_text(e.offer.expires_at, lang)}));
    ImGui::BeginGroup();
    draw_qr_matrix(e.qr, 260.0f, 280.0f);
    ImGui::EndGroup();
    ImGui::SameLine(0, 30.0f);
    ImGui::BeginGroup();
    const ImU32 ink = ui::to_imu32(p.text);
    ui::text_label(
        mono, ink,
        i18n::format(i18n::tr("office.kiosks.enrol_code", lang), {e.offer.enrolment_code}));
    ui::text_label(font, ink,
                   i18n::format(i18n::tr("office.kiosks.enrol_url", lang), {e.offer.url}));
    ui::text_label(font, ink, i18n::tr("office.kiosks.enrol_fp", lang));
    std::string grouped = group_fingerprint(e.offer.fingerprint, 8);
    for (std::size_t at = 0; at <= grouped.size();) {
        const std::size_t nl = std::min(grouped.find('\n', at), grouped.size());
        ui::text_label(mono, ink, grouped.substr(at, nl - at));
        at = nl + 1;
    }
    ImGui::Spacing();
    if (primary_button(i18n::tr("office.kiosks.enrol_done", lang), "enrol_done"))
        intents.push_back(intent::DismissEnrolment{});
    ImGui::EndGroup();
}

}  // namespace

Intents draw_kiosks(const ConsoleController& console, KiosksView& form, ui::Frame& frame) {
    const auto lang = console.lang();
    const ui::Palette& p = frame.theme.palette;
    Intents intents;
    const KioskWatch& watch = console.kiosks();
    if (const auto& e = watch.enrolment()) {
        draw_enrolment(*e, lang, frame, intents);
        return intents;  // the one-time code has the page to itself until dismissed
    }
    section_heading(frame, i18n::tr("office.kiosks.title", lang));
    ImFont* font = frame.font(ui::FontRole::small);
    const ImU32 ink = ui::to_imu32(p.text);
    if (const auto& b = watch.backup_trouble()) draw_backup_trouble(*b, lang, frame);
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
    const auto rows = watch.rows(now, lang);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    // As tall as its rows (a revoke button each), up to half the page, then it scrolls.
    const float row_h = ImGui::GetFrameHeight() + 2.0f * ImGui::GetStyle().CellPadding.y + 1.0f;
    const float table_h = std::min(ImGui::GetContentRegionAvail().y * 0.5f,
                                   row_h * static_cast<float>(rows.size() + 1) + 4.0f);
    if (ImGui::BeginTable("kiosks", 5, flags, {0, table_h})) {
        ImGui::TableSetupScrollFreeze(0, 1);
        for (const char* key : {"office.kiosks.col_name", "office.kiosks.col_contact",
                                "office.kiosks.col_backlog", "office.kiosks.col_state"})
            ImGui::TableSetupColumn(widget_label(i18n::tr(key, lang), key).c_str());
        ImGui::TableSetupColumn("##revoke", ImGuiTableColumnFlags_WidthFixed, 140.0f);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const KioskRow& r = rows[i];
            const ImU32 state_ink = r.trouble != KioskTrouble::none ? ui::to_imu32(p.danger)
                                    : r.revoked                     ? ui::to_imu32(p.text_muted)
                                                                    : ink;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ui::text_label(font, ink, r.name);
            ImGui::TableNextColumn();
            ui::text_label(font, ink, r.last_contact);
            ImGui::TableNextColumn();
            ui::text_label(font, ink, r.backlog);
            ImGui::TableNextColumn();
            ui::text_label(font, state_ink, state_text(r, lang));
            ImGui::TableNextColumn();
            if (!r.revoked && secondary_button(i18n::tr("office.kiosks.revoke", lang),
                                               "revoke" + std::to_string(i)))
                intents.push_back(intent::RevokeKiosk{r.name});
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    text_field("kiosk_name", i18n::tr("office.kiosks.new_name", lang), form.new_name.c_str(), 64,
               280.0f);
    ImGui::SameLine();
    if (primary_button(i18n::tr("office.kiosks.add", lang), "add_kiosk"))
        intents.push_back(intent::AddKiosk{});

    const auto& q = watch.quarantined();
    ImGui::Spacing();
    section_heading(frame, i18n::format(i18n::tr("office.kiosks.quarantine", lang),
                                        {std::to_string(q.size())}));
    for (const auto& f : q) {
        const std::string why = f.field.empty() ? f.error : f.error + " (" + f.field + ")";
        ui::text_label(
            font, ink,
            i18n::format(i18n::tr("office.kiosks.quarantine_row", lang),
                         {f.uuid.substr(0, 8), f.kiosk, date_time_text(f.received_at, lang), why}));
    }
    return intents;
}

}  // namespace siang::office
