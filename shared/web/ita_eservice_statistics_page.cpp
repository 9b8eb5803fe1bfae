// Statistics of e-service requests by service for the fiscal year and each half-year, from the
// report's e-service-only breakdown (reports::PeriodStats::eservice_by_service).
#include "reports/ita_summary_page.hpp"
#include "web/ita_layout.hpp"

namespace siang::web {

std::string ita_eservice_statistics_page(const ItaPageInput& in) {
    using namespace ita;
    const auto l = in.lang;
    std::string body = "<p class=\"drawn\">" + drawn_at_html(in) + "</p>\n";
    body += "<p class=\"note\">" + t("web.ita.stats.definitions", l) + "</p>\n";
    for (const reports::PeriodStats& p : in.report->periods) {
        if (!p.id.starts_with("FY") && !p.id.starts_with("H")) continue;
        const bool begun = has_begun(p, in);
        std::vector<CountsRow> rows;
        reports::Counts total;
        for (const reports::Breakdown& b : p.eservice_by_service) {
            rows.push_back({l == i18n::Lang::th ? b.name_th : b.name_en, b.counts, begun});
            total.received += b.counts.received;
            total.completed += b.counts.completed;
            total.in_progress += b.counts.in_progress;
        }
        rows.push_back({std::string(i18n::tr("col.total", l)), total, begun});
        body += block("<h2>" + reports::html_escape(reports::period_label(*in.report, p, l)) + "</h2>\n",
                      counts_table(i18n::tr("col.service", l), rows, "web.ita.eservice_stats.none", l));
    }
    return document(ItaPage::eservice_statistics, in, i18n::tr("web.ita.eservice_stats.title", l),
                    body);
}

}  // namespace siang::web
