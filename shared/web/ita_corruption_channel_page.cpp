// The corruption-complaint channel and its handling guideline: how to file (the kiosk, the phone
// page, the office's address and phone when configured), anonymity and protection, the steps, the
// responsible unit and the time frame. The texts are the kiosk's own (i18n::corruption_notice).
#include "i18n/domain_names.hpp"
#include "i18n/notice_texts.hpp"
#include "reports/ita_summary_page.hpp"
#include "web/ita_layout.hpp"

namespace siang::web {

std::string ita_corruption_channel_page(const ItaPageInput& in) {
    using namespace ita;
    using reports::html_escape;
    const auto l = in.lang;
    const config::Config& c = *in.config;
    const bool th = l == i18n::Lang::th;
    const i18n::CorruptionNotice notice = i18n::corruption_notice(c, l);

    std::string body = "<h2>" + t("web.ita.corruption.channels", l) + "</h2>\n<ul>\n";
    body += "<li>" +
            html_escape(i18n::format(i18n::tr("web.ita.corruption.kiosk", l),
                                     {municipality(in), i18n::kind_name(domain::Kind::corruption, l)})) +
            "</li>\n";
    // The phone page lives on the office's server: linked only where the receipts point.
    if (!c.tracking_base_url.empty())
        body += "<li>" + t("web.ita.corruption.track_link", l) + " <a href=\"" +
                html_escape(c.tracking_base_url) + "\">" + html_escape(c.tracking_base_url) +
                "</a></li>\n";
    else
        body += "<li>" + t("web.ita.corruption.track_qr", l) + "</li>\n";
    const std::string& address = th ? c.municipality.address_th : c.municipality.address_en;
    if (!address.empty())
        body += "<li>" +
                html_escape(i18n::format(i18n::tr("web.ita.corruption.office", l), {address})) +
                "</li>\n";
    if (!c.municipality.phone.empty())
        body += "<li>" +
                html_escape(i18n::format(i18n::tr("web.ita.corruption.phone", l),
                                         {c.municipality.phone})) +
                "</li>\n";
    body += "</ul>\n<h2>" + t("web.ita.corruption.protection", l) + "</h2>\n";
    for (const std::string& p : notice.paragraphs) body += "<p>" + html_escape(p) + "</p>\n";
    body += "<p>" + html_escape(notice.tracking) + "</p>\n";
    body += "<h2>" + html_escape(notice.guideline_title) + "</h2>\n<ol class=\"steps\">\n";
    for (const std::string& s : notice.steps) body += "<li>" + html_escape(s) + "</li>\n";
    body += "</ol>\n<p>" + html_escape(notice.unit) + "</p>\n<p>" + html_escape(notice.time_frame) +
            "</p>\n<p class=\"note\">" + t("web.ita.corruption.statistics", l) + " <a href=\"" +
            href(ItaPage::complaint_statistics, in) + "\">" + t("web.ita.stats.title", l) +
            "</a></p>\n";
    return document(ItaPage::corruption_channel, in, i18n::tr("web.ita.corruption.title", l), body);
}

}  // namespace siang::web
