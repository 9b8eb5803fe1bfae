// A TCP socket to a local listener with bounded waits, for protocol tests that must send bytes no
// HTTP client would (malformed lines, drips, oversized headers) from a chosen source address.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <string>
#include <string_view>

namespace siang::testing {

class RawSocket {
  public:
    // Connects to 127.0.0.1:port (or `to`) from `from` (127.0.0.2 gives a second client address);
    // ok() is false when the connection could not be made.
    explicit RawSocket(int port, const char* from = "127.0.0.1", const char* to = "127.0.0.1") {
        fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd_ < 0) return;
        sockaddr_in src{};
        src.sin_family = AF_INET;
        ::inet_pton(AF_INET, from, &src.sin_addr);
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&src), sizeof src) != 0) {
            close();
            return;
        }
        sockaddr_in dst{};
        dst.sin_family = AF_INET;
        dst.sin_port = htons(static_cast<std::uint16_t>(port));
        ::inet_pton(AF_INET, to, &dst.sin_addr);
        if (::connect(fd_, reinterpret_cast<sockaddr*>(&dst), sizeof dst) != 0) {
            close();
            return;
        }
        const int one = 1;
        ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    RawSocket(const RawSocket&) = delete;
    RawSocket& operator=(const RawSocket&) = delete;
    RawSocket(RawSocket&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
    ~RawSocket() { close(); }

    bool ok() const { return fd_ >= 0; }

    // Sends all of `bytes`; false when the peer has closed (EPIPE, ECONNRESET).
    bool send(std::string_view bytes) {
        while (!bytes.empty() && fd_ >= 0) {
            const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return false;
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
        return fd_ >= 0;
    }

    // Reads until the peer closes or `limit` passes; returns what arrived.
    std::string read_all(std::chrono::milliseconds limit = std::chrono::seconds(10)) {
        std::string out;
        const auto end = std::chrono::steady_clock::now() + limit;
        while (fd_ >= 0) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                end - std::chrono::steady_clock::now());
            if (left.count() <= 0) break;
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
            char buf[8192];
            const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                closed_ = true;
                break;
            }
            out.append(buf, static_cast<std::size_t>(n));
        }
        return out;
    }

    // Whether the peer closed: waits up to `limit` for end-of-file or a reset, discarding data.
    bool closed_by_peer(std::chrono::milliseconds limit) {
        if (closed_) return true;
        (void)read_all(limit);
        return closed_;
    }

  private:
    void close() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }
    int fd_ = -1;
    bool closed_ = false;
};

// The status code of a raw HTTP answer ("HTTP/1.1 413 ..." → 413), 0 when there is none.
inline int status_of(std::string_view answer) {
    if (!answer.starts_with("HTTP/1.") || answer.size() < 12) return 0;
    return std::atoi(std::string(answer.substr(9, 3)).c_str());
}

// The body of a raw HTTP answer (after the blank line).
inline std::string body_of(std::string_view answer) {
    const auto at = answer.find("\r\n\r\n");
    return at == std::string_view::npos ? std::string() : std::string(answer.substr(at + 4));
}

}  // namespace siang::testing
