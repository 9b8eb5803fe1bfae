// Starting, running and stopping siang-server.
#include "server/server_run.hpp"

#include <pthread.h>
#include <signal.h>

#include <clocale>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "config/listen_address.hpp"
#include "core/output_file.hpp"
#include "i18n/catalog.hpp"
#include "net/server_identity.hpp"
#include "server/api/office_api.hpp"
#include "server/http/http_server.hpp"
#include "server/public/healthz.hpp"
#include "server/public/public_site.hpp"
#include "server/server_log.hpp"
#include "server/server_options.hpp"
#include "server/systemd_notify.hpp"
#include "store/store_files.hpp"
#include "systemd/notify.hpp"

namespace siang::server {
namespace {

http::ListenerOptions listener_options(const config::Server& limits,
                                       const config::ListenAddress& where, std::string name) {
    http::ListenerOptions o;
    o.address = where.host;
    o.port = where.port;
    o.connection_limit = static_cast<unsigned>(limits.max_connections);
    o.per_ip_connection_limit = static_cast<unsigned>(limits.max_connections_per_ip);
    o.idle_timeout = std::chrono::seconds(limits.idle_timeout_s);
    o.request_deadline = std::chrono::seconds(limits.request_deadline_s);
    o.name = std::move(name);
    return o;
}

// The seconds in the file (--test-clock-file), 0 when it cannot be read.
std::chrono::seconds clock_offset_in(const std::string& path) {
    std::ifstream in(path);
    long long seconds = 0;
    if (!(in >> seconds)) return std::chrono::seconds{0};
    return std::chrono::seconds{seconds};
}

// The office URL, set once the listener has bound its port, read by the API's handlers.
class OfficeUrl {
  public:
    void set(std::string url) {
        std::lock_guard lock(mutex_);
        url_ = std::move(url);
    }
    std::string get() {
        std::lock_guard lock(mutex_);
        return url_;
    }

  private:
    std::mutex mutex_;
    std::string url_;
};

int report(const Error& e, i18n::Lang lang) {
    log_line(LogLevel::err, i18n::report_error(e, lang));
    return exit_code(e.code);
}

}  // namespace

int run_server(int argc, char** argv, std::vector<http::Route> extra_office_routes) {
    std::setlocale(LC_ALL, "C.UTF-8");
    // Before any thread starts, so every thread inherits the mask and only sigwait() below sees
    // the stop signals.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    ::signal(SIGPIPE, SIG_IGN);  // a client gone mid-answer is an error value, not a death

    auto parsed = parse_server_options(argc, argv);
    if (const int* rc = std::get_if<int>(&parsed)) return *rc;
    const ServerOptions& options = std::get<ServerOptions>(parsed);
    i18n::Lang lang = i18n::lang_from_env();
    if (!options.lang.empty()) {
        auto l = i18n::parse_lang(options.lang);
        if (!l) return report(Error{Errc::invalid_argument, "--lang " + options.lang}, lang);
        lang = *l;
    }
    auto settings = resolve_server_settings(options);
    if (!settings) return report(settings.error(), lang);
    store::protect_store_files(settings->store_path);
    std::error_code ec;
    if (!std::filesystem::exists(settings->store_path, ec))
        return report(Error{Errc::store_missing, settings->store_path}, lang);

    auto identity = net::load_server_identity(settings->store_path);
    if (!identity) return report(identity.error(), lang);
    auto office_url = std::make_shared<OfficeUrl>();
    api::ApiSetup setup{.fingerprint = identity->fingerprint,
                        .url = [office_url] { return office_url->get(); },
                        .clock_offset = {}};
    if (!options.test_clock_file.empty())
        setup.clock_offset = [path = options.test_clock_file] { return clock_offset_in(path); };
    const auto setup_clock_offset = setup.clock_offset;
    auto api = api::OfficeApi::open(settings->store_path, settings->config, std::move(setup));
    if (!api) return report(api.error(), lang);

    std::vector<http::Route> office_routes = (*api)->routes();
    for (auto& r : extra_office_routes) office_routes.push_back(std::move(r));
    // The watchdog's probe (systemd_notify.cpp) asks this over TLS, as a kiosk would connect.
    office_routes.push_back(public_site::healthz_route());
    auto office_opts = listener_options(settings->config.server, settings->office, "office");
    office_opts.tls = http::TlsIdentity{identity->key_pem, identity->cert_pem};
    auto office = http::HttpServer::start(std::move(office_opts), std::move(office_routes));
    if (!office) {
        (*api)->shutdown();
        return report(office.error(), lang);
    }
    // The office API outlives the public listener (stopped first), so the hook may call it.
    auto public_ctx = public_site::open_context(settings->store_path, settings->config,
                                                setup_clock_offset,
                                                [a = api->get()] { a->case_filed(); });
    if (!public_ctx) {
        office->stop();
        (*api)->shutdown();
        return report(public_ctx.error(), lang);
    }
    auto pub = http::HttpServer::start(
        listener_options(settings->config.server, settings->public_site, "public"),
        public_site::routes(**public_ctx));
    if (!pub) {
        office->stop();
        (*api)->shutdown();
        return report(pub.error(), lang);
    }
    config::ListenAddress office_at = settings->office, public_at = settings->public_site;
    office_at.port = office->port();
    public_at.port = pub->port();
    office_url->set(config::office_url(office_at));
    log_line(LogLevel::info, "office API on https://" + office_at.to_string() +
                                 " (certificate SHA-256 " + identity->fingerprint + ")");
    log_line(LogLevel::info, "public site on http://" + public_at.to_string());
    log_line(LogLevel::info, "store " + settings->store_path);
    if (!options.port_file.empty()) {
        auto ok = write_output_file(options.port_file, std::to_string(office->port()) + " " +
                                                           std::to_string(pub->port()) + "\n");
        if (!ok) {
            pub->stop();
            office->stop();
            (*api)->shutdown();
            return report(ok.error(), lang);
        }
    }

    // Listening: tell systemd (Type=notify), and ping its watchdog while the office API answers.
    systemd::notify_ready();
    std::optional<ServiceWatchdog> watchdog;
    watchdog.emplace(WatchdogProbe{config::office_url(office_at), identity->fingerprint});

    int sig = 0;
    while (sigwait(&stop_signals, &sig) != 0) {
    }
    systemd::notify_stopping();
    watchdog.reset();  // the listeners stop next: their silence is not a hang
    log_line(LogLevel::info, std::string("stopping (") + (sig == SIGINT ? "SIGINT" : "SIGTERM") +
                                 "): answering the requests in flight");
    // The public site first: it never writes. Then the office API, whose in-flight filings
    // finish before the store closes.
    pub->stop();
    (*api)->stop_waiting();  // the consoles' long polls answer now, not in 25 s
    office->stop();
    (*api)->shutdown();
    log_line(LogLevel::info, "stopped");
    return exit_ok;
}

}  // namespace siang::server
