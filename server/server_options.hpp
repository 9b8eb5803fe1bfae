// siang-server's command line and what it resolves to with the configuration file.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "config/config.hpp"
#include "config/listen_address.hpp"
#include "core/error.hpp"

namespace siang::server {

struct ServerOptions {
    std::optional<std::string> store_path;     // --store; else the configuration's, the default
    std::string config_path;                   // --config; empty: built-in defaults
    std::optional<std::string> listen;         // --listen ADDR:PORT (office API, HTTPS)
    std::optional<std::string> public_listen;  // --public ADDR:PORT (public site, HTTP)
    std::string port_file;  // --port-file: "OFFICE_PORT PUBLIC_PORT\n" once both are bound
    std::string lang;       // --lang th|en; empty: from the environment
    // --test-clock-file (hidden, tests only): a file holding whole seconds the API's clocks run
    // ahead by, read at every clock reading; missing or unreadable counts as 0.
    std::string test_clock_file;
};

// The options of `argv`, or the exit code to end with at once (0 after --help; exit_usage after
// a bad command line, which CLI11 has already described on stderr).
std::variant<ServerOptions, int> parse_server_options(int argc, char** argv);

struct ServerSettings {
    std::string store_path;
    config::Config config;
    config::ListenAddress office;
    config::ListenAddress public_site;
};

// The configuration loaded and the options laid over it. Errors: the configuration's (io_error,
// config_invalid), invalid_argument ("--listen X", "--public X", "--store \"\"").
Result<ServerSettings> resolve_server_settings(const ServerOptions& options);

}  // namespace siang::server
