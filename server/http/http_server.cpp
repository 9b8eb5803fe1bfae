// The libmicrohttpd adapter: one daemon per listener, a thread per connection, a watchdog that
// drops connections whose request does not arrive within the deadline, and the route table.
#include "server/http/http_server.hpp"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "sync/office_api.hpp"

namespace siang::server::http {

static_assert(default_max_body_bytes == sync::max_request_bytes);

namespace {

using Clock = std::chrono::steady_clock;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::vector<std::string> split_path(std::string_view path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    if (path.starts_with('/')) start = 1;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const auto end = slash == std::string_view::npos ? path.size() : slash;
        parts.emplace_back(path.substr(start, end - start));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return parts;
}

struct CompiledRoute {
    Route route;
    std::vector<std::string> segments;  // "{name}" for a capture
};

bool is_capture(const std::string& segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// The captures of `path` under `route`, or nullopt when it does not match.
std::optional<std::map<std::string, std::string>> match(const CompiledRoute& route,
                                                        const std::vector<std::string>& path) {
    if (route.segments.size() != path.size()) return std::nullopt;
    std::map<std::string, std::string> params;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const std::string& s = route.segments[i];
        if (is_capture(s)) {
            if (path[i].empty()) return std::nullopt;
            params[s.substr(1, s.size() - 2)] = path[i];
        } else if (s != path[i]) {
            return std::nullopt;
        }
    }
    return params;
}

// What the listener keeps of one connection.
struct Connection {
    int fd = -1;
    Clock::time_point deadline{};
    bool receiving = true;  // a request is (or may be) arriving: the deadline runs
};

// One request between its first and its last callback.
struct RequestState {
    std::string method;
    std::string path;
    std::string body;
    const CompiledRoute* route = nullptr;
    std::map<std::string, std::string> params;
    Clock::time_point started = Clock::now();
};

Response error_response(int status, Error error) {
    return Response{.status = status, .body = error_body(error), .headers = {}};
}

}  // namespace

std::string error_body(const Error& error) {
    return sync::encode_error(error);
}

struct HttpServer::Impl {
    ListenerOptions options;
    std::vector<CompiledRoute> routes;
    MHD_Daemon* daemon = nullptr;
    int listen_fd = -1;
    int bound_port = 0;

    mutable std::mutex mutex;
    std::condition_variable changed;
    std::map<MHD_Connection*, Connection> connections;
    std::size_t in_flight = 0;
    std::size_t dropped_late = 0;
    std::size_t accepted = 0;
    std::atomic<std::size_t> handled{0};
    std::atomic<std::size_t> refused{0};
    std::atomic<bool> stopping{false};
    bool watchdog_stop = false;
    std::thread watchdog;
    bool stopped = false;

    void log(LogLevel level, const std::string& text) const {
        const std::string line = options.name + ": " + text;
        if (options.log)
            options.log(level, line);
        else
            log_line(level, line);
    }

    // Drops every connection whose request is late; sleeps until the next deadline otherwise, or
    // until a connection comes or goes (never on a timer when there is nothing to watch).
    void watch() {
        std::unique_lock lock(mutex);
        while (!watchdog_stop) {
            const auto now = Clock::now();
            std::optional<Clock::time_point> next;
            for (auto& [conn, c] : connections) {
                if (!c.receiving || c.fd < 0) continue;
                if (c.deadline <= now) {
                    // The connection's thread sees end-of-file and closes it; the fd stays
                    // MHD's until then (it is erased from this map before MHD closes it).
                    ::shutdown(c.fd, SHUT_RDWR);
                    c.fd = -1;
                    ++dropped_late;
                    log(LogLevel::notice,
                        "dropped a connection whose request was still "
                        "arriving after " +
                            std::to_string(options.request_deadline.count()) + " ms");
                    continue;
                }
                if (!next || c.deadline < *next) next = c.deadline;
            }
            if (next)
                changed.wait_until(lock, *next);
            else
                changed.wait(lock);
        }
    }

