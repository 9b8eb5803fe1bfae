// Parsing siang-server's options with CLI11 and laying them over the [server] table.
#include "server/server_options.hpp"

#include <CLI/CLI.hpp>

#include "config/config_location.hpp"
#include "config/store_location.hpp"

namespace siang::server {

std::variant<ServerOptions, int> parse_server_options(int argc, char** argv) {
    ServerOptions o;
    CLI::App app{"siang-server: the office server that owns the store (SPEC §9)", "siang-server"};
    app.add_option_function<std::string>(
        "--store", [&o](const std::string& p) { o.store_path = p; },
        "SQLite store file (default: the configuration's store_path, $SIANG_STORE, "
        "/var/lib/siang/siang.db for root or the siang user)");
    app.add_option("--config", o.config_path, "TOML configuration file ([server] table)");
    app.add_option_function<std::string>(
        "--listen", [&o](const std::string& a) { o.listen = a; },
        "Office API (HTTPS) address, IP:PORT (default from [server] listen, 127.0.0.1:8443)");
    app.add_option_function<std::string>(
        "--public", [&o](const std::string& a) { o.public_listen = a; },
        "Public site (plain HTTP) address, IP:PORT (default from [server] public, "
        "127.0.0.1:8080)");
    app.add_option("--port-file", o.port_file,
                   "Write \"OFFICE_PORT PUBLIC_PORT\" to this file once both listeners are bound");
    app.add_option("--lang", o.lang, "Language of messages: th or en (default from LANG)");
    // No group: left out of --help; only the system tests move the server's clock.
    app.add_option("--test-clock-file", o.test_clock_file)->group("");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int rc = app.exit(e);
        return rc == 0 ? int{exit_ok} : int{exit_usage};
    }
    return o;
}

Result<ServerSettings> resolve_server_settings(const ServerOptions& options) {
    auto cfg = config::load_installation_config(options.config_path);
    if (!cfg) return std::unexpected(cfg.error());
    auto path = config::resolve_store_path(options.store_path, *cfg);
    if (!path) return std::unexpected(path.error());
    ServerSettings s;
    s.store_path = std::move(*path);
    // The configuration's addresses were checked when it loaded; the options are checked here.
    auto office = config::parse_listen_address(options.listen.value_or(cfg->server.listen));
    if (!office) return fail(Errc::invalid_argument, "--listen " + options.listen.value_or(""));
    auto pub =
        config::parse_listen_address(options.public_listen.value_or(cfg->server.public_listen));
    if (!pub) return fail(Errc::invalid_argument, "--public " + options.public_listen.value_or(""));
    s.office = std::move(*office);
    s.public_site = std::move(*pub);
    s.config = std::move(*cfg);
    return s;
}

}  // namespace siang::server
