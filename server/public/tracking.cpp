// GET /t/<code> and the form at /t/: the phone status page behind the receipt QR (issue 14 item
// 1). It answers exactly what the kiosk's tracking screen shows (store::PublicStatus, SPEC §4.8)
// through the one lookup the kiosk's POST /api/v1/track uses (Store::find_by_code), tells a
// mistyped code from an unknown one, and limits wrong codes per peer address. No code is logged.
#include <string>

#include "domain/tracking_code.hpp"
#include "i18n/catalog.hpp"
#include "i18n/domain_names.hpp"
#include "reports/ita_summary_page.hpp"
#include "server/public/public_site.hpp"

namespace siang::server::public_site {

namespace {

using reports::html_escape;
std::string escape(std::string_view s) { return html_escape(s); }

std::string html_tr(std::string_view key, i18n::Lang lang) { return escape(i18n::tr(key, lang)); }

i18n::Lang lang_of(const http::Request& req) {
    auto it = req.query.find("lang");
    return it != req.query.end() && it->second == "en" ? i18n::Lang::en : i18n::Lang::th;
}

// The page around `main`: Thai first, system fonts, no script, readable at 360 px.
std::string page(const PublicContext& ctx, i18n::Lang lang, std::string_view title,
                 std::string_view main, std::string_view other_lang_href) {
    const auto& m = ctx.config.municipality;
    const bool th = lang == i18n::Lang::th;
    std::string h;
    h.reserve(2048 + main.size());
    h += "<!DOCTYPE html>\n<html lang=\"";
    h += th ? "th" : "en";
    h += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta name=\"referrer\" content=\"no-referrer\"><title>";
    h += title;
    h += "</title><style>body{font-family:\"Noto Sans Thai\",\"Noto Sans\",sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.6}"
         "header{background:#0b4f6c;color:#fff;padding:.75rem 1rem}header p{margin:0}main{padding:1rem;max-width:40rem}"
         "h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.2rem 0 .4rem}dl{margin:0}dt{font-weight:bold}dd{margin:0 0 .5rem}"
         "ol{padding-left:1.2rem}.reply{border-left:4px solid #0b4f6c;padding:.3rem .8rem;background:#f2f6f8}"
         "input{font-size:1.2rem;padding:.4rem;width:100%;max-width:18rem;box-sizing:border-box}button{font-size:1.1rem;padding:.4rem 1rem;margin-top:.5rem}"
         "a{color:#0b4f6c}header a{color:#fff}.err{color:#8a1c1c;font-weight:bold}</style></head><body><header><p>";
    h += escape(th ? m.name_th : m.name_en);
    h += "</p><p><a href=\"";
    h += other_lang_href;
    h += "\">";
    h += th ? "English" : "ภาษาไทย";
    h += "</a></p></header><main>";
    h += main;
    h += "</main></body></html>\n";
    return h;
}

http::Response html(int status, std::string body) { return html_response(status, std::move(body)); }

std::string form(i18n::Lang lang, std::string_view message) {
    std::string m = "<h1>" + html_tr("kiosk.title.track_entry", lang) + "</h1>";
    if (!message.empty()) m += "<p class=\"err\">" + escape(message) + "</p>";
    m += "<form method=\"get\" action=\"/t/\"><p><label for=\"code\">" + html_tr("public.track.code_label", lang) +
         "</label><br><input id=\"code\" name=\"code\" inputmode=\"numeric\" autocomplete=\"off\" maxlength=\"40\"></p>";
    if (lang == i18n::Lang::en) m += "<input type=\"hidden\" name=\"lang\" value=\"en\">";
    m += "<button type=\"submit\">" + html_tr("public.track.submit", lang) + "</button></form>";
    return m;
}

std::string status_main(const PublicContext& ctx, const store::PublicStatus& s, i18n::Lang lang) {
    const auto& dir = ctx.config.directory;
    std::string m = "<h1>" + html_tr("kiosk.title.track_result", lang) + "</h1><dl>";
    auto row = [&](std::string_view key, std::string value) {
        m += "<dt>" + html_tr(key, lang) + "</dt><dd>" + escape(value) + "</dd>";
    };
    row("public.track.kind", std::string(i18n::kind_name(s.kind, lang)));
    if (!s.service.empty()) row("public.track.service", i18n::service_name(dir, s.service, lang));
    row("public.track.filed", i18n::date_text(std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(s.filed_at)}, lang));
    row("public.track.status", std::string(i18n::status_name(s.status, lang)));
    row("public.track.due", i18n::date_text(s.due_date, lang));
    if (!s.division.empty()) row("public.track.division", i18n::division_name(dir, s.division, lang));
    m += "</dl><h2>" + html_tr("kiosk.track.reply", lang) + "</h2>";
    if (s.latest_public_reply.empty())
        m += "<p>" + html_tr("kiosk.track.no_reply", lang) + "</p>";
    else
        m += "<p class=\"reply\">" + escape(s.latest_public_reply) + "</p>";
    m += "<h2>" + html_tr("kiosk.track.timeline", lang) + "</h2><ol>";
    for (const auto& e : s.timeline) {
        m += "<li>" + escape(i18n::date_text(std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(e.at)}, lang)) +
             " — " + escape(i18n::status_name(e.status, lang));
        if (!e.public_reply.empty()) m += "<br>" + escape(e.public_reply);
        m += "</li>";
    }
    m += "</ol><p><a href=\"/t/";
    m += lang == i18n::Lang::en ? "?lang=en" : "";
    m += "\">" + html_tr("kiosk.track.another", lang) + "</a></p>";
    return m;
}

