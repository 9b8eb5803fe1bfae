// GET /t/<code> and GET /t/?code=… on the public listener (SPEC §13, issue 14 item 1): the phone
// page behind the receipt QR, from the store's PublicStatus — the same call the kiosk's tracking
// endpoint makes (Store::find_by_code), so the two never show different things.
//
// Wrong codes (malformed, mistyped, unknown) count per client address; past 10 in 10 minutes the
// address waits (429 with Retry-After), as the kiosk pauses after 5 in a row. Behind the office's
// nginx every request arrives from loopback, so there, and only there, X-Real-IP names the
// client (the shipped nginx site sets it). The code never reaches a log line (the HTTP adapter
// logs no path), and every answer carries Cache-Control: no-store, a CSP allowing nothing but
// the page's own inline style, and Referrer-Policy: no-referrer.
#pragma once

#include <memory>
#include <vector>

#include "config/config.hpp"
#include "server/api/rate_limit.hpp"
#include "server/api/store_pool.hpp"
#include "server/http/route.hpp"

namespace siang::server::public_site {

struct StatusPageContext {
    std::unique_ptr<api::StorePool> pool;  // read-only use: find_by_code
    config::Config config;
    api::FailureWindow wrong_codes{10, std::chrono::minutes(10)};
};

// The address a public request counts against: the peer, or X-Real-IP when the peer is loopback
// (the nginx in front).
std::string client_address(const http::Request& req);

// Routes for /t, /t/ and /t/{code}; `ctx` must outlive the listener.
std::vector<http::Route> status_page_routes(StatusPageContext& ctx);

}  // namespace siang::server::public_site
