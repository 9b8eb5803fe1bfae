// GET /ita/ (issue 14 item 2, first step): the fiscal year's ITA statistics as the printable
// summary page the console exports (reports::ita_summary_html over reports::load_ita_report:
// the same counts, not recounted). Read as a viewer without confidential access, so the month in
// progress leaves corruption complaints out (and says so); corruption appears as counts only.
#include <charconv>

#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"
#include "reports/ita_stats.hpp"
#include "reports/ita_summary_page.hpp"
#include "server/public/public_site.hpp"

namespace siang::server::public_site {

namespace {

http::Response ita_page(int status, std::string body) { return html_response(status, std::move(body)); }

http::Response ita_stats(PublicContext& ctx, const http::Request& req) {
    const auto lang = req.query.contains("lang") && req.query.at("lang") == "en" ? i18n::Lang::en
                                                                                  : i18n::Lang::th;
    const auto now = ctx.now();
    int fy = domain::fiscal_year_be(domain::local_date(now));
    if (auto it = req.query.find("fiscal_year"); it != req.query.end()) {
        int v = 0;
        const auto& t = it->second;
        auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        if (ec != std::errc{} || p != t.data() + t.size() || v < 2400 || v > 2700)
            return ita_page(400, "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>400</title></head>"
                                 "<body><p>" + reports::html_escape(i18n::report_error(
                                     Error{.code = Errc::invalid_argument, .detail = "fiscal_year"}, lang)) +
                                 "</p></body></html>\n");
        fy = v;
    }
    auto s = ctx.pool->borrow();
    auto report = reports::load_ita_report(*s, store::Viewer{.actor = "public", .may_see_confidential = false},
                                           fy, ctx.config.directory, now);
    s.release();
    if (!report)
        return ita_page(503, "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>503</title></head>"
                             "<body><p>" + reports::html_escape(i18n::report_error(report.error(), lang)) +
                             "</p></body></html>\n");
    const auto& m = ctx.config.municipality;
    return ita_page(200, reports::ita_summary_html(*report, lang == i18n::Lang::th ? m.name_th : m.name_en,
                                                   i18n::date_text(domain::local_date(now), lang), lang));
}

}  // namespace

std::vector<http::Route> ita_routes(PublicContext& ctx) {
    auto h = [&ctx](const http::Request& req) { return ita_stats(ctx, req); };
    return {{"GET", "/ita/", h}, {"GET", "/ita", h}, {"GET", "/ita/stats", h}};
}

}  // namespace siang::server::public_site
