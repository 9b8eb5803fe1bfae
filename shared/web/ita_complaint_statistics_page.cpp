// Statistics of complaints and of corruption complaints for the fiscal year by month, quarter,
// half-year and year: received, completed, in progress, "ไม่มีเรื่องร้องเรียน" for an empty period,
// and when the figures were drawn. The counts are the report's (reports::build_ita_report);
// corruption complaints appear as numbers only.
#include "reports/ita_summary_page.hpp"
#include "web/ita_layout.hpp"

namespace siang::web {
namespace {

using reports::PeriodStats;

reports::Counts of_kind(const PeriodStats& p, domain::Kind kind) {
    for (const auto& b : p.by_kind)
        if (b.key == domain::kind_id(kind)) return b.counts;
    return {};
}

enum class Span { month, quarter, half, year };

Span span_of(const PeriodStats& p) {
    if (p.id.starts_with("FY")) return Span::year;
    if (p.id.starts_with("H")) return Span::half;
    if (p.id.starts_with("Q")) return Span::quarter;
    return Span::month;
}

std::string section(const ItaPageInput& in, domain::Kind kind, std::string_view title_key) {
    using namespace ita;
    const auto l = in.lang;
    std::string out;
    std::string heading = "<h2>" + t(title_key, l) + "</h2>\n";  // kept with the first table
    for (auto [span, key] : {std::pair{Span::month, "web.ita.stats.by_month"},
                             std::pair{Span::quarter, "web.ita.stats.by_quarter"},
                             std::pair{Span::half, "web.ita.stats.by_half"},
                             std::pair{Span::year, "web.ita.stats.by_year"}}) {
        std::vector<CountsRow> rows;
        for (const PeriodStats& p : in.report->periods)
            if (span_of(p) == span)
                rows.push_back({reports::period_label(*in.report, p, l), of_kind(p, kind),
                                has_begun(p, in)});
        out += block(heading + "<h3>" + t(key, l) + "</h3>\n",
                     counts_table(i18n::tr("col.period", l), rows, "web.ita.stats.none", l));
        heading.clear();
    }
    return out;
}

}  // namespace

std::string ita_complaint_statistics_page(const ItaPageInput& in) {
    using namespace ita;
    const auto l = in.lang;
    std::string body = "<p class=\"drawn\">" + drawn_at_html(in) + "</p>\n";
    // Before any figure, so whoever reads or prints the page sees which ones are short.
    if (const std::string note = reports::withheld_note(*in.report, l); !note.empty())
        body += "<p class=\"note\">" + reports::html_escape(note) + "</p>\n";
    body += "<p class=\"note\">" + t("web.ita.stats.definitions", l) + "</p>\n";
    body += section(in, domain::Kind::complaint, "web.ita.stats.complaints");
    body += section(in, domain::Kind::corruption, "web.ita.stats.corruption");
    body += "<p class=\"note\">" + t("stats.corruption_note", l) + "</p>\n";
    return document(ItaPage::complaint_statistics, in, i18n::tr("web.ita.stats.title", l), body);
}

}  // namespace siang::web
