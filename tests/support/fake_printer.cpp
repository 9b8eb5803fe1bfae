// The fake printer's thread: accepts (TCP) or holds a terminal (device), records, answers
// real-time status, vanishes on cue.
#include "support/fake_printer.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace siang::testing {

FakePrinter::FakePrinter() {
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::listen(listen_fd_, 4);
    socklen_t len = sizeof a;
    ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { serve(); });
}

FakePrinter::FakePrinter(std::filesystem::path device_path) : device_path_(std::move(device_path)) {
    open_terminal();
    thread_ = std::thread([this] { serve(); });
}

FakePrinter::~FakePrinter() {
    stop_ = true;
    thread_.join();
    if (listen_fd_ >= 0) ::close(listen_fd_);
    if (const int m = master_fd_.exchange(-1); m >= 0) ::close(m);
    if (terminal_fd_ >= 0) ::close(terminal_fd_);
    if (!device_path_.empty()) {
        std::error_code ignored;
        std::filesystem::remove(device_path_, ignored);
    }
}

void FakePrinter::open_terminal() {
    const int m = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    char name[128] = {};
    if (m < 0 || ::grantpt(m) != 0 || ::unlockpt(m) != 0 || ::ptsname_r(m, name, sizeof name) != 0)
        std::abort();  // no pseudo-terminals here: the test cannot run at all
    terminal_fd_ = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    termios raw{};
    if (terminal_fd_ < 0 || ::tcgetattr(terminal_fd_, &raw) != 0) std::abort();
    ::cfmakeraw(&raw);  // no echo, no line editing, no XON/XOFF: bytes as a USB pipe moves them
    if (::tcsetattr(terminal_fd_, TCSANOW, &raw) != 0) std::abort();
    // The path changes over atomically, as udev's /dev/usb/lp0 comes back after a replug.
    const std::filesystem::path fresh = device_path_.string() + ".new";
    std::error_code ignored;
    std::filesystem::remove(fresh, ignored);
    std::filesystem::create_symlink(name, fresh);
    std::filesystem::rename(fresh, device_path_);
    master_fd_ = m;
}

void FakePrinter::revive() {
    vanish_after_ = 0;
    // The device's new terminal is in place before revive() returns: the next open finds it.
    if (!device_path_.empty() && gone_) {
        for (int i = 0; i < 200 && master_fd_ >= 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (master_fd_ < 0) open_terminal();
    }
    gone_ = false;
}

std::vector<std::uint8_t> FakePrinter::received() const {
    std::lock_guard lock(mutex_);
    return received_;
}

void FakePrinter::clear() {
    std::lock_guard lock(mutex_);
    received_.clear();
}

std::uint8_t FakePrinter::answer(std::uint8_t n) const {
    const State s = state_;
    std::uint8_t b = 0x12;  // the fixed bits of every status byte
    if (n == 1 && (s == State::offline || s == State::paper_out || s == State::cover_open))
        b |= 0x08;
    if (n == 2 && s == State::cover_open) b |= 0x04;
    if (n == 2 && s == State::paper_out) b |= 0x20;
    if (n == 4 && s == State::paper_out) b |= 0x60;
    return b;
}

void FakePrinter::serve_device() {
    const int m = master_fd_;
    if (m < 0 || gone_) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        return;
    }
    ++connections_;
    handle(m);
    if (stop_) return;
    // Vanished: the device side hangs up once the printer side is closed. master_fd_ is cleared
    // last: revive() waits for it before it touches terminal_fd_.
    ::close(std::exchange(terminal_fd_, -1));
    ::close(m);
    master_fd_ = -1;
}

void FakePrinter::serve() {
    while (!stop_ && !device_path_.empty()) serve_device();
    while (!stop_) {
        pollfd p{listen_fd_, POLLIN, 0};
        if (::poll(&p, 1, 20) != 1) continue;
        const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) continue;
        if (gone_) {
            ::close(fd);  // switched off: the connection is dropped at once
            continue;
        }
        ++connections_;
        handle(fd);
        ::close(fd);
    }
}

void FakePrinter::handle(int fd) {
    // The last two bytes seen, to spot DLE EOT n across reads, as a printer's parser would.
    std::uint8_t prev2 = 0, prev1 = 0;
    while (!stop_) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 20) != 1) continue;
        std::uint8_t buf[4096];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0) return;
        for (ssize_t i = 0; i < n; ++i) {
            const std::uint8_t b = buf[i];
            {
                std::lock_guard lock(mutex_);
                received_.push_back(b);
            }
            if (const std::size_t v = vanish_after_; v != 0) {
                vanish_after_ = v - 1;
                if (v == 1) {
                    gone_ = true;
                    return;
                }
            }
            if (const std::size_t v = paper_out_after_; v != 0) {
                paper_out_after_ = v - 1;
                if (v == 1) state_ = State::paper_out;
            }
            if (prev2 == 0x10 && prev1 == 0x04 && state_ != State::silent) {
                const std::uint8_t reply = answer(b);
                if (device_path_.empty())
                    (void)::send(fd, &reply, 1, MSG_NOSIGNAL);
                else
                    (void)::write(fd, &reply, 1);
            }
            prev2 = prev1;
            prev1 = b;
        }
    }
}

}  // namespace siang::testing
