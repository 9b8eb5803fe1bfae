// The office API's side of siang-server: the store it owns, the filing writer, and the route
// table the HTTPS listener serves (SPEC §9). server/main.cpp makes one and hands its routes to the
// listener; the handlers themselves live in server/api/<feature>.cpp.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "core/error.hpp"
#include "server/http/route.hpp"

namespace siang::server::api {

// What the server knows of itself beyond the store and configuration.
struct ApiSetup {
    std::string fingerprint;  // the TLS certificate's SHA-256 (lower-case hex), for kiosk offers
    // The office API as kiosks on this box reach it (config::office_url of the bound address,
    // known only once the listener is up, hence a function).
    std::function<std::string()> url;
    // Tests only (siang-server's hidden --test-clock-file): added to both of the API's clocks on
    // every reading, so a test moves time forward (session expiry, login back-off) without
    // waiting. Empty: none.
    std::function<std::chrono::seconds()> clock_offset;
};

class OfficeApi {
  public:
    // Opens the store at `store_path` (it must exist: `siang init`), with the directory and
    // limits of `config`. Errors: the store's (store_missing, store_corrupt, …).
    static Result<std::unique_ptr<OfficeApi>> open(const std::string& store_path,
                                                   const config::Config& config,
                                                   ApiSetup setup = {});
    virtual ~OfficeApi() = default;

    // Every route of the office API (/api/v1/…), for the HTTPS listener.
    virtual std::vector<http::Route> routes() = 0;
    // Wakes the staff consoles' long polls, which answer at once from now on: called when the
    // server begins to stop, before the listener waits for the requests in flight.
    virtual void stop_waiting() = 0;
    // A case was filed outside the office API (the public site's Open311 POST): wakes the
    // consoles' long polls as a kiosk's filing does (a clerk's only when the count of what a
    // clerk sees moved). From any thread.
    virtual void case_filed() = 0;
    // Finishes what was accepted (the filing writer commits and answers what it holds) and
    // closes the store. Called after the listener stopped taking requests.
    virtual void shutdown() = 0;
};

}  // namespace siang::server::api