    static void on_connection(void* cls, MHD_Connection* conn, void** socket_context,
                              MHD_ConnectionNotificationCode code) {
        (void)socket_context;
        auto* self = static_cast<Impl*>(cls);
        std::lock_guard lock(self->mutex);
        if (code == MHD_CONNECTION_NOTIFY_STARTED) {
            ++self->accepted;
            const MHD_ConnectionInfo* info =
                MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
            self->connections[conn] = Connection{
                info ? info->connect_fd : -1, Clock::now() + self->options.request_deadline, true};
        } else {
            self->connections.erase(conn);
        }
        self->changed.notify_all();
    }

    void set_receiving(MHD_Connection* conn, bool receiving) {
        std::lock_guard lock(mutex);
        auto it = connections.find(conn);
        if (it == connections.end()) return;
        it->second.receiving = receiving;
        if (receiving) it->second.deadline = Clock::now() + options.request_deadline;
        changed.notify_all();
    }

    static void on_completed(void* cls, MHD_Connection* conn, void** req_cls,
                             MHD_RequestTerminationCode) {
        auto* self = static_cast<Impl*>(cls);
        delete static_cast<RequestState*>(*req_cls);
        *req_cls = nullptr;
        // The next request on this kept-alive connection has the deadline from now.
        self->set_receiving(conn, true);
        std::lock_guard lock(self->mutex);
        if (self->in_flight > 0) --self->in_flight;
        self->changed.notify_all();
    }

    MHD_Result send(MHD_Connection* conn, const Response& r) const {
        MHD_Response* resp = nullptr;
        if (r.file && r.file->fd) {
            // libmicrohttpd reads the file as the client takes it (through TLS: chunk by chunk,
            // never the whole file in memory) and closes its own copy of the descriptor.
            const int fd = ::dup(*r.file->fd);
            if (fd < 0) return MHD_NO;
            resp = MHD_create_response_from_fd64(r.file->size, fd);
            if (resp == nullptr) ::close(fd);
        } else {
            resp = MHD_create_response_from_buffer(r.body.size(), const_cast<char*>(r.body.data()),
                                                   MHD_RESPMEM_MUST_COPY);
        }
        if (resp == nullptr) return MHD_NO;
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r.content_type.c_str());
        MHD_add_response_header(resp, "Cache-Control", "no-store");
        MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
        for (const auto& [name, value] : r.headers)
            MHD_add_response_header(resp, name.c_str(), value.c_str());
        // Stopping: the client opens a new connection next time (to whoever answers then).
        if (stopping) MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
        const MHD_Result rc = MHD_queue_response(conn, static_cast<unsigned>(r.status), resp);
        MHD_destroy_response(resp);
        return rc;
    }

    MHD_Result refuse(MHD_Connection* conn, int status, Error error, std::string_view why,
                      const std::string& allow = {}) {
        ++refused;
        log(LogLevel::info, "refused a request from " + peer_of(conn) + ": " +
                                std::to_string(status) + " " + std::string(why));
        Response r = error_response(status, std::move(error));
        if (!allow.empty()) r.headers.emplace_back("Allow", allow);
        return send(conn, r);
    }

