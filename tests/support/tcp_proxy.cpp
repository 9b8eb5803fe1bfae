// The in-test TCP proxy: one thread accepts, one thread per connection relays with poll(2) and
// applies that connection's fault plan.
#include "support/tcp_proxy.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

namespace siang::testing {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int poll_ms = 25;

int listen_loopback(int& port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd, 128) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        ::close(fd);
        return -1;
    }
    port = ntohs(a.sin_port);
    return fd;
}

int connect_loopback(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

// Writes everything unless the peer is gone or the proxy stops; false then.
bool write_all(int fd, const char* p, std::size_t n, const std::atomic<bool>& stopping) {
    while (n > 0) {
        const ssize_t w = ::send(fd, p, n, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (w > 0) {
            p += w;
            n -= static_cast<std::size_t>(w);
            continue;
        }
        if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            if (stopping) return false;
            pollfd pf{fd, POLLOUT, 0};
            ::poll(&pf, 1, poll_ms);
            continue;
        }
        return false;
    }
    return true;
}

}  // namespace

const char* fault_name(Fault f) {
    switch (f) {
        case Fault::pass:
            return "pass";
        case Fault::cut_before_request:
            return "cut_before_request";
        case Fault::cut_after_request:
            return "cut_after_request";
        case Fault::cut_mid_answer:
            return "cut_mid_answer";
        case Fault::black_hole:
            return "black_hole";
    }
    return "?";
}

std::function<FaultPlan(std::size_t)> seeded_faults(std::uint64_t seed,
                                                    std::array<int, fault_kinds> weights,
                                                    int max_exchange) {
    struct State {
        std::mutex m;
        std::mt19937_64 rng;
        std::discrete_distribution<int> fault;
        std::uniform_int_distribution<int> exchange;
    };
    auto s = std::make_shared<State>();
    s->rng.seed(seed);
    s->fault = std::discrete_distribution<int>(weights.begin(), weights.end());
    s->exchange = std::uniform_int_distribution<int>(1, std::max(1, max_exchange));
    return [s](std::size_t) {
        std::lock_guard lock(s->m);
        FaultPlan p;
        p.fault = static_cast<Fault>(s->fault(s->rng));
        p.exchange = s->exchange(s->rng);
        return p;
    };
}

TcpProxy::TcpProxy(ProxyOptions options)
    : options_(std::move(options)),
      target_port_(options_.target_port),
      deadline_(Clock::now() + options_.lifetime) {
    listener_ = listen_loopback(port_);
    if (listener_ < 0) throw std::runtime_error("tcp_proxy: cannot listen on 127.0.0.1");
    acceptor_ = std::thread([this] { accept_loop(); });
}

TcpProxy::~TcpProxy() {
    stop();
}

void TcpProxy::stop() {
    stopping_ = true;
    if (acceptor_.joinable()) acceptor_.join();
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(mutex_);
        threads.swap(connections_);
    }
    for (auto& t : threads)
        if (t.joinable()) t.join();
    if (listener_ >= 0) ::close(listener_);
    listener_ = -1;
}

ProxyCounts TcpProxy::counts() const {
    std::lock_guard lock(mutex_);
    return counts_;
}

FaultPlan TcpProxy::plan_for(std::size_t index) {
    if (!faults_on_) return {};
    if (index < options_.script.size()) return options_.script[index];
    if (options_.choose) return options_.choose(index);
    return {};
}

void TcpProxy::accept_loop() {
    std::size_t index = 0;
    while (!stopping_ && Clock::now() < deadline_) {
        pollfd pf{listener_, POLLIN, 0};
        if (::poll(&pf, 1, poll_ms) <= 0) continue;
        const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) continue;
        const int one = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (open_ >= options_.max_connections) {
            ::close(client);
            std::lock_guard lock(mutex_);
            ++counts_.refused;
            continue;
        }
        const FaultPlan plan = plan_for(index++);
        std::lock_guard lock(mutex_);
        ++counts_.connections;
        ++counts_.planned[static_cast<std::size_t>(plan.fault)];
        ++open_;
        connections_.emplace_back([this, client, plan] {
            relay(client, plan);
            --open_;
        });
    }
    // Stopping by itself at the deadline closes the connections too.
    stopping_ = true;
}

void TcpProxy::relay(int client, FaultPlan plan) {
    auto struck = [&] {
        std::lock_guard lock(mutex_);
        ++counts_.struck[static_cast<std::size_t>(plan.fault)];
    };
    char buf[16384];
    if (plan.fault == Fault::black_hole) {
        struck();
        while (!stopping_) {
            pollfd pf{client, POLLIN, 0};
            if (::poll(&pf, 1, poll_ms) <= 0) continue;
            if (::recv(client, buf, sizeof buf, 0) <= 0) break;  // read and forget
        }
        ::close(client);
        return;
    }
    const int server = connect_loopback(target_port_);
    if (server < 0) {
        ::close(client);
        std::lock_guard lock(mutex_);
        ++counts_.refused;
        return;
    }
    enum Dir { none, from_client, from_server } dir = none;
    int turns = 0, requests = 0;
    std::size_t turn_bytes = 0;
    bool counted = false, swallowing = false;
    std::string answer;
    Clock::time_point last_answer{};
    bool done = false;
    while (!done && !stopping_) {
        pollfd pf[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        ::poll(pf, 2, poll_ms);
        bool server_closed = false;
        if (pf[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::recv(client, buf, sizeof buf, 0);
            if (n <= 0) break;
            if (dir != from_client) {
                dir = from_client;
                ++turns;
                turn_bytes = 0;
                counted = false;
            }
            turn_bytes += static_cast<std::size_t>(n);
            if (turns > options_.handshake_turns && !counted &&
                turn_bytes >= options_.request_bytes) {
                counted = true;
                if (++requests == plan.exchange && plan.fault != Fault::pass) {
                    if (plan.fault == Fault::cut_before_request) {
                        struck();
                        break;
                    }
                    swallowing = true;
                }
            }
            if (!write_all(server, buf, static_cast<std::size_t>(n), stopping_)) break;
        }
        if (pf[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::recv(server, buf, sizeof buf, 0);
            if (n <= 0) {
                server_closed = true;
            } else {
                if (dir != from_server) {
                    dir = from_server;
                    ++turns;
                }
                if (swallowing) {
                    answer.append(buf, static_cast<std::size_t>(n));
                    last_answer = Clock::now();
                } else if (!write_all(client, buf, static_cast<std::size_t>(n), stopping_)) {
                    break;
                }
            }
        }
        // The answer is complete once the server has been quiet for a while (or hung up).
        if (swallowing && !answer.empty() &&
            (server_closed || Clock::now() - last_answer >= options_.answer_quiet)) {
            if (plan.fault == Fault::cut_mid_answer)
                (void)write_all(client, answer.data(), std::max<std::size_t>(1, answer.size() / 2),
                                stopping_);  // the cut follows whether or not it got through
            struck();
            done = true;
        }
        if (server_closed) break;
    }
    ::close(server);
    ::close(client);
}

}  // namespace siang::testing
