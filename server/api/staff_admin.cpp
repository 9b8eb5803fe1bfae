// The staff API's administration (sync/staff_wire_admin.hpp): users and kiosks, for admins only
// (403 permission_denied "admin" to anyone else, before the body is read), except that anyone
// may set their own password. A disabled user's sessions, and those of a user whose password an
// admin set, end at once. Every change is audited under the session's user by the store and
// staff::StaffAccounts, as at the console and the CLI.
#include "server/api/api_context.hpp"
#include "sync/office_api.hpp"
#include "sync/staff_wire_admin.hpp"

namespace siang::server::api {

namespace {

using Handler = http::Response (*)(ApiContext&, const http::Request&, const staff::StaffUser&);

// The session's user when an admin; the error answer otherwise.
Result<staff::StaffUser> admin_of(ApiContext& ctx, const http::Request& req) {
    auto user = authenticate_staff(ctx, req);
    if (!user) return user;
    if (!staff::may_manage_users(user->role)) return fail(Errc::permission_denied, "admin");
    return user;
}

std::string param(const http::Request& req, const char* name) {
    const auto it = req.params.find(name);
    return it == req.params.end() ? std::string{} : it->second;
}

http::Response list_users(ApiContext& ctx, const http::Request&, const staff::StaffUser& by) {
    auto s = ctx.pool->borrow();
    auto users = staff::StaffAccounts(*s, ctx.now).list(by);
    if (!users) return error_response(users.error());
    return json_response(sync::encode_users(*users));
}

http::Response add_user(ApiContext& ctx, const http::Request& req, const staff::StaffUser& by) {
    auto asked = sync::decode_new_user(req.body);
    if (!asked) return error_response(asked.error());
    auto s = ctx.pool->borrow();
    if (auto ok = staff::StaffAccounts(*s, ctx.now).add(by, asked->user, asked->password); !ok)
        return error_response(ok.error());
    return json_response("{}");
}

http::Response disable_user(ApiContext& ctx, const http::Request& req,
                            const staff::StaffUser& by) {
    const std::string name = param(req, "name");
    {
        auto s = ctx.pool->borrow();
        if (auto ok = staff::StaffAccounts(*s, ctx.now).disable(by, name); !ok)
            return error_response(ok.error());
    }
    ctx.sessions.close_user(name);
    return json_response("{}");
}

http::Response list_kiosks(ApiContext& ctx, const http::Request&, const staff::StaffUser&) {
    auto s = ctx.pool->borrow();
    auto kiosks = s->list_kiosks();
    if (!kiosks) return error_response(kiosks.error());
    return json_response(sync::encode_kiosks(*kiosks));
}

http::Response add_kiosk(ApiContext& ctx, const http::Request& req, const staff::StaffUser& by) {
    auto name = sync::decode_kiosk_name(req.body);
    if (!name) return error_response(name.error());
    auto s = ctx.pool->borrow();
    auto added = s->add_kiosk_enrolment(*name, ctx.now(), by.username);
    if (!added) return error_response(added.error());
    auto r = json_response(
        sync::encode(sync::KioskOffer{added->name, added->code, ctx.url(), ctx.fingerprint,
                                      added->expires_at}));
    r.headers.emplace_back("Cache-Control", "no-store");  // the code is in clear only here
    return r;
}

http::Response revoke_kiosk(ApiContext& ctx, const http::Request& req,
                            const staff::StaffUser& by) {
    auto s = ctx.pool->borrow();
    if (auto ok = s->revoke_kiosk(param(req, "name"), ctx.now(), by.username); !ok)
        return error_response(ok.error());
    return json_response("{}");
}

http::Response quarantine(ApiContext& ctx, const http::Request&, const staff::StaffUser&) {
    auto s = ctx.pool->borrow();
    auto held = s->list_quarantine();
    if (!held) return error_response(held.error());
    auto reissue = s->codes_to_reissue();
    if (!reissue) return error_response(reissue.error());
    return json_response(sync::quarantine_json({std::move(*held), std::move(*reissue)}).dump());
}

// POST …/users/{name}/password: an admin for anyone (whose sessions then end), a user for
// themselves with their current password, checked as a login is (audited, throttled), so a
// token alone never changes a password; their own session goes on.
http::Response set_password(ApiContext& ctx, const http::Request& req) {
    auto by = authenticate_staff(ctx, req);
    if (!by) return error_response(by.error());
    const std::string name = param(req, "name");
    if (name != by->username && !staff::may_manage_users(by->role))
        return error_response(Error{Errc::permission_denied, "admin"});
    if (auto ok = check_body_size(req); !ok) return error_response(ok.error());
    auto change = sync::decode_password(req.body);
    if (!change) return error_response(change.error());
    {
        auto s = ctx.pool->borrow();
        staff::StaffAccounts accounts(*s, ctx.now);
        if (name == by->username) {
            if (change->current_password.empty())
                return error_response(Error{Errc::permission_denied, "current_password"});
            if (auto me = accounts.authenticate(name, change->current_password, "api:" + req.peer);
                !me)
                return error_response(me.error());
        }
        if (auto ok = accounts.set_password(*by, name, change->password); !ok)
            return error_response(ok.error());
    }
    if (name != by->username) ctx.sessions.close_user(name);
    return json_response("{}");
}

// GET …/backup: what the console's admin view shows of the nightly backup (failed or stale).
http::Response backup(ApiContext& ctx, const http::Request&, const staff::StaffUser&) {
    return json_response(sync::encode(
        store::read_backup_record(ctx.backup_dir, std::chrono::system_clock::now())));
}

http::Route admin_route(ApiContext& ctx, const char* method, std::string path, Handler h) {
    return {method, std::move(path), [&ctx, h](const http::Request& req) {
                auto by = admin_of(ctx, req);
                if (!by) return error_response(by.error());
                if (auto ok = check_body_size(req); !ok) return error_response(ok.error());
                return h(ctx, req, *by);
            }};
}

}  // namespace

std::vector<http::Route> staff_admin_routes(ApiContext& ctx) {
    const std::string users(sync::path_staff_users), kiosks(sync::path_staff_kiosks);
    return {admin_route(ctx, "GET", users, list_users),
            admin_route(ctx, "POST", users, add_user),
            admin_route(ctx, "POST", users + "/{name}/disable", disable_user),
            {"POST", users + "/{name}/password",
             [&ctx](const http::Request& req) { return set_password(ctx, req); }},
            admin_route(ctx, "GET", kiosks, list_kiosks),
            admin_route(ctx, "POST", kiosks, add_kiosk),
            admin_route(ctx, "POST", kiosks + "/{name}/revoke", revoke_kiosk),
            admin_route(ctx, "GET", kiosks + "/quarantine", quarantine),
            admin_route(ctx, "GET", std::string(sync::path_staff_backup), backup)};
}

}  // namespace siang::server::api
