// /ita/ (index.html): what the ITA pages publish, one link and one line each.
#include "reports/ita_summary_page.hpp"
#include "web/ita_layout.hpp"

namespace siang::web {

std::string ita_index_page(const ItaPageInput& in) {
    using namespace ita;
    const auto l = in.lang;
    struct Entry {
        ItaPage page;
        std::string title, summary;
    };
    const std::string fy = std::to_string(in.report->fiscal_year_be);
    const Entry entries[] = {
        {ItaPage::corruption_channel, t("web.ita.corruption.title", l),
         t("web.ita.corruption.summary", l)},
        {ItaPage::complaint_statistics, t("web.ita.stats.title", l), t("web.ita.stats.summary", l)},
        {ItaPage::eservice_statistics, t("web.ita.eservice_stats.title", l),
         t("web.ita.eservice_stats.summary", l)},
        {ItaPage::eservice_catalogue, t("web.ita.catalogue.title", l),
         t("web.ita.catalogue.summary", l)},
        {ItaPage::privacy_notice, t("web.ita.privacy.title", l), t("web.ita.privacy.summary", l)},
        {ItaPage::integrity_measures, t("web.ita.integrity.title", l),
         t("web.ita.integrity.summary", l)},
    };
    std::string body = "<p>" + t("web.ita.index.intro", l) + "</p>\n<h2>" +
                       t("web.ita.index.contents", l) + "</h2>\n<ul class=\"pages\">\n";
    for (const Entry& e : entries)
        body += "<li><a href=\"" + href(e.page, in) + "\">" + e.title + "</a><br><span class=\"note\">" +
                e.summary + "</span></li>\n";
    body += "</ul>\n";
    return document(ItaPage::index, in, i18n::tr("web.ita.index.title", l), body);
}

}  // namespace siang::web
