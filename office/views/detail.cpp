// The detail view: everything filed, the timeline and notes on the left; status change with a
// public reply, division assignment and a new tracking code on the right.
#include <cmath>
#include <vector>

#include "i18n/domain_names.hpp"
#include "office/console/local_time.hpp"
#include "office/views/views.hpp"
#include "office/views/widgets.hpp"
#include "text/utf8.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {
namespace {

void labelled_value(const ui::Frame& frame, std::string_view label, std::string_view value,
                    float width) {
    muted_text(frame, label);
    ui::text_wrapped_label(frame.font(ui::FontRole::body), ui::to_imu32(frame.theme.palette.text),
                           value.empty() ? "-" : value, width);
}

// A field's length counted as the store will count it, against the limit it will be held to.
void counter(const ui::Frame& frame, i18n::Lang lang, std::string_view text, std::size_t limit) {
    const std::size_t n = text::count_user_chars(text);
    const ui::Palette& p = frame.theme.palette;
    ui::text_label(frame.font(ui::FontRole::small),
                   ui::to_imu32(n > limit ? p.danger : p.text_muted),
                   i18n::format(i18n::tr("office.detail.counter", lang),
                                {std::to_string(n), std::to_string(limit)}));
}

void draw_filed(const ConsoleController& console, DetailView& form, const ui::Frame& frame,
                const store::CaseDetail& c, Intents& intents) {
    const auto lang = console.lang();
    const ui::Palette& p = frame.theme.palette;
    const auto& dir = console.session().directory();
    const float width = ImGui::GetContentRegionAvail().x - 10.0f;
    ImFont* small = frame.font(ui::FontRole::small);

    ui::text_label(frame.font(ui::FontRole::title), ui::to_imu32(p.text), c.filed.subject);
    std::string line =
        c.number.str() + " · " + std::string(i18n::kind_name(c.filed.kind, lang)) + " · " +
        std::string(i18n::status_name(c.status, lang)) + " · " +
        i18n::format(i18n::tr("office.detail.due", lang), {i18n::date_text(c.due_date, lang)});
    if (c.overdue)
        line = std::string(ui::icon::warning.utf8) + " " + line + " · " +
               std::string(i18n::tr("col.overdue", lang));
    ui::text_label(small, ui::to_imu32(c.overdue ? p.danger : p.text_muted), line);
    if (domain::is_confidential(c.filed.kind))
        ui::text_label(small, ui::to_imu32(p.danger),
                       std::string(ui::icon::security.utf8) + " " +
                           std::string(i18n::tr("office.detail.confidential", lang)));
    ImGui::Spacing();
    section_heading(frame, i18n::tr("office.detail.filed", lang));
    labelled_value(frame, i18n::tr("field.details", lang), c.filed.details, width);
    labelled_value(frame, i18n::tr("field.location", lang), c.filed.location, width);
    const std::string occurred = c.filed.occurred_on
                                     ? i18n::date_text(*c.filed.occurred_on, lang)
                                     : std::string(i18n::tr("office.detail.not_given", lang));
    const std::string facts =
        std::string(i18n::tr("col.filed", lang)) + ": " + date_time_text(c.filed_at, lang) + "   " +
        std::string(i18n::tr("office.detail.occurred", lang)) + ": " + occurred + "   " +
        std::string(i18n::tr("col.service", lang)) + ": " +
        (c.filed.service.empty() ? "-" : i18n::service_name(dir, c.filed.service, lang)) + "   " +
        std::string(i18n::tr("col.division", lang)) + ": " +
        i18n::division_name(dir, c.filed.division, lang);
    ui::text_wrapped_label(small, ui::to_imu32(p.text), facts, width);
    const auto& ct = c.filed.contact;
    std::string contact = std::string(i18n::tr("col.contact", lang)) + ": ";
    if (ct.anonymous()) {
        contact += std::string(i18n::tr("cli.anonymous", lang));
    } else {
        contact += ct.name + " · " + std::string(i18n::tr("col.phone", lang)) + " " + ct.phone;
        if (!ct.email.empty()) contact += " · " + ct.email;
        if (!ct.address.empty()) contact += " · " + ct.address;
    }
    ui::text_wrapped_label(small, ui::to_imu32(p.text), contact, width);

    ImGui::Spacing();
    section_heading(frame, i18n::tr("office.detail.timeline", lang));
    for (const auto& h : c.history) {
        ui::text_label(small, ui::to_imu32(p.text),
                       std::string(ui::icon::schedule.utf8) + " " + date_time_text(h.at, lang) +
                           "  " + std::string(i18n::status_name(h.to, lang)) + "  " +
                           i18n::format(i18n::tr("office.detail.by", lang), {h.actor}));
        auto sub = [&](const char* key, const std::string& text) {
            if (text.empty()) return;
            ImGui::Indent(28.0f);
            ui::text_wrapped_label(small, ui::to_imu32(p.text_muted),
                                   i18n::format(i18n::tr(key, lang), {text}), width - 28.0f);
            ImGui::Unindent(28.0f);
        };
        sub("office.detail.reply", h.public_reply);
        sub("office.detail.reason", h.reason);
        sub("office.detail.internal", h.note);
    }

    ImGui::Spacing();
    section_heading(frame, i18n::tr("office.detail.notes", lang));
    for (const auto& n : c.notes) {
        muted_text(frame, date_time_text(n.at, lang) + "  " +
                              i18n::format(i18n::tr("office.detail.by", lang), {n.actor}));
        ui::text_wrapped_label(small, ui::to_imu32(p.text), n.text, width);
    }
    limited_text_area("new_note", form.new_note, width, 3, &form.new_note_caret_to_end);
    counter(frame, lang, form.new_note.view(), form.new_note.limit);
    if (secondary_button(i18n::tr("office.detail.add_note", lang), "add_note"))
        intents.push_back(intent::AddNote{});
}

void draw_actions(const ConsoleController& console, DetailView& form, ConsoleLayout& layout,
                  const ui::Frame& frame, Intents& intents) {
    const auto lang = console.lang();
    const ui::Palette& p = frame.theme.palette;
    const float width = ImGui::GetContentRegionAvail().x - 10.0f;

    // The last action's message is in the console's reserved band (console_frame.cpp), so
    // nothing here moves when it appears.
    layout.workflow_top = ImGui::GetCursorScreenPos().y;
    section_heading(frame, i18n::tr("office.detail.workflow", lang));
    const auto next = console.desk().next_statuses();
    if (next.empty()) {
        muted_text(frame, i18n::tr("office.detail.final", lang));
    } else {
        std::vector<std::string> names;
        for (auto st : next) names.emplace_back(i18n::status_name(st, lang));
        choice("next_status", names, form.next_status, width);
        const auto to =
            next[static_cast<std::size_t>(std::clamp(form.next_status, 0, int(next.size()) - 1))];
        muted_text(frame, i18n::tr("office.detail.reply_label", lang));
        limited_text_area("reply", form.reply, width, 3);
        counter(frame, lang, form.reply.view(), form.reply.limit);
        if (to == domain::Status::rejected) {
            ui::text_label(frame.font(ui::FontRole::small), ui::to_imu32(p.danger),
                           i18n::tr("office.detail.reason_label", lang));
            limited_text_area("reason", form.reason, width, 2);
            counter(frame, lang, form.reason.view(), form.reason.limit);
        }
        muted_text(frame, i18n::tr("office.detail.note_label", lang));
        limited_text_area("status_note", form.note, width, 2);
        counter(frame, lang, form.note.view(), form.note.limit);
        if (primary_button(i18n::tr("office.detail.save_status", lang), "save_status"))
            intents.push_back(intent::ChangeStatus{to});
    }

    ImGui::Spacing();
    section_heading(frame, i18n::tr("office.detail.assign", lang));
    const auto& dir = console.session().directory();
    std::vector<std::string> divisions;
    for (const auto& d : dir.divisions) divisions.push_back(i18n::division_name(dir, d.code, lang));
    choice("division", divisions, form.division, width * 0.65f);
    ImGui::SameLine();
    if (!dir.divisions.empty() &&
        secondary_button(i18n::tr("office.detail.assign_button", lang), "assign")) {
        const auto& code = dir.divisions[static_cast<std::size_t>(form.division)].code;
        intents.push_back(intent::AssignDivision{code});
    }

    ImGui::Spacing();
    section_heading(frame, i18n::tr("office.detail.reissue", lang));
    muted_text(frame, i18n::tr("office.detail.reissue_hint", lang));
    if (secondary_button(std::string(ui::icon::qr_code.utf8) + " " +
                             std::string(i18n::tr("office.detail.reissue", lang)),
                         "reissue"))
        intents.push_back(intent::AskReissue{});  // confirmed in a modal first
}

// A modal card of `width`, centred on the canvas, without ImGui's title bar (its text would not
// be shaped for Thai). Returns false when it is not open.
bool begin_modal(const char* id, const ui::Frame& frame, float width) {
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    ImGui::SetNextWindowPos({frame.size.x * 0.5f, frame.size.y * 0.5f}, ImGuiCond_Always,
                            {0.5f, 0.5f});
    ImGui::SetNextWindowSize({width, 0.0f});
    // The page behind is dimmed: it cannot be used until the card is answered.
    ImGui::GetStyle().Colors[ImGuiCol_ModalWindowDimBg] = {0.05f, 0.08f, 0.12f, 0.45f};
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {28.0f, 24.0f});
    const bool open =
        ImGui::BeginPopupModal(id, nullptr,
                               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    return open;
}

// Reissuing a code (issue 9 item 5): first a confirmation saying what it does to the citizen's
// code, then the new code, large and grouped, with its QR, shown this once.
void draw_reissue_modals(const ConsoleController& console, const ui::Frame& frame,
                         Intents& intents) {
    const auto lang = console.lang();
    const ui::Palette& p = frame.theme.palette;
    const CaseDesk& desk = console.desk();
    constexpr float width = 680.0f;
    const float inner = width - 56.0f;
    if (desk.reissue_asked() && begin_modal("reissue_confirm", frame, width)) {
        ui::text_label(frame.font(ui::FontRole::heading), ui::to_imu32(p.accent),
                       std::string(ui::icon::qr_code.utf8) + " " +
                           std::string(i18n::tr("office.reissue.confirm_title", lang)));
        ImGui::Spacing();
        ui::text_wrapped_label(frame.font(ui::FontRole::body), ui::to_imu32(p.danger),
                               std::string(ui::icon::warning.utf8) + " " +
                                   std::string(i18n::tr("office.reissue.old_code_dies", lang)),
                               inner);
        if (desk.reissue_warning().undeliverable) {
            ImGui::Spacing();
            ui::text_wrapped_label(frame.font(ui::FontRole::body), ui::to_imu32(p.text),
                                   i18n::tr("office.reissue.anonymous", lang), inner);
        }
        ImGui::Spacing();
        ImGui::Spacing();
        if (primary_button(i18n::tr("office.reissue.confirm", lang), "reissue_yes")) {
            intents.push_back(intent::ConfirmReissue{});
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (secondary_button(i18n::tr("office.reissue.cancel", lang), "reissue_no") ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            intents.push_back(intent::CancelReissue{});
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    const auto& issued = desk.issued();
    if (!issued) return;
    if (!begin_modal("issued_code", frame, width)) return;
    ui::text_label(frame.font(ui::FontRole::heading), ui::to_imu32(p.accent),
                   std::string(ui::icon::qr_code.utf8) + " " +
                       std::string(i18n::tr("office.reissue.new_title", lang)));
    ImGui::Spacing();
    ImFont* big = frame.font(ui::FontRole::title);
    const float code_w = ui::measure_text(big, issued->grouped).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (inner - code_w) * 0.5f);
    ui::text_label(big, ui::to_imu32(p.text), issued->grouped);
    draw_qr_matrix(console.detail_view().issued_qr, 240.0f, inner);
    ImGui::Spacing();
    ui::text_wrapped_label(frame.font(ui::FontRole::body), ui::to_imu32(p.text),
                           i18n::tr("office.reissue.shown_once", lang), inner);
    ImGui::Spacing();
    // Printer hook: the printer issue draws "Print" here when desk.can_print_issued().
    if (primary_button(i18n::tr("office.reissue.done", lang), "issued_done")) {
        intents.push_back(intent::DismissIssued{});
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

Intents draw_detail(const ConsoleController& console, DetailView& form, ConsoleLayout& layout,
                    ui::Frame& frame) {
    const auto lang = console.lang();
    const CaseDesk& desk = console.desk();
    Intents intents;
    if (secondary_button(std::string(ui::icon::arrow_back.utf8) + " " +
                             std::string(i18n::tr("office.detail.back", lang)),
                         "back") ||
        (!ImGui::GetIO().WantTextInput && !desk.reissue_asked() && !desk.issued() &&
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))) {
        intents.push_back(intent::ShowView{ViewId::queue});
        return intents;
    }
    if (!desk.current()) {
        muted_text(frame, i18n::tr("office.detail.none", lang));
        return intents;
    }
    // The case as the desk holds it: actions are intents applied after the frame, so nothing
    // reloads it while it is drawn and no copy is needed.
    const store::CaseDetail& c = *desk.current();
    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::BeginChild("filed", {avail * 0.6f, 0}, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    draw_filed(console, form, frame, c, intents);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("actions", {0, 0}, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    draw_actions(console, form, layout, frame, intents);
    ImGui::EndChild();
    draw_reissue_modals(console, frame, intents);
    return intents;
}

}  // namespace siang::office
