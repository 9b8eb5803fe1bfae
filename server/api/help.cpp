// POST /api/v1/help and GET /api/v1/help/{id}: a kiosk's "call staff" press, recorded under the
// kiosk's enrolled name, and whether staff acknowledged it — for that kiosk only.
#include <algorithm>

#include "server/api/api_context.hpp"
#include "sync/office_api.hpp"

namespace siang::server::api {

namespace {

// A kiosk screen id (flow::screen_id: "review", "contact_form"…): what the console shows.
bool plausible_screen(std::string_view s) {
    return s.size() <= 32 && std::ranges::all_of(s, [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
           });
}

http::Response ask_for_help(ApiContext& ctx, const http::Request& req) {
    auto kiosk = authenticate(ctx, req);
    if (!kiosk) return error_response(kiosk.error());
    if (auto ok = check_body_size(req); !ok) return error_response(ok.error());
    auto screen = sync::decode_help_request(req.body);
    if (!screen) return error_response(screen.error());
    if (!plausible_screen(*screen))
        return error_response(
            {.code = Errc::invalid_input, .detail = "not_screen", .field = "screen"});
    std::int64_t id = 0;
    {
        auto s = ctx.pool->borrow();
        auto added = s->add_help_request(kiosk->name, ctx.now(), *screen);
        if (!added) return error_response(added.error());
        id = *added;
    }
    notify_everyone(ctx);  // every console's long poll answers now (issue 12: within 2 s)
    return json_response(sync::encode_help_id(id));
}

http::Response help_state(ApiContext& ctx, const http::Request& req) {
    auto kiosk = authenticate(ctx, req);
    if (!kiosk) return error_response(kiosk.error());
    const auto it = req.params.find("id");
    const std::string text = it == req.params.end() ? "" : it->second;
    const Error unknown{Errc::not_found, "help request"};
    if (text.empty() || text.size() > 18 ||
        !std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; }))
        return error_response(unknown);
    auto s = ctx.pool->borrow();
    auto acknowledged = s->help_request_acknowledged(std::stoll(text), kiosk->name);
    if (!acknowledged)
        return error_response(acknowledged.error().code == Errc::not_found ? unknown
                                                                           : acknowledged.error());
    return json_response(sync::encode_help_state(*acknowledged));
}

}  // namespace

std::vector<http::Route> help_routes(ApiContext& ctx) {
    return {{"POST", std::string(sync::path_help),
             [&ctx](const http::Request& req) { return ask_for_help(ctx, req); }},
            {"GET", std::string(sync::path_help) + "/{id}",
             [&ctx](const http::Request& req) { return help_state(ctx, req); }}};
}

}  // namespace siang::server::api
