// POST /api/v1/staff/login, POST /api/v1/staff/logout, GET /api/v1/staff/session: a staff
// member's session (sync/staff_api.hpp). The password is checked by staff::StaffAccounts, as at
// the console before, with the client's address as the source of the per-address back-off; a
// wrong name, a wrong password and a disabled account give one answer, and each is audited.
#include "server/api/api_context.hpp"
#include "sync/office_api.hpp"

namespace siang::server::api {

namespace {

http::Response login(ApiContext& ctx, const http::Request& req) {
    if (auto ok = check_body_size(req); !ok) return error_response(ok.error());
    auto asked = sync::decode_login_request(req.body);
    if (!asked) return error_response(asked.error());
    auto s = ctx.pool->borrow();
    staff::StaffAccounts accounts(*s, ctx.now);
    auto user = accounts.authenticate(asked->username, asked->password, "api:" + req.peer);
    if (!user) return error_response(user.error());
    sync::Login answer{ctx.sessions.open(*user, req.peer, ctx.steady_now()), *user};
    auto r = json_response(sync::encode(answer));
    r.headers.emplace_back("Cache-Control", "no-store");
    return r;
}

http::Response logout(ApiContext& ctx, const http::Request& req) {
    auto user = authenticate_staff(ctx, req);
    if (!user) return error_response(user.error());
    ctx.sessions.close(*req.bearer_token());
    // The session's long poll answers now, so the console's events thread ends at once.
    notify_everyone(ctx);
    return json_response("{}");
}

http::Response session(ApiContext& ctx, const http::Request& req) {
    auto user = authenticate_staff(ctx, req);
    if (!user) return error_response(user.error());
    return json_response(sync::encode_session_user(*user));
}

}  // namespace

std::vector<http::Route> staff_session_routes(ApiContext& ctx) {
    return {{"POST", std::string(sync::path_staff_login),
             [&ctx](const http::Request& req) { return login(ctx, req); }},
            {"POST", std::string(sync::path_staff_logout),
             [&ctx](const http::Request& req) { return logout(ctx, req); }},
            {"GET", std::string(sync::path_staff_session),
             [&ctx](const http::Request& req) { return session(ctx, req); }}};
}

}  // namespace siang::server::api
