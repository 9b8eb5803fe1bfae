// The privacy notice as the kiosk shows it (i18n::privacy_notice_paragraphs: the configured text
// or the catalogue's standard one), so the website and the kiosk never disagree.
#include "i18n/notice_texts.hpp"
#include "reports/ita_summary_page.hpp"
#include "web/ita_layout.hpp"

namespace siang::web {

std::string ita_privacy_notice_page(const ItaPageInput& in) {
    using namespace ita;
    const auto l = in.lang;
    std::string body = "<p class=\"note\">" + t("web.ita.privacy.summary", l) + "</p>\n";
    for (const std::string& p : i18n::privacy_notice_paragraphs(*in.config, l))
        body += "<p>" + reports::html_escape(p) + "</p>\n";
    return document(ItaPage::privacy_notice, in, i18n::tr("web.ita.privacy.title", l), body);
}

}  // namespace siang::web
