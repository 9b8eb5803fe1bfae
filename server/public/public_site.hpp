// The public listener's route list (SPEC §9, issue 14): /healthz, the phone status page /t/ and,
// from other features, one line each (e.g. open311_routes(ctx)). The public site only reads the
// store: its handlers call read methods only (find_by_code, public statistics), never a write.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "core/error.hpp"
#include "domain/thai_calendar.hpp"
#include "server/api/rate_limit.hpp"
#include "server/api/store_pool.hpp"
#include "server/http/route.hpp"
#include "server/public/ita_report_cache.hpp"
#include "server/public/open311.hpp"

namespace siang::server::public_site {

// What the public routes share. Made once by open_context, alive while the listener runs.
struct PublicContext {
    // Connections of its own (the office API's stay the office's); read calls only.
    std::unique_ptr<api::StorePool> pool;
    config::Config config;
    std::function<domain::TimePoint()> now;  // the server's clock, to the second
    std::function<api::FailureWindow::Clock::time_point()> steady_now;
    // Wrong, mistyped or unknown codes per client address (status_page.hpp): 10 in 10 minutes,
    // then a plain page saying how long to wait.
    api::FailureWindow track_per_peer{10, std::chrono::minutes{10}};
    // The ITA pages' counts, recounted at most once a minute per fiscal year.
    ItaReportCache ita_reports;
    // Open311 GeoReport v2 (open311.hpp), with its own store connections and the same clock.
    std::unique_ptr<open311::Open311Site> open311;
};

// Opens the public site's store connections. `clock_offset` (tests only, --test-clock-file)
// is added to both clocks; empty: none. `filed` runs after a case was filed here (an Open311
// POST): siang-server wakes the staff consoles with it. Errors: Store::open's.
Result<std::unique_ptr<PublicContext>> open_context(
    const std::string& store_path, const config::Config& config,
    std::function<std::chrono::seconds()> clock_offset = {}, std::function<void()> filed = {});

// Every route of the public listener. `ctx` must outlive the listener. Add a feature's routes
// here with one line.
std::vector<http::Route> routes(PublicContext& ctx);

// An HTML page with the public site's headers: a CSP without scripts or framing, no referrer
// (a status page's URL holds its code). The listener adds Cache-Control: no-store and nosniff.
http::Response html_response(int status, std::string body);

// The features' route lists (server/public/<feature>.cpp).
std::vector<http::Route> tracking_routes(PublicContext& ctx);
std::vector<http::Route> ita_routes(PublicContext& ctx);

}  // namespace siang::server::public_site
