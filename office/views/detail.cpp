// The detail view: everything filed, the timeline and notes on the left; status change with a
// public reply, division assignment and a new tracking code on the right.
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

void say(OfficeState& state, const Result<void>& r) {
    state.detail_form.message_is_error = !r;
    state.detail_form.message =
        r ? std::string(i18n::tr("office.detail.saved", state.lang)) : error_text(state, r.error());
}

void draw_filed(OfficeState& state, const ui::Frame& frame, const store::CaseDetail& c) {
    const auto lang = state.lang;
    const ui::Palette& p = frame.theme.palette;
    const auto& dir = state.session.directory();
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
    auto& form = state.detail_form;
    text_area("new_note", form.new_note.c_str(), form.new_note.data.size(), width, 3);
    counter(frame, lang, form.new_note.view(), domain::staff_note_limit);
    if (secondary_button(i18n::tr("office.detail.add_note", lang), "add_note")) {
        auto r = state.desk.add_note(state.session.store(), state.session.viewer(),
                                     form.new_note.view());
        if (r) form.new_note.clear();
        say(state, r);
    }
}

void draw_actions(OfficeState& state, const ui::Frame& frame, const store::CaseDetail& c) {
    const auto lang = state.lang;
    const ui::Palette& p = frame.theme.palette;
    auto& form = state.detail_form;
    auto& s = state.session;
    const float width = ImGui::GetContentRegionAvail().x - 10.0f;

    if (auto code = state.desk.take_new_code()) {
        // Shown on this frame and kept on screen until the case changes; never stored again.
        form.message =
            std::string(i18n::tr("office.detail.new_code", lang)) + ": " + code->grouped();
        form.message_is_error = false;
    }
    if (!form.message.empty()) {
        ui::text_wrapped_label(frame.font(ui::FontRole::heading),
                               ui::to_imu32(form.message_is_error ? p.danger : p.accent),
                               form.message, width);
    }

    section_heading(frame, i18n::tr("office.detail.workflow", lang));
    const auto next = state.desk.next_statuses();
    if (next.empty()) {
        muted_text(frame, i18n::tr("office.detail.final", lang));
    } else {
        std::vector<std::string> names;
        for (auto st : next) names.emplace_back(i18n::status_name(st, lang));
        choice("next_status", names, form.next_status, width);
        const auto to =
            next[static_cast<std::size_t>(std::clamp(form.next_status, 0, int(next.size()) - 1))];
        muted_text(frame, i18n::tr("office.detail.reply_label", lang));
        text_area("reply", form.reply.c_str(), form.reply.data.size(), width, 3);
        counter(frame, lang, form.reply.view(), domain::public_reply_limit);
        if (to == domain::Status::rejected) {
            ui::text_label(frame.font(ui::FontRole::small), ui::to_imu32(p.danger),
                           i18n::tr("office.detail.reason_label", lang));
            text_area("reason", form.reason.c_str(), form.reason.data.size(), width, 2);
            counter(frame, lang, form.reason.view(), domain::reason_limit);
        }
        muted_text(frame, i18n::tr("office.detail.note_label", lang));
        text_area("status_note", form.note.c_str(), form.note.data.size(), width, 2);
        counter(frame, lang, form.note.view(), domain::staff_note_limit);
        if (primary_button(i18n::tr("office.detail.save_status", lang), "save_status")) {
            StatusForm f{to, std::string(form.note.view()), std::string(form.reply.view()),
                         std::string(form.reason.view())};
            auto r = state.desk.change_status(s.store(), s.viewer(), f);
            if (r) form.reset_status_fields();
            say(state, r);
        }
    }

    ImGui::Spacing();
    section_heading(frame, i18n::tr("office.detail.assign", lang));
    const auto& dir = s.directory();
    std::vector<std::string> divisions;
    for (const auto& d : dir.divisions) divisions.push_back(i18n::division_name(dir, d.code, lang));
    choice("division", divisions, form.division, width * 0.65f);
    ImGui::SameLine();
    if (!dir.divisions.empty() &&
        secondary_button(i18n::tr("office.detail.assign_button", lang), "assign")) {
        const auto& code = dir.divisions[static_cast<std::size_t>(form.division)].code;
        say(state, state.desk.assign_division(s.store(), s.viewer(), code));
    }

    ImGui::Spacing();
    section_heading(frame, i18n::tr("office.detail.reissue", lang));
    muted_text(frame, i18n::tr("office.detail.reissue_hint", lang));
    if (secondary_button(std::string(ui::icon::qr_code.utf8) + " " +
                             std::string(i18n::tr("office.detail.reissue", lang)),
                         "reissue")) {
        auto r = state.desk.reissue_code(s.store(), s.viewer());
        if (!r) say(state, r);
    }
    (void)c;
}

}  // namespace

void draw_detail(OfficeState& state, ui::Frame& frame) {
    const auto lang = state.lang;
    const auto& current = state.desk.current();
    if (secondary_button(std::string(ui::icon::arrow_back.utf8) + " " +
                             std::string(i18n::tr("office.detail.back", lang)),
                         "back") ||
        (!ImGui::GetIO().WantTextInput &&
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))) {
        show_view(state, ViewId::queue);
        return;
    }
    if (!current) {
        muted_text(frame, i18n::tr("office.detail.none", lang));
        return;
    }
    const store::CaseDetail c = *current;  // actions reload the case while drawing
    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::BeginChild("filed", {avail * 0.6f, 0}, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    draw_filed(state, frame, c);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("actions", {0, 0}, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    draw_actions(state, frame, c);
    ImGui::EndChild();
}

}  // namespace siang::office
