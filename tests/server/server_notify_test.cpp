// siang-server under a Type=notify unit (issue 15): READY=1 only once it listens, WATCHDOG=1 at
// half the WATCHDOG_USEC interval while its office API answers, STOPPING=1 on SIGTERM; without
// NOTIFY_SOCKET nothing is sent. The test plays systemd: a datagram socket named by NOTIFY_SOCKET.
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "support/server_process.hpp"
#include "support/test_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

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
        const auto end = Clock::now() + bound;
        while (Clock::now() < end) {
            pollfd p{fd_, POLLIN, 0};
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now());
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

size_t count(const std::vector<std::string>& v, const std::string& s) {
    return static_cast<size_t>(std::count(v.begin(), v.end(), s));
}

class ServerNotify : public ::testing::Test {
  protected:
    fs::path dir = siang::testing::test_dir("server_notify");
    fs::path store = dir / "siang.db";
    void SetUp() override {
        const std::vector<std::string> cli{SIANG_CLI, "--store", store.string()};
        for (const std::vector<std::string>& words :
             {std::vector<std::string>{"init"}, std::vector<std::string>{"server", "init"}}) {
            auto argv = cli;
            argv.insert(argv.end(), words.begin(), words.end());
            ASSERT_EQ(siang::testing::run_program(argv, 30s).exit_code, 0) << words.front();
        }
    }
    void TearDown() override {
        ::unsetenv("NOTIFY_SOCKET");
        ::unsetenv("WATCHDOG_USEC");
    }
};

TEST_F(ServerNotify, ReadyOnceListeningWatchdogWhileTheApiAnswersStoppingOnSigterm) {
    NotifySocket systemd("siang-notify-test-" + std::to_string(::getpid()));
    ASSERT_TRUE(systemd.ok());
    ::setenv("NOTIFY_SOCKET", systemd.env_value().c_str(), 1);
    ::setenv("WATCHDOG_USEC", "600000", 1);  // 0.6 s: a ping every 0.3 s
    siang::testing::ServerProcess server(SIANG_SERVER, store, dir);
    ASSERT_TRUE(server.start());
    // READY=1 first (the port file exists by now, so the listeners were bound before it).
    auto first = systemd.receive(10s, "READY=1");
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(first.front(), "READY=1");
    EXPECT_EQ(count(first, "WATCHDOG=1"), 0u);
    // Then pings: about 6 in 2 s; at least 3 even on a loaded machine.
    auto pings = systemd.receive(2s, "");
    EXPECT_GE(count(pings, "WATCHDOG=1"), 3u);
    EXPECT_EQ(count(pings, "READY=1"), 0u);
    EXPECT_EQ(server.terminate(), 0);
    auto last = systemd.receive(1s, "STOPPING=1");
    EXPECT_EQ(count(last, "STOPPING=1"), 1u);
}

TEST_F(ServerNotify, NoWatchdogIntervalMeansReadyAndStoppingOnly) {
    NotifySocket systemd("siang-notify-test-" + std::to_string(::getpid()));
    ASSERT_TRUE(systemd.ok());
    ::setenv("NOTIFY_SOCKET", systemd.env_value().c_str(), 1);
    ::unsetenv("WATCHDOG_USEC");
    siang::testing::ServerProcess server(SIANG_SERVER, store, dir);
    ASSERT_TRUE(server.start());
    auto got = systemd.receive(1500ms, "");
    EXPECT_EQ(count(got, "READY=1"), 1u);
    EXPECT_EQ(count(got, "WATCHDOG=1"), 0u);
    EXPECT_EQ(server.terminate(), 0);
}

}  // namespace
