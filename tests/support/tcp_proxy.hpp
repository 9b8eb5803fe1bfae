// An in-test TCP proxy on 127.0.0.1 that forwards to a target port and breaks chosen connections
// the ways a network breaks an upload (issue 11's chaos test). It never decrypts: TLS passes as
// bytes, and a "request" is recognised by its direction and size alone.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace siang::testing {

enum class Fault {
    pass,                // every byte both ways
    cut_before_request,  // the request's first bytes are dropped and both sides closed
    cut_after_request,   // the request is forwarded, the server's answer swallowed, then cut:
                         // the server committed, the client sees an error
    cut_mid_answer,      // half of the answer is relayed, then cut
    black_hole,          // accepted, never connected on, never answered (until the client gives
                         // up or the proxy stops)
};
inline constexpr std::size_t fault_kinds = 5;
const char* fault_name(Fault f);

// What happens to one connection: `fault` strikes at its `exchange`-th request (1 = the first);
// the exchanges before it pass.
struct FaultPlan {
    Fault fault = Fault::pass;
    int exchange = 1;
};

struct ProxyOptions {
    int target_port = 0;
    // Turns (runs of bytes in one direction) that are handshake, not requests: 0 for plain TCP,
    // 2 for TLS (the client's hello, the server's flight).
    int handshake_turns = 0;
    // A client turn after the handshake counts as a request once it carries this many bytes (a
    // TLS 1.3 Finished alone is ~60 bytes; an office API request is several hundred).
    std::size_t request_bytes = 1;
    // An answer is whatever the server sends until it has been quiet this long.
    std::chrono::milliseconds answer_quiet{150};
    // Connections open at once; more are closed at accept.
    std::size_t max_connections = 64;
    // The proxy stops by itself after this long (a hang guard for the test).
    std::chrono::seconds lifetime{600};
    // Plans for the first connections, in order; after them `choose` (when set) decides, else
    // every connection passes.
    std::vector<FaultPlan> script;
    std::function<FaultPlan(std::size_t connection_index)> choose;
};

// A chooser drawing faults with `weights` (indexed by Fault) from a seeded generator, striking
// at an exchange in 1..max_exchange. Thread-safe.
std::function<FaultPlan(std::size_t)> seeded_faults(std::uint64_t seed,
                                                    std::array<int, fault_kinds> weights,
                                                    int max_exchange);

struct ProxyCounts {
    std::array<std::size_t, fault_kinds> planned{};  // connections given each plan
    std::array<std::size_t, fault_kinds> struck{};   // faults that actually happened
    std::size_t connections = 0;
    std::size_t refused = 0;  // over max_connections, or the target could not be reached
};

class TcpProxy {
  public:
    // Listens on 127.0.0.1, port 0; throws std::runtime_error when it cannot.
    explicit TcpProxy(ProxyOptions options);
    ~TcpProxy();  // stop()
    TcpProxy(const TcpProxy&) = delete;
    TcpProxy& operator=(const TcpProxy&) = delete;

    int port() const { return port_; }
    // New connections go to `port` (the server restarted elsewhere).
    void set_target_port(int port) { target_port_ = port; }
    // Off: every new connection passes (to let the outboxes drain at the end).
    void set_faults(bool on) { faults_on_ = on; }
    // Closes the listener and every connection, joins the threads. Idempotent.
    void stop();
    ProxyCounts counts() const;

  private:
    void accept_loop();
    void relay(int client, FaultPlan plan);
    FaultPlan plan_for(std::size_t index);

    ProxyOptions options_;
    int listener_ = -1;
    int port_ = 0;
    std::atomic<int> target_port_;
    std::atomic<bool> faults_on_{true};
    std::atomic<bool> stopping_{false};
    std::atomic<std::size_t> open_{0};
    std::chrono::steady_clock::time_point deadline_;
    mutable std::mutex mutex_;
    ProxyCounts counts_;
    std::vector<std::thread> connections_;
    std::thread acceptor_;
};

}  // namespace siang::testing
