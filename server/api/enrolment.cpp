// POST /api/v1/enrol: a one-time enrolment code for the kiosk's device credential. The only route
// without a token; failed codes are rate-limited per peer address and for all peers together.
#include "server/api/api_context.hpp"
#include "sync/office_api.hpp"

namespace siang::server::api {

namespace {

constexpr const char* all_peers = "";

http::Response enrol(ApiContext& ctx, const http::Request& req) {
    if (auto ok = check_body_size(req); !ok) return error_response(ok.error());
    const auto now = ctx.steady_now();
    for (auto* w : {&ctx.enrol_per_peer, &ctx.enrol_global}) {
        const std::string key = w == &ctx.enrol_global ? all_peers : req.peer;
        if (auto wait = w->wait(key, now))
            return error_response({.code = Errc::rate_limited, .count = *wait});
    }
    auto body = sync::decode_enrol_request(req.body);
    if (!body) return error_response(body.error());
    auto s = ctx.pool->borrow();
    auto enrolled = s->redeem_enrolment(body->enrolment_code, ctx.now());
    if (!enrolled) {
        if (enrolled.error().code == Errc::enrolment_refused) {
            ctx.enrol_per_peer.fail(req.peer, now);
            ctx.enrol_global.fail(all_peers, now);
        }
        return error_response(enrolled.error());
    }
    return json_response(sync::encode(sync::EnrolReply{enrolled->name, enrolled->token}));
}

}  // namespace

http::Route enrol_route(ApiContext& ctx) {
    return {"POST", std::string(sync::path_enrol),
            [&ctx](const http::Request& req) { return enrol(ctx, req); }};
}

}  // namespace siang::server::api
