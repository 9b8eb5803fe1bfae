// The staff side of the office API (SPEC §6, §9; issue 12): the paths every console and the
// staff CLI use, and the JSON of a login. The codecs of each area live beside it
// (staff_wire_cases.hpp, staff_wire_reports.hpp, staff_wire_admin.hpp); the error answer and its
// HTTP statuses are office_api.hpp's.
//
// Sessions. A login answers a session token (64 lower-case hex digits, 256 random bits; the
// server keeps only its hash). Every other staff request sends "Authorization: Bearer <token>"
// and gets 401 session_expired when there is no live session: none, unknown, logged out, idle
// longer than staff_session_idle, from another address than the login's, or of an account that
// was disabled since. A kiosk's device token is never a staff token, nor the other way round.
//
// Roles are the server's business alone. Every endpoint derives the viewer from the session
// (staff::viewer_for) and never from the request: a clerk asking for a corruption complaint by
// number gets 404 not_found as for a number that does not exist, by search or filter gets pages
// without it, by statistics gets counts only where §6 allows them, and admin endpoints answer
// 403 permission_denied.
//
//   POST /api/v1/staff/login      {"username","password"} → 200 Login
//                                 403 permission_denied "login" (wrong user or password, or a
//                                 disabled account: one answer for all) · 403 permission_denied
//                                 "login_wait" (count: minutes to wait; per user and per address)
//   POST /api/v1/staff/logout     {} → 200 {}
//   GET  /api/v1/staff/session    → 200 {"user": StaffUser}: the session's user (renews it)
//
//   cases (staff_wire_cases.hpp)
//   POST /api/v1/staff/cases/query                 Query → Page
//   GET  /api/v1/staff/cases/{number}              → CaseDetail and its version (reading a
//                                                  corruption complaint is audited)
//   POST /api/v1/staff/cases/{number}/status       {"version", change} → {"version"}
//   POST /api/v1/staff/cases/{number}/notes        {"version", "text"} → {"version"}
//   POST /api/v1/staff/cases/{number}/division     {"version", "division"} → {"version"}
//   POST /api/v1/staff/cases/{number}/reissue      {"version"} → {"tracking_code", "version"}
//                                                  409 case_changed: the version is not the
//                                                  case's any more; nothing was written
//   GET  /api/v1/staff/changes                     → {"changes"}: the change counter of all cases
//   GET  /api/v1/staff/changes?case={number}       → {"changes"} of that case (404 as above)
//
//   reports, help and live events (staff_wire_reports.hpp)
//   GET  /api/v1/staff/events?after=N              long poll: answers at once when anything
//                                                  moved past N, else within staff_event_wait
//   GET  /api/v1/staff/help                        → open help requests
//   POST /api/v1/staff/help/{id}/acknowledge       {} → {}
//   GET  /api/v1/staff/stats?fiscal_year=2569      → ItaReport
//   GET  /api/v1/staff/exports/ita?fiscal_year=2569&format=csv|xlsx|html  the file, streamed,
//                                                  its audit row written with it
//   GET  /api/v1/staff/exports/cases?lang=th|en    the session's cases as CSV, streamed, audited
//   GET  /api/v1/staff/audit?offset=N&limit=M      admin → rows and their count
//   GET  /api/v1/staff/audit/verify                admin → AuditReport
//
//   administration (staff_wire_admin.hpp; admin only)
//   GET  /api/v1/staff/users · POST /api/v1/staff/users · POST /api/v1/staff/users/{name}/disable
//   POST /api/v1/staff/users/{name}/password       (any user for their own name)
//   GET  /api/v1/staff/kiosks · POST /api/v1/staff/kiosks · POST /api/v1/staff/kiosks/{name}/revoke
//   GET  /api/v1/staff/kiosks/quarantine
//   GET  /api/v1/staff/backup                      the last nightly backup's record
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "staff/staff_accounts.hpp"

namespace siang::sync {

inline constexpr std::string_view path_staff = "/api/v1/staff";  // the prefix of everything here
inline constexpr std::string_view path_staff_login = "/api/v1/staff/login";
inline constexpr std::string_view path_staff_logout = "/api/v1/staff/logout";
inline constexpr std::string_view path_staff_session = "/api/v1/staff/session";
inline constexpr std::string_view path_staff_cases = "/api/v1/staff/cases";  // + /query, /{number}…
inline constexpr std::string_view path_staff_changes = "/api/v1/staff/changes";
inline constexpr std::string_view path_staff_events = "/api/v1/staff/events";
inline constexpr std::string_view path_staff_help = "/api/v1/staff/help";
inline constexpr std::string_view path_staff_stats = "/api/v1/staff/stats";
inline constexpr std::string_view path_staff_exports = "/api/v1/staff/exports";
inline constexpr std::string_view path_staff_audit = "/api/v1/staff/audit";
inline constexpr std::string_view path_staff_users = "/api/v1/staff/users";
inline constexpr std::string_view path_staff_kiosks = "/api/v1/staff/kiosks";
inline constexpr std::string_view path_staff_backup = "/api/v1/staff/backup";

// A session ends after this long without a request. Longer than the console's own idle lock
// (10 minutes, SPEC §6), so a console that is in use never sees its session end under it.
inline constexpr std::chrono::minutes staff_session_idle{15};
// The longest a GET of path_staff_events holds the request before answering "nothing new".
inline constexpr std::chrono::seconds staff_event_wait{25};

struct LoginRequest {
    std::string username;
    std::string password;
};

struct Login {
    std::string token;  // 64 lower-case hex digits
    staff::StaffUser user;
};

// {"username","password"}
std::string encode(const LoginRequest& r);
Result<LoginRequest> decode_login_request(std::string_view body);
// {"token", "user": {"username","display_name","role"}}
std::string encode(const Login& l);
Result<Login> decode_login(std::string_view body);
// {"user": {...}} (GET path_staff_session)
std::string encode_session_user(const staff::StaffUser& u);
Result<staff::StaffUser> decode_session_user(std::string_view body);

// Whether `t` is a session or device token as the server mints them: 64 lower-case hex digits
// (anything else could smuggle another header line in; both sides refuse it).
bool is_token(std::string_view t);

}  // namespace siang::sync
