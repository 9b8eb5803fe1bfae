// The office API's side of siang-server: the store it owns, the filing writer, and the route
// table the HTTPS listener serves (SPEC §9). server/main.cpp makes one and hands its routes to the
// listener; the handlers themselves live in server/api/<feature>.cpp.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "core/error.hpp"
#include "server/http/route.hpp"

namespace siang::server::api {

class OfficeApi {
  public:
    // Opens the store at `store_path` (it must exist: `siang init`), with the directory and
    // limits of `config`. Errors: the store's (store_missing, store_corrupt, …).
    static Result<std::unique_ptr<OfficeApi>> open(const std::string& store_path,
                                                   const config::Config& config);
    virtual ~OfficeApi() = default;

    // Every route of the office API (/api/v1/…), for the HTTPS listener.
    virtual std::vector<http::Route> routes() = 0;
    // Wakes the staff consoles' long polls, which answer at once from now on: called when the
    // server begins to stop, before the listener waits for the requests in flight.
    virtual void stop_waiting() = 0;
    // Finishes what was accepted (the filing writer commits and answers what it holds) and
    // closes the store. Called after the listener stopped taking requests.
    virtual void shutdown() = 0;
};

}  // namespace siang::server::api
