// The statistics view: a fiscal year's ITA counts by period, kind, service and division, with
// CSV / Excel / printable exports (each audited).
#include <vector>

#include "i18n/domain_names.hpp"
#include "office/views/views.hpp"
#include "office/views/widgets.hpp"
#include "ui/icons.hpp"
#include "ui/text_draw.hpp"

namespace siang::office {
namespace {

std::string name_of(const auto& item, i18n::Lang lang) {
    return lang == i18n::Lang::th ? item.name_th : item.name_en;
}

// A table of names and the three counts; zeros are written out, never left blank.
template <class Items, class Name, class CountsOf>
void counts_table(const char* id, const ui::Frame& frame, i18n::Lang lang, std::string_view head,
                  const Items& items, Name name, CountsOf counts, float height = 0) {
    ImFont* font = frame.font(ui::FontRole::small);
    const ImU32 ink = ui::to_imu32(frame.theme.palette.text);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp |
                                  (height > 0 ? ImGuiTableFlags_ScrollY : 0);
    if (!ImGui::BeginTable(id, 4, flags, {0, height})) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(widget_label(head, "h").c_str(), 0, 2.6f);
    for (const char* key : {"col.received", "col.completed", "col.in_progress"})
        ImGui::TableSetupColumn(widget_label(i18n::tr(key, lang), key).c_str(), 0, 1.0f);
    ImGui::TableHeadersRow();
    for (const auto& item : items) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ui::text_label(font, ink, name(item));
        const reports::Counts& c = counts(item);
        for (auto v : {c.received, c.completed, c.in_progress}) {
            ImGui::TableNextColumn();
            ui::text_label(font, ink, std::to_string(v));
        }
    }
    ImGui::EndTable();
}

void draw_exports(i18n::Lang lang, Intents& intents) {
    struct Button {
        ExportFormat format;
        const char* key;
    };
    for (const Button b : {Button{ExportFormat::csv, "office.stats.export_csv"},
                           Button{ExportFormat::xlsx, "office.stats.export_xlsx"},
                           Button{ExportFormat::html, "office.stats.export_html"}}) {
        ImGui::SameLine();
        if (secondary_button(
                std::string(ui::icon::description.utf8) + " " + std::string(i18n::tr(b.key, lang)),
                b.key))
            intents.push_back(intent::Export{b.format});
    }
}

}  // namespace

Intents draw_stats(const ConsoleController& console, ui::Frame& frame) {
    const auto lang = console.lang();
    Intents intents;
    const int current_fy = domain::fiscal_year_be(domain::local_date(
        std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now())));
    const int shown_fy =
        console.stats_view().fiscal_year == 0 ? current_fy : console.stats_view().fiscal_year;
    std::vector<std::string> years;
    for (int fy = current_fy; fy > current_fy - 6; --fy) years.push_back(std::to_string(fy));
    int index = current_fy - shown_fy;
    muted_text(frame, i18n::tr("office.stats.fiscal_year", lang));
    ImGui::SameLine();
    if (choice("fy", years, index, 120.0f))
        intents.push_back(intent::ChooseFiscalYear{current_fy - index});
    draw_exports(lang, intents);
    // An export's message shows in the console's reserved band (console_frame.cpp).
    const auto& report = console.stats().report();
    if (!report) return intents;

    const ui::Palette& p = frame.theme.palette;
    ui::text_label(
        frame.font(ui::FontRole::heading), ui::to_imu32(p.accent),
        i18n::format(i18n::tr("stats.title", lang), {name_of(report->periods.front(), lang)}));
    muted_text(frame, std::string(ui::icon::shield.utf8) + " " +
                          std::string(i18n::tr("stats.corruption_note", lang)));
    // The report says when the store left this month's corruption complaints out for this viewer
    // (reports::load_ita_report), the same note every export carries.
    if (const std::string note = reports::withheld_note(*report, lang); !note.empty())
        ui::text_wrapped_label(frame.font(ui::FontRole::small),
                               ui::to_imu32(frame.theme.palette.text_muted), note);

    const float avail = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetContentRegionAvail().y;
    ImGui::BeginChild("periods", {avail * 0.42f, height}, false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding);
    section_heading(frame, i18n::tr("office.stats.period", lang));
    counts_table(
        "by_period", frame, lang, i18n::tr("col.period", lang), report->periods,
        [&](const reports::PeriodStats& ps) { return reports::period_label(*report, ps, lang); },
        [](const reports::PeriodStats& ps) -> const reports::Counts& { return ps.total; },
        ImGui::GetContentRegionAvail().y);  // what the heading left: the card never scrolls
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("breakdowns", {0, height}, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    const auto& fy = report->periods.front();
    auto name = [&](const reports::Breakdown& b) { return name_of(b, lang); };
    auto counts = [](const reports::Breakdown& b) -> const reports::Counts& { return b.counts; };
    section_heading(frame, std::string(i18n::tr("stats.by_kind", lang)) +
                               (reports::lacks_withheld(*report, fy) ? " *" : ""));
    counts_table("by_kind", frame, lang, i18n::tr("col.kind", lang), fy.by_kind, name, counts);
    section_heading(frame, i18n::tr("stats.by_service", lang));
    counts_table("by_service", frame, lang, i18n::tr("col.service", lang), fy.by_service, name,
                 counts);
    section_heading(frame, i18n::tr("stats.by_division", lang));
    counts_table("by_division", frame, lang, i18n::tr("col.division", lang), fy.by_division, name,
                 counts);
    ImGui::EndChild();
    return intents;
}

}  // namespace siang::office
