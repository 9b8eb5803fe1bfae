// Open311 GeoReport v2 on the public site (issue 14, SPEC §13): GET services.json,
// services/{code}.json, requests.json (the spec's filters and its 90-day / 1,000 default window)
// and requests/{id}.json; POST requests.json with a per-integration api_key
// (`siang integration add NAME`). Our kinds and services are its service codes, our statuses
// open/closed with the office's public reply as status_notes, the case number its
// service_request_id. Corruption complaints are never listed, shown or accepted; nothing a
// citizen typed (description, address, contact) is ever returned.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "core/error.hpp"
#include "server/http/route.hpp"

namespace siang::server::open311 {

// The prefix of every route.
inline constexpr std::string_view path_prefix = "/open311/v2/";
// The most requests one GET answers, and the default window without start_date/end_date.
inline constexpr std::size_t max_requests = 1000;
inline constexpr std::chrono::days default_window{90};

class Open311Site {
  public:
    // Opens its own connections to the store at `store_path` with the directory of `config`.
    // `now`, when set, is the server's clock (tests move it). `filed`, when set, runs after
    // each accepted POST (siang-server wakes the staff consoles' live events with it, as a
    // kiosk's filing does). Errors: Store::open's.
    static Result<std::unique_ptr<Open311Site>> open(const std::string& store_path,
                                                     const config::Config& config,
                                                     std::function<domain::TimePoint()> now = {},
                                                     std::function<void()> filed = {});
    virtual ~Open311Site() = default;
    // Every route under /open311/v2/, for the public listener.
    virtual std::vector<http::Route> routes() = 0;
};

}  // namespace siang::server::open311
