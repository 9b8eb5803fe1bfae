// Programs as separate processes for the system tests: siang-server started on ephemeral ports,
// killed with SIGKILL, restarted on the same store and stopped with SIGTERM; and any program run
// to completion (bounded) or left running in the background to be killed.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace siang::testing {

struct ProgramRun {
    int exit_code = -1;  // -1: killed by a signal or at the bound
    bool timed_out = false;
    std::string out;
    std::string err;
};

// Runs argv[0] with `argv`, `stdin_text` on its input, LANG=C.UTF-8 plus `env`; kills it with
// SIGKILL when it outlives `bound`.
ProgramRun run_program(const std::vector<std::string>& argv, std::chrono::milliseconds bound,
                       const std::string& stdin_text = {},
                       const std::map<std::string, std::string>& env = {});

// A program left running; its stdout and stderr appended to `log`.
class Background {
  public:
    Background() = default;
    Background(const std::vector<std::string>& argv, const std::filesystem::path& log);
    Background(Background&&) noexcept;
    Background& operator=(Background&&) noexcept;
    ~Background();  // kill9()

    pid_t pid() const { return pid_; }
    // Whether it is still running (reaps it when it ended; exit_code() then says how).
    bool running();
    int exit_code() const { return exit_code_; }
    void kill9();
    // Waits up to `bound` for it to end by itself; false (still running) at the bound.
    bool wait(std::chrono::milliseconds bound);

  private:
    pid_t pid_ = -1;
    int exit_code_ = -1;
};

// siang-server on one store, on 127.0.0.1 ephemeral ports announced through --port-file.
class ServerProcess {
  public:
    // `binary`: siang-server's path (from CMake). `dir` holds the port file and the log
    // (stderr, appended over restarts).
    ServerProcess(std::string binary, std::filesystem::path store, std::filesystem::path dir,
                  std::vector<std::string> extra_args = {});
    ~ServerProcess();  // SIGKILL when still running

    // Starts it and waits (up to `bound`) for its port file; false when it exited or did not
    // become ready in time (it is killed then). A restart is start() again.
    bool start(std::chrono::milliseconds bound = std::chrono::seconds(20));
    bool running();
    // SIGKILL and reap: what a power cut does to the process.
    void kill9();
    // SIGTERM and wait (bounded); the exit code, or -1 when it had to be killed.
    int terminate(std::chrono::milliseconds bound = std::chrono::seconds(20));

    int office_port() const { return office_port_; }
    int public_port() const { return public_port_; }
    pid_t pid() const { return process_.pid(); }
    const std::filesystem::path& log() const { return log_; }
    int last_exit_code() const { return process_.exit_code(); }

  private:
    std::string binary_;
    std::filesystem::path store_, dir_, ports_, log_;
    std::vector<std::string> extra_;
    Background process_;
    int office_port_ = 0, public_port_ = 0;
};

}  // namespace siang::testing
