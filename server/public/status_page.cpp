// The phone status page's handler: parse, rate-limit, read, render (web::status_page_html).
#include "server/public/status_page.hpp"

#include "server/public/public_site.hpp"

#include "domain/tracking_code.hpp"
#include "web/status_page.hpp"

namespace siang::server::public_site {
namespace {

constexpr std::string_view base = "/t/";

bool loopback(std::string_view peer) {
    return peer == "::1" || peer.starts_with("127.") || peer.starts_with("::ffff:127.");
}

http::Response page(const web::StatusPageInput& in, const config::Config& cfg) {
    http::Response r = html_response(web::status_page_http_status(in.outcome),
                                     web::status_page_html(in, cfg.directory));
    r.headers.emplace_back("X-Robots-Tag", "noindex, nofollow");
    r.headers.emplace_back("Content-Language", in.lang == i18n::Lang::th ? "th" : "en");
    if (in.outcome == web::StatusOutcome::rate_limited)
        r.headers.emplace_back("Retry-After", std::to_string(in.wait_s));
    return r;
}

http::Response answer(PublicContext& ctx, const http::Request& req, std::string_view typed) {
    web::StatusPageInput in;
    auto lang = req.query.find("lang");
    in.lang = lang != req.query.end() && lang->second == "en" ? i18n::Lang::en : i18n::Lang::th;
    const auto& m = ctx.config.municipality;
    in.municipality = in.lang == i18n::Lang::th ? m.name_th : m.name_en;
    const std::string other = in.lang == i18n::Lang::th ? "?lang=en" : "";
    in.form_action = std::string(base);
    in.other_lang_href = std::string(base) + other;
    if (typed.empty()) return page(in, ctx.config);

    const std::string who = client_address(req);
    const auto now = ctx.steady_now();
    if (auto wait = ctx.track_per_peer.wait(who, now)) {
        in.outcome = web::StatusOutcome::rate_limited;
        in.wait_s = *wait;
        return page(in, ctx.config);
    }
    auto code = domain::parse_tracking_code(typed);
    if (!code) {
        ctx.track_per_peer.fail(who, now);
        in.outcome = code.error().code == Errc::bad_check_digit ? web::StatusOutcome::mistyped
                                                                 : web::StatusOutcome::malformed;
        return page(in, ctx.config);
    }
    // The other language's link keeps the code the citizen's own address already holds.
    in.other_lang_href = std::string(base) + code->str() + other;
    auto s = ctx.pool->borrow();
    auto status = s->find_by_code(*code);
    if (!status) {
        if (status.error().code == Errc::unknown_code) {
            ctx.track_per_peer.fail(who, now);
            in.outcome = web::StatusOutcome::unknown;
        } else {
            in.outcome = web::StatusOutcome::unavailable;
        }
        return page(in, ctx.config);
    }
    in.outcome = web::StatusOutcome::found;
    in.status = std::move(*status);
    return page(in, ctx.config);
}

}  // namespace

std::string client_address(const http::Request& req) {
    if (loopback(req.peer))
        if (auto real = req.header("x-real-ip"); real && !real->empty() && real->size() <= 45)
            return std::string(*real);
    return req.peer;
}

std::vector<http::Route> tracking_routes(PublicContext& ctx) {
    auto form = [&ctx](const http::Request& req) {
        auto code = req.query.find("code");
        return answer(ctx, req, code == req.query.end() ? std::string_view{} : code->second);
    };
    return {{"GET", "/t", form},
            {"GET", std::string(base), form},
            {"GET", std::string(base) + "{code}", [&ctx](const http::Request& req) {
                 auto it = req.params.find("code");
                 return answer(ctx, req, it == req.params.end() ? std::string_view{} : it->second);
             }}};
}

}  // namespace siang::server::public_site
