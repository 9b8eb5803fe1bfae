// The printable HTML summary of the ITA statistics.
#include "reports/ita_summary_page.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/output_file.hpp"

namespace siang::reports {
namespace {

constexpr std::string_view style = R"(<style>
@page { size: A4; margin: 15mm; }
body { font-family: "Laksaman", "TH Sarabun New", "Loma", sans-serif; font-size: 14pt; color: #1b1b1b; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 16pt; margin: 8mm 0 2mm; border-bottom: 1px solid #999; }
p.meta { margin: 0 0 4mm; color: #444; }
p.note { margin: 0 0 4mm; padding: 2mm 3mm; border-left: 3px solid #b45309; font-weight: bold; }
table { border-collapse: collapse; width: 100%; page-break-inside: avoid; }
th, td { border: 1px solid #888; padding: 1mm 2mm; }
th { background: #e8eef5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; }
</style>)";

const std::string& pick(const std::string& th, const std::string& en, i18n::Lang lang) {
    return lang == i18n::Lang::th ? th : en;
}

void table(std::string& out, const std::vector<Breakdown>& rows, const Counts& total,
           std::string_view first_heading, i18n::Lang lang) {
    out += "<table><tr><th>" + html_escape(first_heading) + "</th><th>" +
           html_escape(i18n::tr("col.received", lang)) + "</th><th>" +
           html_escape(i18n::tr("col.completed", lang)) + "</th><th>" +
           html_escape(i18n::tr("col.in_progress", lang)) + "</th></tr>\n";
    auto row = [&](std::string_view name, const Counts& c, bool is_total) {
        out += is_total ? "<tr class=\"total\"><td>" : "<tr><td>";
        out += html_escape(name) + "</td><td class=\"n\">" + std::to_string(c.received) +
               "</td><td class=\"n\">" + std::to_string(c.completed) + "</td><td class=\"n\">" +
               std::to_string(c.in_progress) + "</td></tr>\n";
    };
    for (const Breakdown& b : rows) row(pick(b.name_th, b.name_en, lang), b.counts, false);
    row(i18n::tr("col.total", lang), total, true);
    out += "</table>\n";
}

}  // namespace

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string ita_summary_html(const ItaReport& report, std::string_view municipality,
                             std::string_view generated_on, i18n::Lang lang) {
    const PeriodStats& fy = report.periods.front();
    const std::string title =
        i18n::format(i18n::tr("stats.title", lang), {pick(fy.name_th, fy.name_en, lang)});
    std::string out = "<!DOCTYPE html>\n<html lang=\"" +
                      std::string(i18n::lang_id(lang)) +
                      "\"><head><meta charset=\"utf-8\"><title>" + html_escape(title) + "</title>" +
                      std::string(style) + "</head><body>\n";
    out += "<h1>" + html_escape(municipality) + "</h1>\n<p class=\"meta\">" + html_escape(title) +
           " · " + html_escape(generated_on) + "</p>\n";
    // Before any figure, so whoever reads or publishes the page sees which ones are short.
    if (const std::string note = withheld_note(report, lang); !note.empty())
        out += "<p class=\"note\">" + html_escape(note) + "</p>\n";
    for (const PeriodStats& p : report.periods) {
        if (p.id.size() > 4 && p.id[4] == '-') continue;  // months get one table below
        out += "<h2>" + html_escape(period_label(report, p, lang)) + "</h2>\n";
        table(out, p.by_kind, p.total, i18n::tr("stats.by_kind", lang), lang);
    }
    out += "<h2>" + html_escape(i18n::tr("stats.by_service", lang)) + " · " +
           html_escape(period_label(report, fy, lang)) + "</h2>\n";
    table(out, fy.by_service, fy.total, i18n::tr("col.service", lang), lang);
    out += "<h2>" + html_escape(i18n::tr("stats.by_division", lang)) + " · " +
           html_escape(period_label(report, fy, lang)) + "</h2>\n";
    table(out, fy.by_division, fy.total, i18n::tr("col.division", lang), lang);
    std::vector<Breakdown> months;
    for (const PeriodStats& p : report.periods)
        if (p.id.size() > 4 && p.id[4] == '-')
            months.push_back({p.id, period_label(report, p, i18n::Lang::th),
                              period_label(report, p, i18n::Lang::en), p.total});
    out += "<h2>" + html_escape(i18n::tr("stats.by_month", lang)) + "</h2>\n";
    table(out, months, fy.total, i18n::tr("col.period", lang), lang);
    out += "<p class=\"meta\">" + html_escape(i18n::tr("stats.corruption_note", lang)) + "</p>\n";
    out += "</body></html>\n";
    return out;
}

Result<void> write_ita_summary_page(const ItaReport& report, std::string_view municipality,
                                    std::string_view generated_on, OutputFile& file,
                                    i18n::Lang lang) {
    return file.write(ita_summary_html(report, municipality, generated_on, lang));
}

}  // namespace siang::reports
