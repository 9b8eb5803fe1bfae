// GET /t/<code> and GET /t/?code=… on the public listener (SPEC §13, issue 14 item 1): the phone
// page behind the receipt QR, from the store's PublicStatus — the same call the kiosk's tracking
// endpoint makes (Store::find_by_code), so the two never show different things.
//
// Wrong codes (malformed, mistyped, unknown) count per client address; past 10 in 10 minutes the
// address waits (429 with Retry-After), as the kiosk pauses after 5 in a row. Behind the office's
// nginx every request arrives from loopback, so there, and only there, X-Real-IP names the
// client (the shipped nginx site sets it). The code never reaches a log line (the HTTP adapter
// logs no path), and every answer carries Cache-Control: no-store, a CSP allowing nothing but
// the page's own inline style, and Referrer-Policy: no-referrer (html_response).
#pragma once

#include <string>

#include "server/http/request.hpp"

namespace siang::server::public_site {

// The address a public request counts against: the peer, or X-Real-IP when the peer is loopback
// (the nginx in front, whose shipped site sets it). The routes are tracking_routes(PublicContext&)
// of public_site.hpp.
std::string client_address(const http::Request& req);

}  // namespace siang::server::public_site
