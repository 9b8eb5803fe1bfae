// systemd's side of sd_notify(3) for tests: a datagram socket a program under test sends
// READY=1, WATCHDOG=1, STOPPING=1 to (NOTIFY_SOCKET="@name").
#pragma once

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

namespace siang::testing {

// systemd's end of sd_notify: one AF_UNIX datagram socket in the abstract namespace ("@name" in
// NOTIFY_SOCKET, as sd_notify(3) accepts), so no path length limit and nothing left on disk.
class NotifySocket {
  public:
    explicit NotifySocket(const std::string& name) : name_("@" + name) {
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un a{};
        a.sun_family = AF_UNIX;
        if (name.size() + 1 >= sizeof a.sun_path) return;
        std::memcpy(a.sun_path + 1, name.data(), name.size());  // sun_path[0] = 0: abstract
        const auto len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
        bound_ = fd_ >= 0 && ::bind(fd_, reinterpret_cast<sockaddr*>(&a), len) == 0;
    }
    ~NotifySocket() {
        if (fd_ >= 0) ::close(fd_);
    }
    const std::string& env_value() const { return name_; }
    bool ok() const { return bound_; }
    // Messages that arrive within `bound` (stops early once `until` was received).
    std::vector<std::string> receive(std::chrono::milliseconds bound, const std::string& until) {
        std::vector<std::string> got;
        const auto end = std::chrono::steady_clock::now() + bound;
        while (std::chrono::steady_clock::now() < end) {
            pollfd p{fd_, POLLIN, 0};
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
            if (::poll(&p, 1, static_cast<int>(std::max(left.count(), 1L))) <= 0) continue;
            char buf[4096];
            const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
            if (n <= 0) continue;
            got.emplace_back(buf, static_cast<size_t>(n));
            if (got.back() == until) break;
        }
        return got;
    }

  private:
    std::string name_;
    int fd_ = -1;
    bool bound_ = false;
};

}  // namespace siang::testing
