// The chaos test's proxy against a trivial echo server: each fault plan does to the bytes what it
// says, at the exchange it says, and a seed gives the same plans again.
#include "support/tcp_proxy.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

namespace {

using namespace std::chrono_literals;
using siang::testing::Fault;
using siang::testing::FaultPlan;
using siang::testing::ProxyOptions;
using siang::testing::TcpProxy;

// Echoes every read back in one write; counts connections and bytes received.
class EchoServer {
  public:
    EchoServer() {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        EXPECT_EQ(::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
        EXPECT_EQ(::listen(fd_, 16), 0);
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
        port_ = ntohs(a.sin_port);
        thread_ = std::thread([this] { run(); });
    }
    ~EchoServer() {
        stop_ = true;
        thread_.join();
        ::close(fd_);
    }
    int port() const { return port_; }
    std::atomic<int> connections{0};
    std::atomic<std::size_t> received{0};

  private:
    void run() {
        std::vector<int> clients;
        while (!stop_) {
            std::vector<pollfd> pf{{fd_, POLLIN, 0}};
            for (int c : clients) pf.push_back({c, POLLIN, 0});
            if (::poll(pf.data(), pf.size(), 20) <= 0) continue;
            if (pf[0].revents & POLLIN) {
                clients.push_back(::accept(fd_, nullptr, nullptr));
                ++connections;
            }
            for (std::size_t i = 1; i < pf.size(); ++i) {
                if (!(pf[i].revents & (POLLIN | POLLHUP))) continue;
                char buf[4096];
                const ssize_t n = ::recv(pf[i].fd, buf, sizeof buf, 0);
                if (n <= 0) {
                    ::close(pf[i].fd);
                    std::erase(clients, pf[i].fd);
                    continue;
                }
                received += static_cast<std::size_t>(n);
                (void)::send(pf[i].fd, buf, static_cast<std::size_t>(n), MSG_NOSIGNAL);
            }
        }
        for (int c : clients) ::close(c);
    }
    int fd_ = -1, port_ = 0;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

int connect_to(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    return fd;
}

struct Reply {
    std::string bytes;
    bool closed = false;  // the proxy hung up
};

// Sends `msg` and reads until `want` bytes, a hang-up, or `wait` passes.
Reply exchange(int fd, const std::string& msg, std::size_t want,
               std::chrono::milliseconds wait = 2000ms) {
    EXPECT_EQ(::send(fd, msg.data(), msg.size(), MSG_NOSIGNAL), static_cast<ssize_t>(msg.size()));
    Reply r;
    const auto until = std::chrono::steady_clock::now() + wait;
    while (r.bytes.size() < want && std::chrono::steady_clock::now() < until) {
        pollfd pf{fd, POLLIN, 0};
        if (::poll(&pf, 1, 20) <= 0) continue;
        char buf[4096];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) {
            r.closed = true;
            break;
        }
        r.bytes.append(buf, static_cast<std::size_t>(n));
    }
    return r;
}

template <class Pred>
bool eventually(Pred p) {
    for (int i = 0; i < 200; ++i) {
        if (p()) return true;
        std::this_thread::sleep_for(10ms);
    }
    return p();
}

ProxyOptions plan(int port, FaultPlan p) {
    ProxyOptions o;
    o.target_port = port;
    o.answer_quiet = 50ms;
    o.script = {p};
    return o;
}

const std::string message(1000, 'x');

TEST(TcpProxy, PassRelaysEveryByteBothWays) {
    EchoServer echo;
    TcpProxy proxy(plan(echo.port(), {Fault::pass, 1}));
    const int fd = connect_to(proxy.port());
    for (int i = 0; i < 3; ++i) {
        const Reply r = exchange(fd, message, message.size());
        EXPECT_EQ(r.bytes, message);
        EXPECT_FALSE(r.closed);
    }
    ::close(fd);
    EXPECT_EQ(echo.received.load(), 3 * message.size());
}

TEST(TcpProxy, CutBeforeRequestDeliversNothingAndHangsUp) {
    EchoServer echo;
    TcpProxy proxy(plan(echo.port(), {Fault::cut_before_request, 1}));
    const int fd = connect_to(proxy.port());
    const Reply r = exchange(fd, message, message.size());
    EXPECT_TRUE(r.closed);
    EXPECT_EQ(r.bytes, "");
    ::close(fd);
    std::this_thread::sleep_for(100ms);
    EXPECT_EQ(echo.received.load(), 0u);
    EXPECT_EQ(proxy.counts().struck[static_cast<int>(Fault::cut_before_request)], 1u);
}

TEST(TcpProxy, CutAfterRequestDeliversTheRequestButNoneOfTheAnswer) {
    EchoServer echo;
    TcpProxy proxy(plan(echo.port(), {Fault::cut_after_request, 1}));
    const int fd = connect_to(proxy.port());
    const Reply r = exchange(fd, message, message.size());
    EXPECT_TRUE(r.closed);
    EXPECT_EQ(r.bytes, "");
    EXPECT_EQ(echo.received.load(), message.size());
    ::close(fd);
}

TEST(TcpProxy, CutMidAnswerRelaysPartOfTheAnswerThenHangsUp) {
    EchoServer echo;
    TcpProxy proxy(plan(echo.port(), {Fault::cut_mid_answer, 1}));
    const int fd = connect_to(proxy.port());
    const Reply r = exchange(fd, message, message.size());
    EXPECT_TRUE(r.closed);
    EXPECT_GT(r.bytes.size(), 0u);
    EXPECT_LT(r.bytes.size(), message.size());
    EXPECT_EQ(echo.received.load(), message.size());
    ::close(fd);
}

TEST(TcpProxy, BlackHoleAcceptsAndNeverAnswersNorConnects) {
    EchoServer echo;
    TcpProxy proxy(plan(echo.port(), {Fault::black_hole, 1}));
    const int fd = connect_to(proxy.port());
    const Reply r = exchange(fd, message, message.size(), 300ms);
    EXPECT_FALSE(r.closed);
    EXPECT_EQ(r.bytes, "");
    EXPECT_EQ(echo.connections.load(), 0);
    ::close(fd);
    proxy.stop();  // returns although the connection was never answered
}

TEST(TcpProxy, StrikesAtTheChosenExchangeOfAKeptAliveConnection) {
    EchoServer echo;
    TcpProxy proxy(plan(echo.port(), {Fault::cut_after_request, 3}));
    const int fd = connect_to(proxy.port());
    EXPECT_EQ(exchange(fd, message, message.size()).bytes, message);
    EXPECT_EQ(exchange(fd, message, message.size()).bytes, message);
    const Reply third = exchange(fd, message, message.size());
    EXPECT_TRUE(third.closed);
    EXPECT_EQ(third.bytes, "");
    EXPECT_EQ(echo.received.load(), 3 * message.size());
    ::close(fd);
}

TEST(TcpProxy, HandshakeTurnsAndSmallTurnsAreNotRequests) {
    EchoServer echo;
    ProxyOptions o = plan(echo.port(), {Fault::cut_before_request, 1});
    o.handshake_turns = 2;
    o.request_bytes = 200;
    TcpProxy proxy(o);
    const int fd = connect_to(proxy.port());
    EXPECT_EQ(exchange(fd, "hello", 5).bytes, "hello");  // the two handshake turns
    EXPECT_EQ(exchange(fd, "fin", 3).bytes, "fin");      // too small to be a request
    const Reply r = exchange(fd, message, message.size());
    EXPECT_TRUE(r.closed);
    EXPECT_EQ(echo.received.load(), 8u);
    ::close(fd);
}

TEST(TcpProxy, LaterConnectionsFollowTheChooserAndFaultsCanBeTurnedOff) {
    EchoServer echo;
    ProxyOptions o = plan(echo.port(), {Fault::pass, 1});
    o.choose = [](std::size_t) { return FaultPlan{Fault::cut_before_request, 1}; };
    TcpProxy proxy(o);
    int fd = connect_to(proxy.port());
    EXPECT_EQ(exchange(fd, message, message.size()).bytes, message);
    ::close(fd);
    fd = connect_to(proxy.port());
    EXPECT_TRUE(exchange(fd, message, message.size()).closed);
    ::close(fd);
    proxy.set_faults(false);
    fd = connect_to(proxy.port());
    EXPECT_EQ(exchange(fd, message, message.size()).bytes, message);
    ::close(fd);
}

TEST(TcpProxy, NewConnectionsGoToTheNewTargetPort) {
    EchoServer first, second;
    TcpProxy proxy(plan(first.port(), {Fault::pass, 1}));
    proxy.set_target_port(second.port());
    const int fd = connect_to(proxy.port());
    EXPECT_EQ(exchange(fd, message, message.size()).bytes, message);
    ::close(fd);
    EXPECT_TRUE(eventually([&] { return second.received.load() == message.size(); }));
    EXPECT_EQ(first.connections.load(), 0);
}

TEST(TcpProxy, AnUnreachableTargetClosesTheClient) {
    int dead_port = 0;
    {
        EchoServer gone;
        dead_port = gone.port();
    }
    TcpProxy proxy(plan(dead_port, {Fault::pass, 1}));
    const int fd = connect_to(proxy.port());
    EXPECT_TRUE(exchange(fd, message, message.size()).closed);
    ::close(fd);
    EXPECT_TRUE(eventually([&] { return proxy.counts().refused == 1; }));
}

TEST(TcpProxy, TheSameSeedGivesTheSamePlans) {
    auto a = siang::testing::seeded_faults(42, {5, 1, 1, 1, 1}, 4);
    auto b = siang::testing::seeded_faults(42, {5, 1, 1, 1, 1}, 4);
    std::array<int, siang::testing::fault_kinds> seen{};
    for (std::size_t i = 0; i < 200; ++i) {
        const FaultPlan x = a(i), y = b(i);
        EXPECT_EQ(x.fault, y.fault);
        EXPECT_EQ(x.exchange, y.exchange);
        EXPECT_GE(x.exchange, 1);
        EXPECT_LE(x.exchange, 4);
        ++seen[static_cast<int>(x.fault)];
    }
    for (int n : seen) EXPECT_GT(n, 0);  // every fault drawn
}

TEST(TcpProxy, StopsByItselfAfterItsLifetime) {
    EchoServer echo;
    ProxyOptions o = plan(echo.port(), {Fault::black_hole, 1});
    o.lifetime = 1s;
    TcpProxy proxy(o);
    const int fd = connect_to(proxy.port());
    const Reply r = exchange(fd, message, message.size(), 5000ms);
    EXPECT_TRUE(r.closed);  // the black hole ended with the proxy's lifetime
    ::close(fd);
}

}  // namespace
