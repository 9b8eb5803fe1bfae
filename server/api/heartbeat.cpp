// POST /api/v1/heartbeat: the kiosk's backlog (pending and quarantined filings in its outbox) and
// its last contact, for `siang kiosk list`.
#include "server/api/api_context.hpp"
#include "sync/office_api.hpp"

namespace siang::server::api {

namespace {

http::Response heartbeat(ApiContext& ctx, const http::Request& req) {
    auto kiosk = authenticate(ctx, req);
    if (!kiosk) return error_response(kiosk.error());
    if (auto ok = check_body_size(req); !ok) return error_response(ok.error());
    auto backlog = sync::decode_backlog(req.body);
    if (!backlog) return error_response(backlog.error());
    auto s = ctx.pool->borrow();
    if (auto ok = s->record_backlog(kiosk->id, backlog->pending, backlog->quarantined, ctx.now());
        !ok)
        return error_response(ok.error());
    return json_response("{}");
}

}  // namespace

http::Route heartbeat_route(ApiContext& ctx) {
    return {"POST", std::string(sync::path_heartbeat),
            [&ctx](const http::Request& req) { return heartbeat(ctx, req); }};
}

}  // namespace siang::server::api
