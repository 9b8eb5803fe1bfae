// What the office API's handlers share (private to server/api): the store pool, the filing
// writer, the rate limits, the clock, and the few steps every handler takes.
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include "config/config.hpp"
#include "server/api/filing_writer.hpp"
#include "server/api/rate_limit.hpp"
#include "server/api/staff_events.hpp"
#include "server/api/staff_sessions.hpp"
#include "server/api/store_pool.hpp"
#include "server/http/route.hpp"
#include "staff/staff_accounts.hpp"
#include "store/kiosk_records.hpp"
#include "store/viewer.hpp"
#include "sync/staff_api.hpp"

namespace siang::server::api {

struct ApiContext {
    std::unique_ptr<StorePool> pool;
    std::unique_ptr<FilingWriter> writer;
    std::function<domain::TimePoint()> now;  // the server's clock, to the second
    std::function<FailureWindow::Clock::time_point()> steady_now;
    // Enrolment: failed codes per peer address and for all peers together (SPEC §9: codes are
    // rate-limited against guessing; 80 random bits are out of reach at these rates anyway).
    FailureWindow enrol_per_peer{5, std::chrono::minutes{10}};
    FailureWindow enrol_global{50, std::chrono::minutes{10}};
    // Tracking: wrong or unknown codes per kiosk (a stolen credential cannot walk the codes).
    FailureWindow track_per_kiosk{30, std::chrono::minutes{1}};
    // Staff sessions (issue 12): tokens from POST /api/v1/staff/login.
    StaffSessions sessions{std::chrono::duration_cast<std::chrono::seconds>(sync::staff_session_idle)};
    // The server's certificate fingerprint and URL for kiosk enrolment offers (ApiSetup).
    std::string fingerprint;
    std::function<std::string()> url;
    // The live events' counters (staff_events.hpp): moved by notify_change / notify_everyone.
    StaffEvents events;
    // The store's count of what a clerk sees (Store::case_changes(viewer)) when notify_change
    // last looked: whether a change may be told to clerks.
    std::atomic<std::int64_t> open_changes{-1};
    // The directory, municipality and limits the server runs with (statistics, exports).
    config::Config config;
    // Where siang-backup records its last result (backups/ beside the store): the admin view.
    std::string backup_dir;
};

// A case changed (a filing committed, a staff change): wakes the consoles' long polls
// (GET /api/v1/staff/events). Clerks' polls wake only when the store's count of the cases a clerk
// sees moved, so a corruption complaint's filing or handling is never timed by a clerk. Every
// handler that writes a case calls it after its write succeeded.
void notify_change(ApiContext& ctx);
// Something every console may know of changed (a help request, an acknowledgement, a logout):
// wakes every long poll.
void notify_everyone(ApiContext& ctx);

// A JSON answer.
http::Response json_response(std::string body, int status = 200);
// The error as the wire format carries it (sync::encode_error), with its HTTP status; 429 also
// gets Retry-After from its count.
http::Response error_response(const Error& e);
// The kiosk of the request's bearer token: device_refused (401) for none, a forged or a revoked
// one; the store's errors (503).
Result<store::KioskRef> authenticate(ApiContext& ctx, const http::Request& req);
// The staff member of the request's session (sync/staff_api.hpp): session_expired (401) for no
// token, an unknown, expired or logged-out one, one from another address than its login's, or an
// account disabled since (its sessions end then); the store's errors (503). The user's role is
// read from the store on every request, so a changed role counts at once.
Result<staff::StaffUser> authenticate_staff(ApiContext& ctx, const http::Request& req);
// What `user` may read: staff::viewer_for. Every staff handler reads through this, never
// through anything the request says.
store::Viewer viewer_of(const staff::StaffUser& user);
// input_too_large for a body over sync::max_request_bytes (the listener refuses those first).
Result<void> check_body_size(const http::Request& req);

// The routes of each feature (server/api/<feature>.cpp).
http::Route enrol_route(ApiContext& ctx);
http::Route filing_route(ApiContext& ctx);
http::Route track_route(ApiContext& ctx);
std::vector<http::Route> help_routes(ApiContext& ctx);
http::Route heartbeat_route(ApiContext& ctx);
// The kiosk information board's counts (kiosk_board.cpp, issue 14 item 3).
http::Route kiosk_board_route(ApiContext& ctx);
// Staff (issue 12): login, logout and the session's user (staff_login.cpp).
std::vector<http::Route> staff_session_routes(ApiContext& ctx);
// Staff (issue 12, admin): users and kiosks (staff_admin.cpp).
std::vector<http::Route> staff_admin_routes(ApiContext& ctx);
// Staff (issue 12): help requests, live events, statistics, exports, audit (staff_reports.cpp).
std::vector<http::Route> staff_report_routes(ApiContext& ctx);
// Staff (issue 12): the queue, a case, its workflow and the change counters (staff_cases.cpp).
std::vector<http::Route> staff_case_routes(ApiContext& ctx);

}  // namespace siang::server::api
