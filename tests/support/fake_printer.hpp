// A fake ESC/POS network printer on 127.0.0.1: records every byte and answers DLE EOT with a
// scripted state, or vanishes after a number of bytes (issue 13 tests).
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace siang::testing {

class FakePrinter {
  public:
    enum class State { ready, paper_out, cover_open, offline, silent };

    // Listens on 127.0.0.1 at an ephemeral port; a background thread serves one connection at a
    // time until the destructor (every wait bounded: poll of 20 ms, checked against a stop flag).
    FakePrinter();
    ~FakePrinter();
    FakePrinter(const FakePrinter&) = delete;
    FakePrinter& operator=(const FakePrinter&) = delete;

    int port() const { return port_; }
    std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

    // The state its DLE EOT answers report from now on (silent: no answer at all).
    void set_state(State s) { state_ = s; }
    // After `n` more bytes received on a connection, the printer closes it and refuses new ones
    // (a printer switched off or unplugged mid-slip) until revive(). 0: never.
    void vanish_after(std::size_t n) { vanish_after_ = n; }
    // After `n` more bytes received, the state becomes paper_out (the roll ran out mid-slip).
    void paper_out_after(std::size_t n) { paper_out_after_ = n; }
    // Accepts connections again after a vanish.
    void revive() { gone_ = false; vanish_after_ = 0; }

    // Every byte received so far, over all connections, in order.
    std::vector<std::uint8_t> received() const;
    void clear();
    int connections() const { return connections_; }

  private:
    void serve();
    void handle(int fd);
    std::uint8_t answer(std::uint8_t n) const;

    int listen_fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<State> state_{State::ready};
    std::atomic<std::size_t> vanish_after_{0};
    std::atomic<std::size_t> paper_out_after_{0};
    std::atomic<bool> gone_{false};
    std::atomic<int> connections_{0};
    mutable std::mutex mutex_;
    std::vector<std::uint8_t> received_;
    std::thread thread_;
};

}  // namespace siang::testing
