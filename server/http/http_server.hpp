// One HTTP(S) listener of siang-server over libmicrohttpd: the only code that knows it. It parses,
// size-checks and completes each request, matches it against a route table and hands a Request
// to the route's handler on a thread of its own (handlers may block: a filing waits for its
// commit).
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "server/http/route.hpp"
#include "server/server_log.hpp"

namespace siang::server::http {

// The largest request body by default: sync::max_request_bytes (checked in http_server.cpp).
inline constexpr std::size_t default_max_body_bytes = std::size_t{256} << 10;

struct TlsIdentity {
    std::string key_pem;
    std::string cert_pem;
};

using LogFunction = std::function<void(LogLevel, std::string_view)>;

struct ListenerOptions {
    std::string address = "127.0.0.1";  // numeric: "127.0.0.1", "::1", "0.0.0.0"
    int port = 0;                       // 0: any free port (HttpServer::port() tells which)
    std::optional<TlsIdentity> tls;     // HTTPS when set, plain HTTP otherwise
    std::size_t max_body_bytes = default_max_body_bytes;  // larger: 413 before it is read
    unsigned connection_limit = 256;        // open connections; more are closed at once
    unsigned per_ip_connection_limit = 32;  // from one client address
    std::chrono::seconds idle_timeout{15};  // a connection silent this long is closed
    // A request (headers and body) must have arrived within this of the connection's start or
    // the end of its previous answer, or the connection is dropped: a slow drip cannot hold a
    // thread. The handler's own time does not count.
    std::chrono::milliseconds request_deadline{30000};
    // How long stop() lets requests in flight finish before it closes every connection.
    std::chrono::milliseconds stop_grace{10000};
    std::size_t header_memory_bytes = 32 << 10;  // per connection; larger headers: 431
    std::string name = "http";  // names the listener in log lines ("office", "public")
    LogFunction log;            // empty: server::log_line (stderr)
};

// What a listener has seen, for tests and the log.
struct ListenerStats {
    std::size_t open_connections = 0;
    std::size_t accepted = 0;  // connections taken since start
    std::size_t requests_in_flight = 0;
    std::size_t dropped_late = 0;  // connections dropped by the request deadline
    std::size_t handled = 0;       // requests answered by a handler
    std::size_t refused = 0;       // requests answered by the listener itself (4xx)
};

class HttpServer {
  public:
    // Binds and listens, then serves `routes` until stop(). Requests are refused before any
    // handler runs: a body over max_body_bytes (413), "Transfer-Encoding" (411), a
    // "Content-Encoding" other than identity (415), a POST or PUT without Content-Length (411), no
    // route for the path (404) or the method (405, with Allow); libmicrohttpd answers malformed
    // requests (400) and oversized headers (431). Errors: invalid_argument (an address that is not
    // numeric, a TLS key or certificate libmicrohttpd refuses), io_error (the address cannot be
    // bound; detail "ADDR:PORT: reason"), internal.
    static Result<HttpServer> start(ListenerOptions options, std::vector<Route> routes);

    HttpServer(HttpServer&&) noexcept;
    HttpServer& operator=(HttpServer&&) noexcept;
    ~HttpServer();  // stop()

    // The port bound (the real one when the options asked for 0).
    int port() const;
    ListenerStats stats() const;

    // Graceful stop: takes no new connections, answers what is in flight (with "Connection:
    // close") for up to stop_grace, then closes every connection. Idempotent.
    void stop();

  private:
    struct Impl;
    explicit HttpServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// The body of an error answer, {"error": {"code": NAME, ...}} (the shape of
// shared/sync/office_api.hpp).
std::string error_body(const Error& error);

}  // namespace siang::server::http
