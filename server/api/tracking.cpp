// POST /api/v1/track: the public status of a tracking code, for a kiosk; wrong and unknown codes
// are rate-limited per kiosk so a kiosk's credential cannot be used to walk the codes.
#include "server/api/api_context.hpp"
#include "sync/office_api.hpp"

namespace siang::server::api {

namespace {

bool counts_as_guess(Errc c) {
    return c == Errc::unknown_code || c == Errc::malformed_code || c == Errc::bad_check_digit;
}

http::Response track(ApiContext& ctx, const http::Request& req) {
    auto kiosk = authenticate(ctx, req);
    if (!kiosk) return error_response(kiosk.error());
    if (auto ok = check_body_size(req); !ok) return error_response(ok.error());
    const std::string key = std::to_string(kiosk->id);
    const auto now = ctx.steady_now();
    if (auto wait = ctx.track_per_kiosk.wait(key, now))
        return error_response({.code = Errc::rate_limited, .count = *wait});
    auto code = sync::decode_track_request(req.body);
    if (!code) {
        if (counts_as_guess(code.error().code)) ctx.track_per_kiosk.fail(key, now);
        return error_response(code.error());
    }
    auto s = ctx.pool->borrow();
    auto status = s->find_by_code(*code);
    if (!status) {
        if (counts_as_guess(status.error().code)) ctx.track_per_kiosk.fail(key, now);
        return error_response(status.error());
    }
    return json_response(sync::encode(*status));
}

}  // namespace

http::Route track_route(ApiContext& ctx) {
    return {"POST", std::string(sync::path_track),
            [&ctx](const http::Request& req) { return track(ctx, req); }};
}

}  // namespace siang::server::api
