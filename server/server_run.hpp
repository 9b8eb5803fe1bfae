// siang-server from its command line to its exit code: settings, identity, the office API, both
// listeners, and the clean stop on SIGTERM or SIGINT. main.cpp is this; tests run it with extra
// routes (a handler that sleeps) through the same signal and shutdown path.
#pragma once

#include <vector>

#include "server/http/route.hpp"

namespace siang::server {

// Runs the server until SIGTERM or SIGINT and returns the process exit code: 0 after a clean stop
// (listeners stopped with their in-flight requests answered, OfficeApi::shutdown done), else
// exit_code() of what kept it from starting, reported with i18n::report_error on stderr.
// `extra_office_routes` are served beside the office API's own (tests only).
int run_server(int argc, char** argv, std::vector<http::Route> extra_office_routes = {});

}  // namespace siang::server
