// Printer connections over a non-blocking file descriptor, every wait bounded by poll().
#include "print/printer_link.hpp"

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <thread>

namespace siang::print {
namespace {

using Clock = std::chrono::steady_clock;

std::unexpected<Error> printer_error(std::string_view problem, const std::string& name) {
    return fail({.code = Errc::printer_failed, .detail = std::string(problem), .field = name});
}

int remaining_ms(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<Millis>(deadline - Clock::now()).count();
    return left > 0 ? static_cast<int>(left) : 0;
}

struct AddrInfoFree {
    void operator()(addrinfo* a) const { freeaddrinfo(a); }
};

}  // namespace

std::optional<HostPort> split_printer_address(const std::string& address) {
    HostPort hp{address, "9100"};
    if (address.starts_with('[')) {
        const auto close = address.find(']');
        if (close == std::string::npos) return std::nullopt;
        hp.host = address.substr(1, close - 1);
        const std::string rest = address.substr(close + 1);
        if (!rest.empty()) {
            if (!rest.starts_with(':')) return std::nullopt;
            hp.port = rest.substr(1);
        }
    } else if (const auto colon = address.rfind(':'); colon != std::string::npos) {
        if (address.find(':') != colon) return std::nullopt;  // a bare IPv6 address needs []
        hp.host = address.substr(0, colon);
        hp.port = address.substr(colon + 1);
    }
    int port = 0;
    const auto [end, ec] = std::from_chars(hp.port.data(), hp.port.data() + hp.port.size(), port);
    if (hp.host.empty() || ec != std::errc{} || end != hp.port.data() + hp.port.size() ||
        port < 1 || port > 65535)
        return std::nullopt;
    return hp;
}

PrinterLink::~PrinterLink() {
    if (fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<PrinterLink>> PrinterLink::open_device(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return printer_error("no_answer", path);
    return std::unique_ptr<PrinterLink>(new PrinterLink(fd, path));
}

Result<std::unique_ptr<PrinterLink>> PrinterLink::connect(const std::string& address,
                                                          Millis timeout) {
    const auto hp = split_printer_address(address);
    if (!hp) return printer_error("no_answer", address);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (getaddrinfo(hp->host.c_str(), hp->port.c_str(), &hints, &found) != 0)
        return printer_error("no_answer", address);
    const std::unique_ptr<addrinfo, AddrInfoFree> list(found);
    const auto deadline = Clock::now() + timeout;
    for (addrinfo* a = list.get(); a != nullptr; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                                a->ai_protocol);
        if (fd < 0) continue;
        std::unique_ptr<PrinterLink> link(new PrinterLink(fd, address));
        if (::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            if (errno != EINPROGRESS) continue;
            pollfd p{fd, POLLOUT, 0};
            if (::poll(&p, 1, remaining_ms(deadline)) != 1) continue;
            int err = 0;
            socklen_t len = sizeof err;
            if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0 || err != 0) continue;
        }
        return link;
    }
    return printer_error("no_answer", address);
}

Result<std::unique_ptr<PrinterLink>> PrinterLink::open(const config::Printer& printer,
                                                       Millis timeout) {
    if (!printer.device.empty()) return open_device(printer.device);
    if (!printer.address.empty()) return connect(printer.address, timeout);
    return fail({.code = Errc::invalid_argument, .detail = "", .field = "printer"});
}

Result<void> PrinterLink::send(std::span<const std::uint8_t> bytes, Millis timeout) {
    const auto deadline = Clock::now() + timeout;
    std::size_t done = 0;
    while (done < bytes.size()) {
        pollfd p{fd_, POLLOUT, 0};
        const int ready = ::poll(&p, 1, remaining_ms(deadline));
        if (ready < 0 && errno == EINTR) continue;
        if (ready != 1 || (p.revents & (POLLERR | POLLHUP | POLLNVAL)) != 0)
            return printer_error("lost", name_);
        const ssize_t n = ::send(fd_, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == ENOTSOCK) {
            // A device file: write() (send() is for sockets).
            const ssize_t w = ::write(fd_, bytes.data() + done, bytes.size() - done);
            if (w < 0 && (errno == EAGAIN || errno == EINTR)) continue;
            if (w <= 0) return printer_error("lost", name_);
            done += static_cast<std::size_t>(w);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
        if (n <= 0) return printer_error("lost", name_);
        done += static_cast<std::size_t>(n);
    }
    return {};
}

Result<std::optional<std::uint8_t>> PrinterLink::read_byte(Millis timeout) {
    const auto deadline = Clock::now() + timeout;
    // Bounded by the deadline: a device file that reads 0 bytes (nothing yet) is asked again
    // every 10 ms until then.
    for (;;) {
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, remaining_ms(deadline));
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) return printer_error("lost", name_);
        if (ready == 0) return std::optional<std::uint8_t>{};
        std::uint8_t b = 0;
        const ssize_t n = ::read(fd_, &b, 1);
        if (n == 1) return std::optional<std::uint8_t>{b};
        if (n < 0 && errno != EAGAIN && errno != EINTR) return printer_error("lost", name_);
        if (remaining_ms(deadline) == 0) return std::optional<std::uint8_t>{};
        if (n == 0 || (p.revents & POLLHUP) != 0) {
            // A socket at end of stream: the printer went away. A device: nothing yet.
            int type = 0;
            socklen_t len = sizeof type;
            if (::getsockopt(fd_, SOL_SOCKET, SO_TYPE, &type, &len) == 0)
                return printer_error("lost", name_);
            std::this_thread::sleep_for(Millis(10));
        }
    }
}

void PrinterLink::drain() {
    std::uint8_t buf[256];
    // Unasked bytes are of no use and none is fine too (a (void) cast does not silence glibc's
    // warn_unused_result under _FORTIFY_SOURCE, which the Debian build sets).
    [[maybe_unused]] const ssize_t n = ::read(fd_, buf, sizeof buf);
}

}  // namespace siang::print
