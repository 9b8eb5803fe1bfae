// The year's integrity measures (config [integrity], the ITA plan's measure 6), in order.
#include "reports/ita_summary_page.hpp"
#include "web/ita_layout.hpp"

namespace siang::web {

std::string ita_integrity_measures_page(const ItaPageInput& in) {
    using namespace ita;
    const auto l = in.lang;
    const auto& m = in.config->integrity;
    std::string body =
        "<p>" +
        reports::html_escape(i18n::format(i18n::tr("web.ita.integrity.intro", l),
                                          {municipality(in),
                                           std::to_string(in.report->fiscal_year_be)})) +
        "</p>\n<ol class=\"steps\">\n";
    for (const std::string& s : l == i18n::Lang::th ? m.measures_th : m.measures_en)
        body += "<li>" + reports::html_escape(s) + "</li>\n";
    body += "</ol>\n";
    return document(ItaPage::integrity_measures, in, i18n::tr("web.ita.integrity.title", l), body);
}

}  // namespace siang::web
