// GET /ita/… (issue 14 item 2): the ITA open-information pages (web::ita_page_html) from live
// records. /ita/ is the index; /ita/<page>.html in Thai, /ita/<page>.en.html or ?lang=en in
// English; ?fiscal_year=2568 for another year (the links between pages keep it). The counts are
// reports::load_ita_report's, read as a viewer without confidential access, so the month in
// progress leaves corruption complaints out (and the statistics page says so), and kept for a
// minute (ita_report_cache.hpp): each page says when its figures were drawn.
#include <charconv>

#include "domain/thai_calendar.hpp"
#include "reports/ita_stats.hpp"
#include "server/public/ita_report_cache.hpp"
#include "reports/ita_summary_page.hpp"
#include "server/public/public_site.hpp"
#include "web/ita_site.hpp"

namespace siang::server::public_site {

namespace {

http::Response problem_page(int status, const Error& error, i18n::Lang lang) {
    return html_response(status, "<!DOCTYPE html>\n<html lang=\"" + std::string(i18n::lang_id(lang)) +
                                     "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                                     std::to_string(status) + "</title>\n</head>\n<body>\n<p>" +
                                     reports::html_escape(i18n::report_error(error, lang)) +
                                     "</p>\n</body>\n</html>\n");
}

http::Response ita_page(PublicContext& ctx, const http::Request& req, std::string_view file) {
    auto named = web::parse_ita_page_file(file);
    if (!named)
        return problem_page(404, Error{.code = Errc::not_found, .detail = std::string(file)},
                            i18n::Lang::th);
    auto [page, lang] = *named;
    if (auto it = req.query.find("lang"); it != req.query.end() && it->second == "en")
        lang = i18n::Lang::en;
    const auto now = ctx.now();
    int fy = domain::fiscal_year_be(domain::local_date(now));
    std::string link_query;
    if (auto it = req.query.find("fiscal_year"); it != req.query.end()) {
        int v = 0;
        const auto& t = it->second;
        auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        if (ec != std::errc{} || p != t.data() + t.size() || v < 2400 || v > 2700)
            return problem_page(400, Error{.code = Errc::invalid_argument, .detail = "fiscal_year"},
                                lang);
        if (v != fy) link_query = "?fiscal_year=" + std::to_string(v);
        fy = v;
    }
    // Pages of text only need the year, not its counts.
    std::shared_ptr<const DrawnReport> drawn;
    if (web::ita_page_needs_counts(page)) {
        auto got = ctx.ita_reports.get(*ctx.pool, fy, ctx.config.directory, now);
        if (!got) return problem_page(503, got.error(), lang);
        drawn = std::move(*got);
    } else {
        drawn = std::make_shared<const DrawnReport>(
            DrawnReport{reports::build_ita_report(fy, {}, ctx.config.directory), now});
    }
    return html_response(200, web::ita_page_html(page, {.config = &ctx.config,
                                                        .report = &drawn->report,
                                                        .drawn_at = drawn->drawn_at,
                                                        .lang = lang,
                                                        .other_lang = true,
                                                        .link_query = link_query}));
}

}  // namespace

std::vector<http::Route> ita_routes(PublicContext& ctx) {
    auto index = [&ctx](const http::Request& req) { return ita_page(ctx, req, "index.html"); };
    auto named = [&ctx](const http::Request& req) { return ita_page(ctx, req, req.params.at("file")); };
    // Relative links need the trailing slash: /ita sends the browser there.
    auto slash = [](const http::Request&) {
        return http::Response{.status = 301,
                              .content_type = "text/plain; charset=utf-8",
                              .body = "/ita/\n",
                              .headers = {{"Location", "/ita/"}}};
    };
    return {{"GET", "/ita/", index}, {"GET", "/ita", slash}, {"GET", "/ita/{file}", named}};
}

}  // namespace siang::server::public_site