bool counts_as_guess(Errc c) {
    return c == Errc::unknown_code || c == Errc::malformed_code || c == Errc::bad_check_digit;
}

http::Response answer(PublicContext& ctx, const http::Request& req, std::string_view input) {
    const auto lang = lang_of(req);
    const std::string other = lang == i18n::Lang::th ? "?lang=en" : "?lang=th";
    const std::string title = std::string(i18n::tr("kiosk.title.track_entry", lang));
    // The toggle on a code's page links to /t/ (the code never goes into another URL).
    if (input.empty()) return html(200, page(ctx, lang, escape(title), form(lang, ""), "/t/" + other));
    const auto now = ctx.steady_now();
    const std::string key = req.peer;
    if (auto wait = ctx.track_per_peer.wait(key, now)) {
        auto r = html(429, page(ctx, lang, escape(title),
                                "<h1>" + html_tr("kiosk.title.track_paused", lang) + "</h1><p>" +
                                    escape(i18n::format(i18n::tr("kiosk.track.paused", lang), {std::to_string(*wait)})) +
                                    "</p>",
                                "/t/" + other));
        r.headers.emplace_back("Retry-After", std::to_string(*wait));
        return r;
    }
    auto fail = [&](const Error& e) {
        if (counts_as_guess(e.code)) ctx.track_per_peer.fail(key, now);
        const int status = counts_as_guess(e.code) ? (e.code == Errc::unknown_code ? 404 : 400) : 503;
        return html(status, page(ctx, lang, escape(title), form(lang, i18n::report_error(e, lang)), "/t/" + other));
    };
    auto code = domain::parse_tracking_code(input);
    if (!code) return fail(code.error());
    auto s = ctx.pool->borrow();
    auto status = s->find_by_code(*code);
    s.release();
    if (!status) return fail(status.error());
    std::string ptitle(i18n::tr("kiosk.title.track_result", lang));
    return html(200, page(ctx, lang, escape(ptitle), status_main(ctx, *status, lang),
                          lang == i18n::Lang::th ? "?lang=en" : "?lang=th"));
}

}  // namespace

std::vector<http::Route> tracking_routes(PublicContext& ctx) {
    auto form_route = [&ctx](const http::Request& req) {
        auto it = req.query.find("code");
        return answer(ctx, req, it == req.query.end() ? std::string_view{} : std::string_view{it->second});
    };
    return {{"GET", "/t/{code}",
             [&ctx](const http::Request& req) {
                 auto it = req.params.find("code");
                 return answer(ctx, req, it == req.params.end() ? std::string_view{} : std::string_view{it->second});
             }},
            {"GET", "/t/", form_route},
            {"GET", "/t", form_route}};
}

}  // namespace siang::server::public_site
