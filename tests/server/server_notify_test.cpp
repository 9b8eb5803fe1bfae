// siang-server under a Type=notify unit (issue 15): READY=1 only once it listens, WATCHDOG=1 at
// half the WATCHDOG_USEC interval while its office API answers, STOPPING=1 on SIGTERM; without
// NOTIFY_SOCKET nothing is sent. The test plays systemd: a datagram socket named by NOTIFY_SOCKET.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "support/notify_socket.hpp"
#include "support/server_process.hpp"
#include "support/test_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using siang::testing::NotifySocket;

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
    // The probe asks a route the office API has: a 404 per ping would fill the journal.
    std::ifstream in(server.log());
    const std::string log((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(log.find("no such route"), std::string::npos) << log;
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
