// The e-service catalogue with target times, straight from the configured directory: the same
// days that set each request's due date (domain::target_days).
#include "i18n/domain_names.hpp"
#include "reports/ita_summary_page.hpp"
#include "web/ita_layout.hpp"

namespace siang::web {

std::string ita_eservice_catalogue_page(const ItaPageInput& in) {
    using namespace ita;
    using reports::html_escape;
    const auto l = in.lang;
    const domain::Directory& dir = in.config->directory;
    auto days = [l](int n) {
        return html_escape(i18n::format(i18n::tr("web.ita.catalogue.days", l), {std::to_string(n)}));
    };
    std::string body =
        "<p>" +
        html_escape(i18n::format(i18n::tr("web.ita.catalogue.how", l),
                                 {municipality(in), i18n::kind_name(domain::Kind::eservice, l)})) +
        "</p>\n<h2>" + t("web.ita.catalogue.title", l) + "</h2>\n<table><thead><tr><th scope=\"col\">" +
        t("col.service", l) + "</th><th scope=\"col\">" + t("col.division", l) +
        "</th><th scope=\"col\">" + t("web.ita.catalogue.target", l) + "</th></tr></thead><tbody>\n";
    for (const domain::Service& s : dir.services)
        body += "<tr><td>" + pick(s.name_th, s.name_en, l) + "</td><td>" +
                html_escape(i18n::division_name(dir, s.division, l)) + "</td><td>" +
                days(domain::target_days(dir, domain::Kind::eservice, s.code)) + "</td></tr>\n";
    body += "<tr><td>" + t("web.ita.catalogue.other", l) + "</td><td></td><td>" +
            days(domain::target_days(dir, domain::Kind::complaint, "")) + "</td></tr>\n";
    body += "</tbody></table>\n";
    return document(ItaPage::eservice_catalogue, in, i18n::tr("web.ita.catalogue.title", l), body);
}

}  // namespace siang::web
