// The system tests' handle on siang-server: it starts on ephemeral ports and says so, survives a
// SIGKILL by starting again on the same store, and stops with exit 0 on SIGTERM.
#include "support/server_process.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/test_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using siang::testing::run_program;
using siang::testing::ServerProcess;

std::string healthz(int port) {
    return run_program({"/usr/bin/curl", "-s", "--max-time", "10",
                        "http://127.0.0.1:" + std::to_string(port) + "/healthz"},
                       20s)
        .out;
}

TEST(ServerHandle, StartsKilledRestartsOnTheSameStoreAndStopsOnSigterm) {
    const fs::path dir = siang::testing::test_dir("system");
    const fs::path store = dir / "siang.db";
    ASSERT_EQ(run_program({SIANG_CLI, "--store", store.string(), "init"}, 60s).exit_code, 0);
    ASSERT_EQ(run_program({SIANG_CLI, "--store", store.string(), "server", "init"}, 60s).exit_code,
              0);
    ServerProcess server(SIANG_SERVER, store, dir);
    ASSERT_TRUE(server.start()) << server.log();
    EXPECT_GT(server.office_port(), 0);
    EXPECT_EQ(healthz(server.public_port()), "ok");
    const int first_port = server.public_port();
    server.kill9();
    EXPECT_FALSE(server.running());
    EXPECT_NE(healthz(first_port), "ok");
    ASSERT_TRUE(server.start());
    EXPECT_EQ(healthz(server.public_port()), "ok");
    EXPECT_EQ(server.terminate(), 0);
    EXPECT_FALSE(server.running());
}

TEST(ServerHandle, StartSaysFalseWhenTheServerCannotRun) {
    const fs::path dir = siang::testing::test_dir("system");
    ServerProcess server(SIANG_SERVER, dir / "no-such-store.db", dir);
    EXPECT_FALSE(server.start(10s));
    EXPECT_FALSE(server.running());
}

TEST(RunProgram, AProgramOverItsBoundIsKilled) {
    const auto r = run_program({"/bin/sleep", "30"}, 200ms);
    EXPECT_TRUE(r.timed_out);
    EXPECT_EQ(r.exit_code, -1);
}

TEST(RunProgram, GivesStdinAndCollectsStdoutStderrAndTheExitCode) {
    const auto r = run_program({"/bin/sh", "-c", "cat; echo oops >&2; exit 3"}, 10s, "hello");
    EXPECT_EQ(r.out, "hello");
    EXPECT_EQ(r.err, "oops\n");
    EXPECT_EQ(r.exit_code, 3);
}

}  // namespace
