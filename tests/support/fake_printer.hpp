// A fake ESC/POS printer, on 127.0.0.1 or as a USB printer's device file: records every byte and
// answers DLE EOT with a scripted state, or vanishes after a number of bytes (issue 13 tests).
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace siang::testing {

class FakePrinter {
  public:
    enum class State { ready, paper_out, cover_open, offline, silent };

    // Listens on 127.0.0.1 at an ephemeral port; a background thread serves one connection at a
    // time until the destructor (every wait bounded: poll of 20 ms, checked against a stop flag).
    FakePrinter();
    // A USB printer's device file instead (what PrinterLink::open_device opens): a pseudo-terminal
    // in raw mode, so every byte passes unchanged both ways, presented at `device_path` (a symlink
    // to its /dev/pts/N). Vanishing closes the terminal: the printer side's reads and writes fail,
    // as an unplugged usblp device's do; revive() puts a new one at the same path.
    explicit FakePrinter(std::filesystem::path device_path);
    ~FakePrinter();
    FakePrinter(const FakePrinter&) = delete;
    FakePrinter& operator=(const FakePrinter&) = delete;

    int port() const { return port_; }
    std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
    // The device file's path (device fakes only).
    std::string device() const { return device_path_.string(); }

    // The state its DLE EOT answers report from now on (silent: no answer at all).
    void set_state(State s) { state_ = s; }
    // After `n` more bytes received on a connection, the printer closes it and refuses new ones
    // (a printer switched off or unplugged mid-slip) until revive(). 0: never.
    void vanish_after(std::size_t n) { vanish_after_ = n; }
    // After `n` more bytes received, the state becomes paper_out (the roll ran out mid-slip).
    void paper_out_after(std::size_t n) { paper_out_after_ = n; }
    // Accepts connections again after a vanish (a device fake: a new terminal at its path).
    void revive();

    // Every byte received so far, over all connections, in order.
    std::vector<std::uint8_t> received() const;
    void clear();
    int connections() const { return connections_; }

  private:
    void serve();
    void serve_device();
    void open_terminal();
    void handle(int fd);
    std::uint8_t answer(std::uint8_t n) const;

    std::filesystem::path device_path_;   // empty: TCP
    std::atomic<int> master_fd_{-1};      // the terminal's printer side (device fakes)
    int terminal_fd_ = -1;                // its device side, held open so it never hangs up alone
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
