// The staff API's cases (sync/staff_api.hpp, "cases"; wire format sync/staff_wire_cases.hpp): the
// queue, a case, its workflow and the change counters. Every handler reads and writes through the
// session's viewer alone, so the store's SQL hides corruption complaints from a clerk in every
// read, search, count and change; a case the session may not see answers exactly as a number no
// case has. Changes are recorded under the session's username and carry the version their sender
// read, checked in the store's write transaction (issue 12 item 4).
#include <algorithm>

#include "server/api/api_context.hpp"
#include "sync/office_api.hpp"
#include "sync/staff_wire_cases.hpp"

namespace siang::server::api {

namespace {

// The case number of the path. Anything the store answers not_found for (no such case, or one
// the viewer may not see) becomes the one answer a malformed number gets, detail and all.
struct CasePath {
    std::string text;  // the path segment as sent
    Result<domain::CaseNumber> number;
};

CasePath case_path(const http::Request& req) {
    auto it = req.params.find("number");
    std::string text = it == req.params.end() ? std::string() : it->second;
    auto number = sync::case_number_of_path(text);
    return {std::move(text), std::move(number)};
}

http::Response refused(const CasePath& path, const Error& e) {
    // The number as the office writes it ("ทจ 2570-000001", as the store says it on the server
    // box), whatever form the path used; the segment itself when it is no number at all.
    if (e.code == Errc::not_found)
        return error_response(
            Error{Errc::not_found, path.number ? path.number->str() : path.text});
    return error_response(e);
}

// The steps every handler takes first: body size, session, case number.
struct Caller {
    staff::StaffUser user;
    store::Viewer viewer;
};

Result<Caller> caller_of(ApiContext& ctx, const http::Request& req) {
    if (auto ok = check_body_size(req); !ok) return std::unexpected(ok.error());
    auto user = authenticate_staff(ctx, req);
    if (!user) return std::unexpected(user.error());
    auto viewer = viewer_of(*user);
    return Caller{std::move(*user), std::move(viewer)};
}

// The answer of a change: the case's version after it (read on the same connection just after
// the write; see staff_wire_cases.hpp for why clients read the case again instead).
http::Response version_answer(store::Store& s, const CasePath& path, const store::Viewer& viewer) {
    auto version = s.case_changes(*path.number, viewer);
    if (!version) return refused(path, version.error());
    return json_response(sync::encode_version(*version));
}

// The answer of a change that was written: other consoles are told (their long polls answer),
// then the version. `s` is given back to the pool first: notify_change borrows its own.
http::Response changed(ApiContext& ctx, StorePool::Lease& s, const CasePath& path,
                       const store::Viewer& viewer) {
    auto answer = version_answer(*s, path, viewer);
    s.release();
    notify_change(ctx);
    return answer;
}

http::Response query(ApiContext& ctx, const http::Request& req) {
    auto who = caller_of(ctx, req);
    if (!who) return error_response(who.error());
    auto q = sync::decode_query(req.body);
    if (!q) return error_response(q.error());
    q->limit = std::min(q->limit, sync::max_page_rows);
    q->as_of = ctx.now();  // "today" for overdue is the server's, never the client's
    auto s = ctx.pool->borrow();
    auto page = s->list(*q, who->viewer);
    if (!page) return error_response(page.error());
    return json_response(sync::encode(*page));
}

http::Response get_case(ApiContext& ctx, const http::Request& req) {
    auto who = caller_of(ctx, req);
    if (!who) return error_response(who.error());
    auto path = case_path(req);
    if (!path.number) return error_response(path.number.error());
    auto s = ctx.pool->borrow();
    // The version first: a change between the two reads makes the version older than the case,
    // so a change sent with it is refused rather than applied over what was not seen.
    auto version = s->case_changes(*path.number, who->viewer);
    if (!version) return refused(path, version.error());
    auto detail = s->get_case(*path.number, who->viewer);  // audits a corruption complaint
    if (!detail) return refused(path, detail.error());
    return json_response(sync::encode(sync::VersionedCase{std::move(*detail), *version}));
}

http::Response change_status(ApiContext& ctx, const http::Request& req) {
    auto who = caller_of(ctx, req);
    if (!who) return error_response(who.error());
    auto path = case_path(req);
    if (!path.number) return error_response(path.number.error());
    auto body = sync::decode_status_change(req.body);
    if (!body) return error_response(body.error());
    domain::StatusChange change;
    change.to = body->to;
    change.at = ctx.now();
    change.actor = who->user.username;
    change.note = std::move(body->note);
    change.public_reply = std::move(body->public_reply);
    change.reason = std::move(body->reason);
    auto s = ctx.pool->borrow();
    if (auto r = s->change_status(*path.number, change, who->viewer, body->version); !r)
        return refused(path, r.error());
    return changed(ctx, s, path, who->viewer);
}

http::Response add_note(ApiContext& ctx, const http::Request& req) {
    auto who = caller_of(ctx, req);
    if (!who) return error_response(who.error());
    auto path = case_path(req);
    if (!path.number) return error_response(path.number.error());
    auto body = sync::decode_note_request(req.body);
    if (!body) return error_response(body.error());
    auto s = ctx.pool->borrow();
    if (auto r = s->add_note(*path.number, who->viewer, body->text, ctx.now(), body->version); !r)
        return refused(path, r.error());
    return changed(ctx, s, path, who->viewer);
}

http::Response assign_division(ApiContext& ctx, const http::Request& req) {
    auto who = caller_of(ctx, req);
    if (!who) return error_response(who.error());
    auto path = case_path(req);
    if (!path.number) return error_response(path.number.error());
    auto body = sync::decode_division_request(req.body);
    if (!body) return error_response(body.error());
    auto s = ctx.pool->borrow();
    if (auto r = s->assign_division(*path.number, body->division, who->viewer, body->version); !r)
        return refused(path, r.error());
    return changed(ctx, s, path, who->viewer);
}

http::Response reissue(ApiContext& ctx, const http::Request& req) {
    auto who = caller_of(ctx, req);
    if (!who) return error_response(who.error());
    auto path = case_path(req);
    if (!path.number) return error_response(path.number.error());
    auto version = sync::decode_reissue_request(req.body);
    if (!version) return error_response(version.error());
    auto s = ctx.pool->borrow();
    auto code = s->reissue_code(*path.number, who->viewer, *version);
    if (!code) return refused(path, code.error());
    auto after = s->case_changes(*path.number, who->viewer);
    if (!after) return refused(path, after.error());
    s.release();  // notify_change borrows a connection of its own
    notify_change(ctx);
    // The clear code exists only in this answer: no cache may keep it.
    auto r = json_response(sync::encode(sync::Reissued{*code, *after}));
    r.headers.emplace_back("Cache-Control", "no-store");
    return r;
}

// GET /api/v1/staff/changes[?case=NUMBER]
http::Response changes(ApiContext& ctx, const http::Request& req) {
    auto who = caller_of(ctx, req);
    if (!who) return error_response(who.error());
    auto s = ctx.pool->borrow();
    auto one = req.query.find(std::string(sync::changes_case_arg));
    if (one == req.query.end()) {
        auto n = s->case_changes(who->viewer);  // a clerk's count leaves corruption out
        if (!n) return error_response(n.error());
        return json_response(sync::encode_changes(*n));
    }
    CasePath path{one->second, sync::case_number_of_path(one->second)};
    if (!path.number) return error_response(path.number.error());
    auto n = s->case_changes(*path.number, who->viewer);
    if (!n) return refused(path, n.error());
    return json_response(sync::encode_changes(*n));
}

}  // namespace

std::vector<http::Route> staff_case_routes(ApiContext& ctx) {
    const std::string cases(sync::path_staff_cases);
    auto route = [&ctx](std::string method, std::string pattern,
                        http::Response (*handler)(ApiContext&, const http::Request&)) {
        return http::Route{std::move(method), std::move(pattern),
                           [&ctx, handler](const http::Request& req) { return handler(ctx, req); }};
    };
    return {route("POST", cases + "/query", query),
            route("GET", cases + "/{number}", get_case),
            route("POST", cases + "/{number}/status", change_status),
            route("POST", cases + "/{number}/notes", add_note),
            route("POST", cases + "/{number}/division", assign_division),
            route("POST", cases + "/{number}/reissue", reissue),
            route("GET", std::string(sync::path_staff_changes), changes)};
}

}  // namespace siang::server::api