    static std::string peer_of(MHD_Connection* conn) {
        const MHD_ConnectionInfo* info =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
        if (info == nullptr || info->client_addr == nullptr) return "?";
        char buf[INET6_ADDRSTRLEN] = {};
        const sockaddr* sa = info->client_addr;
        if (sa->sa_family == AF_INET) {
            ::inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, buf,
                        sizeof buf);
        } else if (sa->sa_family == AF_INET6) {
            const auto* in6 = reinterpret_cast<const sockaddr_in6*>(sa);
            if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
                ::inet_ntop(AF_INET, &in6->sin6_addr.s6_addr[12], buf, sizeof buf);
            } else {
                ::inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof buf);
            }
        } else {
            return "?";
        }
        return buf;
    }

    static MHD_Result collect(void* cls, MHD_ValueKind, const char* key, const char* value) {
        auto* map = static_cast<std::map<std::string, std::string>*>(cls);
        if (key != nullptr) (*map)[std::string(key)] = value ? value : "";
        return MHD_YES;
    }

    static MHD_Result collect_header(void* cls, MHD_ValueKind, const char* key, const char* value) {
        auto* map = static_cast<std::map<std::string, std::string>*>(cls);
        if (key != nullptr) (*map)[lower(key)] = value ? value : "";
        return MHD_YES;
    }

    // The first callback of a request: everything that can be refused from the headers alone.
    MHD_Result begin(MHD_Connection* conn, const char* url, const char* method, void** req_cls) {
        {
            std::lock_guard lock(mutex);
            ++in_flight;
        }
        auto* state = new RequestState;
        *req_cls = state;
        state->method = method ? method : "";
        state->path = url ? url : "";
        auto header = [&](const char* name) -> std::optional<std::string> {
            const char* v = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, name);
            if (v == nullptr) return std::nullopt;
            return std::string(v);
        };
        if (header(MHD_HTTP_HEADER_TRANSFER_ENCODING))
            return refuse(conn, MHD_HTTP_LENGTH_REQUIRED,
                          Error{Errc::invalid_input, "transfer_encoding"}, "Transfer-Encoding");
        if (auto enc = header(MHD_HTTP_HEADER_CONTENT_ENCODING); enc && lower(*enc) != "identity")
            return refuse(conn, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
                          Error{Errc::invalid_input, "content_encoding"}, "Content-Encoding");
        const auto length = header(MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (length) {
            std::uint64_t n = 0;
            const auto [end, ec] =
                std::from_chars(length->data(), length->data() + length->size(), n);
            if (ec == std::errc::result_out_of_range ||
                (ec == std::errc{} && n > options.max_body_bytes))
                return refuse(conn, MHD_HTTP_CONTENT_TOO_LARGE,
                              Error{.code = Errc::input_too_large,
                                    .detail = "body",
                                    .limit = static_cast<std::int64_t>(options.max_body_bytes)},
                              "body over the limit");
        } else if (state->method == "POST" || state->method == "PUT" || state->method == "PATCH") {
            return refuse(conn, MHD_HTTP_LENGTH_REQUIRED,
                          Error{Errc::invalid_input, "length_required"}, "no Content-Length");
        }
        const auto parts = split_path(state->path);
        std::string allow;
        for (const auto& r : routes) {
            auto params = match(r, parts);
            if (!params) continue;
            if (r.route.method == state->method) {
                state->route = &r;
                state->params = std::move(*params);
                return MHD_YES;
            }
            if (allow.find(r.route.method) == std::string::npos)
                allow += (allow.empty() ? "" : ", ") + r.route.method;
        }
        if (!allow.empty())
            return refuse(conn, MHD_HTTP_METHOD_NOT_ALLOWED, Error{Errc::invalid_input, "method"},
                          "method not allowed", allow);
        return refuse(conn, MHD_HTTP_NOT_FOUND, Error{Errc::not_found}, "no such route");
    }

    // The last callback of a request: the body is whole; the handler answers.
    MHD_Result finish(MHD_Connection* conn, RequestState& state) {
        set_receiving(conn, false);
        Request req;
        req.method = std::move(state.method);
        req.path = std::move(state.path);
        req.params = std::move(state.params);
        req.body = std::move(state.body);
        req.peer = peer_of(conn);
        MHD_get_connection_values(conn, MHD_HEADER_KIND, &Impl::collect_header, &req.headers);
        MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, &Impl::collect, &req.query);
        Response r;
        // The idle timeout does not cut a handler that takes longer (a long poll waits 25 s,
        // sync::staff_event_wait): libmicrohttpd counts silence from the answer on
        // (http_server_test AHandlerSlowerThanTheIdleTimeoutIsStillAnswered).
        try {
            r = state.route->route.handler(req);
        } catch (...) {
            // Handlers must not throw; one that does still gets the client an answer.
            log(LogLevel::err, "the handler of " + state.route->route.method + " " +
                                   state.route->route.pattern + " threw");
            r = error_response(500, Error{Errc::internal, "handler"});
        }
        ++handled;
        if (r.status >= 500)
            log(LogLevel::warning, state.route->route.method + " " + state.route->route.pattern +
                                       " answered " + std::to_string(r.status));
        return send(conn, r);
    }

    static MHD_Result on_request(void* cls, MHD_Connection* conn, const char* url,
                                 const char* method, const char*, const char* upload_data,
                                 std::size_t* upload_data_size, void** req_cls) {
        auto* self = static_cast<Impl*>(cls);
        auto* state = static_cast<RequestState*>(*req_cls);
        if (state == nullptr) return self->begin(conn, url, method, req_cls);
        if (state->route == nullptr) {
            // Refused in begin(): its answer is queued; nothing of the body is wanted.
            *upload_data_size = 0;
            return MHD_YES;
        }
        if (*upload_data_size != 0) {
            if (state->body.size() + *upload_data_size > self->options.max_body_bytes) {
                ++self->refused;
                self->log(LogLevel::info, "dropped a request whose body outgrew the limit");
                return MHD_NO;  // closes the connection
            }
            state->body.append(upload_data, *upload_data_size);
            *upload_data_size = 0;
            return MHD_YES;
        }
        return self->finish(conn, *state);
    }

    Result<void> bind_socket() {
        const bool v6 = options.address.find(':') != std::string::npos;
        sockaddr_storage addr{};
        socklen_t len = 0;
        if (v6) {
            auto* a = reinterpret_cast<sockaddr_in6*>(&addr);
            a->sin6_family = AF_INET6;
            a->sin6_port = htons(static_cast<std::uint16_t>(options.port));
            if (::inet_pton(AF_INET6, options.address.c_str(), &a->sin6_addr) != 1)
                return fail(Errc::invalid_argument, options.address);
            len = sizeof(sockaddr_in6);
        } else {
            auto* a = reinterpret_cast<sockaddr_in*>(&addr);
            a->sin_family = AF_INET;
            a->sin_port = htons(static_cast<std::uint16_t>(options.port));
            if (::inet_pton(AF_INET, options.address.c_str(), &a->sin_addr) != 1)
                return fail(Errc::invalid_argument, options.address);
            len = sizeof(sockaddr_in);
        }
        const std::string where = (v6 ? "[" + options.address + "]" : options.address) + ":" +
                                  std::to_string(options.port);
        if (options.port < 0 || options.port > 65535) return fail(Errc::invalid_argument, where);
        listen_fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (listen_fd < 0) return fail(Errc::io_error, where + ": " + std::strerror(errno));
        const int one = 1;
        ::setsockopt(listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (v6) ::setsockopt(listen_fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
        if (::bind(listen_fd, reinterpret_cast<sockaddr*>(&addr), len) != 0 ||
            ::listen(listen_fd, 128) != 0) {
            const int err = errno;
            ::close(listen_fd);
            listen_fd = -1;
            return fail(Errc::io_error, where + ": " + std::strerror(err));
        }
        sockaddr_storage bound{};
        socklen_t blen = sizeof bound;
        ::getsockname(listen_fd, reinterpret_cast<sockaddr*>(&bound), &blen);
        bound_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                              : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
        return {};
    }

    unsigned idle_seconds() const {
        return static_cast<unsigned>(std::max<long long>(1, options.idle_timeout.count()));
    }

    Result<void> start_daemon() {
        const bool v6 = options.address.find(':') != std::string::npos;
        // poll(), not epoll: libmicrohttpd does not combine epoll with a thread per connection,
        // and handlers must be able to block (a filing waits for its group commit).
        unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD |
                         MHD_USE_ITC | MHD_USE_POLL;
        if (v6) flags |= MHD_USE_IPv6;
        if (options.tls) flags |= MHD_USE_TLS;
        const auto idle = idle_seconds();
        // The options both listeners share, then the TLS identity for the office API.
        const auto fn = [](auto* f) { return reinterpret_cast<intptr_t>(f); };
        std::vector<MHD_OptionItem> items{
            {MHD_OPTION_LISTEN_SOCKET, listen_fd, nullptr},
            {MHD_OPTION_CONNECTION_LIMIT, options.connection_limit, nullptr},
            {MHD_OPTION_PER_IP_CONNECTION_LIMIT, options.per_ip_connection_limit, nullptr},
            {MHD_OPTION_CONNECTION_TIMEOUT, idle, nullptr},
            {MHD_OPTION_CONNECTION_MEMORY_LIMIT, static_cast<intptr_t>(options.header_memory_bytes),
             nullptr},
            {MHD_OPTION_NOTIFY_COMPLETED, fn(&Impl::on_completed), this},
            {MHD_OPTION_NOTIFY_CONNECTION, fn(&Impl::on_connection), this},
            {MHD_OPTION_STRICT_FOR_CLIENT, 1, nullptr}};
        if (options.tls) {
            static constexpr const char* priorities = "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2";
            items.push_back(
                {MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char*>(options.tls->key_pem.c_str())});
            items.push_back(
                {MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char*>(options.tls->cert_pem.c_str())});
            items.push_back({MHD_OPTION_HTTPS_PRIORITIES, 0, const_cast<char*>(priorities)});
        }
        items.push_back({MHD_OPTION_END, 0, nullptr});
        daemon = MHD_start_daemon(flags, 0, nullptr, nullptr, &Impl::on_request, this,
                                  MHD_OPTION_ARRAY, items.data(), MHD_OPTION_END);
        if (daemon == nullptr) {
            ::close(listen_fd);
            listen_fd = -1;
            // With a socket that is already bound, what is left to refuse is the TLS identity.
            if (options.tls) return fail(Errc::invalid_argument, "tls identity");
            return fail(Errc::internal, "MHD_start_daemon");
        }
        return {};
    }

    void stop() {
        if (stopped) return;
        stopped = true;
        stopping = true;
        if (daemon != nullptr) {
            // No new connections; those open finish what they are doing.
            const MHD_socket fd = MHD_quiesce_daemon(daemon);
            if (fd != MHD_INVALID_SOCKET) ::close(fd);
            {
                std::unique_lock lock(mutex);
                changed.wait_for(lock, options.stop_grace, [&] { return in_flight == 0; });
                if (in_flight > 0)
                    log(LogLevel::warning, std::to_string(in_flight) +
                                               " requests still running at the end of the grace "
                                               "time; waiting for them");
            }
            MHD_stop_daemon(daemon);  // closes idle connections, joins every thread
            daemon = nullptr;
        } else if (listen_fd >= 0) {
            ::close(listen_fd);
        }
        listen_fd = -1;
        {
            std::lock_guard lock(mutex);
            watchdog_stop = true;
            changed.notify_all();
        }
        if (watchdog.joinable()) watchdog.join();
    }
};

Result<HttpServer> HttpServer::start(ListenerOptions options, std::vector<Route> routes) {
    auto impl = std::make_unique<Impl>();
    impl->options = std::move(options);
    for (auto& r : routes) {
        auto segments = split_path(r.pattern);
        impl->routes.push_back(CompiledRoute{std::move(r), std::move(segments)});
    }
    if (auto ok = impl->bind_socket(); !ok) return std::unexpected(ok.error());
    impl->watchdog = std::thread([p = impl.get()] { p->watch(); });
    if (auto ok = impl->start_daemon(); !ok) {
        impl->stop();
        return std::unexpected(ok.error());
    }
    return HttpServer(std::move(impl));
}

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpServer::HttpServer(HttpServer&&) noexcept = default;
HttpServer& HttpServer::operator=(HttpServer&& other) noexcept {
    if (this != &other) {
        stop();
        impl_ = std::move(other.impl_);
    }
    return *this;
}
HttpServer::~HttpServer() {
    stop();
}

int HttpServer::port() const {
    return impl_ ? impl_->bound_port : 0;
}

ListenerStats HttpServer::stats() const {
    if (!impl_) return {};
    std::lock_guard lock(impl_->mutex);
    return ListenerStats{impl_->connections.size(), impl_->accepted,       impl_->in_flight,
                         impl_->dropped_late,       impl_->handled.load(), impl_->refused.load()};
}

void HttpServer::stop() {
    if (impl_) impl_->stop();
}

}  // namespace siang::server::http
