// fork/exec with bounded waits for the system tests' processes.
#include "support/server_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <thread>

namespace siang::testing {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

std::vector<char*> c_argv(std::vector<std::string>& argv) {
    std::vector<char*> v;
    for (auto& a : argv) v.push_back(a.data());
    v.push_back(nullptr);
    return v;
}

int status_code(int status) {
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

ProgramRun run_program(const std::vector<std::string>& argv_in, std::chrono::milliseconds bound,
                       const std::string& stdin_text,
                       const std::map<std::string, std::string>& env) {
    ProgramRun r;
    int in[2], out[2], err[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
        return r;
    std::vector<std::string> argv = argv_in;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(in[0], STDIN_FILENO);
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        ::setenv("LANG", "C.UTF-8", 1);
        for (const auto& [k, v] : env) ::setenv(k.c_str(), v.c_str(), 1);
        auto v = c_argv(argv);
        ::execv(v[0], v.data());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    // The input is small (a draft); a program that does not read it gets EOF when we close.
    std::size_t sent = 0;
    ::fcntl(in[1], F_SETFL, O_NONBLOCK);
    const auto until = Clock::now() + bound;
    bool out_open = true, err_open = true;
    while ((out_open || err_open) && Clock::now() < until) {
        if (in[1] >= 0 && sent < stdin_text.size()) {
            const ssize_t w = ::write(in[1], stdin_text.data() + sent, stdin_text.size() - sent);
            if (w > 0)
                sent += static_cast<std::size_t>(w);
            else if (errno != EAGAIN)
                sent = stdin_text.size();
        }
        if (in[1] >= 0 && sent >= stdin_text.size()) {
            ::close(in[1]);
            in[1] = -1;
        }
        pollfd pf[2] = {{out_open ? out[0] : -1, POLLIN, 0}, {err_open ? err[0] : -1, POLLIN, 0}};
        if (::poll(pf, 2, 20) <= 0) continue;
        char buf[8192];
        for (int i = 0; i < 2; ++i) {
            if (!(pf[i].revents & (POLLIN | POLLHUP))) continue;
            const ssize_t n = ::read(pf[i].fd, buf, sizeof buf);
            if (n <= 0) {
                (i == 0 ? out_open : err_open) = false;
            } else {
                (i == 0 ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
            }
        }
    }
    if (in[1] >= 0) ::close(in[1]);
    ::close(out[0]);
    ::close(err[0]);
    int status = 0;
    while (true) {
        const pid_t w = ::waitpid(pid, &status, WNOHANG);
        if (w == pid) break;
        if (Clock::now() >= until) {
            r.timed_out = true;
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(5ms);
    }
    r.exit_code = r.timed_out ? -1 : status_code(status);
    return r;
}

Background::Background(const std::vector<std::string>& argv_in, const std::filesystem::path& log) {
    std::vector<std::string> argv = argv_in;
    pid_ = ::fork();
    if (pid_ == 0) {
        const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        const int null = ::open("/dev/null", O_RDONLY);
        ::dup2(null, STDIN_FILENO);
        ::dup2(fd, STDOUT_FILENO);
        ::dup2(fd, STDERR_FILENO);
        ::setenv("LANG", "C.UTF-8", 1);
        auto v = c_argv(argv);
        ::execv(v[0], v.data());
        ::_exit(127);
    }
}

Background::Background(Background&& o) noexcept : pid_(o.pid_), exit_code_(o.exit_code_) {
    o.pid_ = -1;
}

Background& Background::operator=(Background&& o) noexcept {
    if (this != &o) {
        kill9();
        pid_ = o.pid_;
        exit_code_ = o.exit_code_;
        o.pid_ = -1;
    }
    return *this;
}

Background::~Background() {
    kill9();
}

bool Background::running() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        exit_code_ = status_code(status);
        pid_ = -1;
        return false;
    }
    return true;
}

void Background::kill9() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    exit_code_ = -1;
    pid_ = -1;
}

bool Background::wait(std::chrono::milliseconds bound) {
    const auto until = Clock::now() + bound;
    while (running()) {
        if (Clock::now() >= until) return false;
        std::this_thread::sleep_for(10ms);
    }
    return true;
}

ServerProcess::ServerProcess(std::string binary, std::filesystem::path store,
                             std::filesystem::path dir, std::vector<std::string> extra_args)
    : binary_(std::move(binary)),
      store_(std::move(store)),
      dir_(std::move(dir)),
      ports_(dir_ / "server.ports"),
      log_(dir_ / "server.log"),
      extra_(std::move(extra_args)) {}

ServerProcess::~ServerProcess() {
    kill9();
}

bool ServerProcess::start(std::chrono::milliseconds bound) {
    std::error_code ec;
    std::filesystem::remove(ports_, ec);
    std::vector<std::string> argv{binary_,       "--store",     store_.string(),
                                  "--listen",    "127.0.0.1:0", "--public",
                                  "127.0.0.1:0", "--port-file", ports_.string()};
    argv.insert(argv.end(), extra_.begin(), extra_.end());
    process_ = Background(argv, log_);
    const auto until = Clock::now() + bound;
    while (Clock::now() < until) {
        if (!process_.running()) return false;
        std::ifstream in(ports_);
        int office = 0, pub = 0;
        if (in >> office >> pub && office > 0 && pub > 0) {
            office_port_ = office;
            public_port_ = pub;
            return true;
        }
        std::this_thread::sleep_for(10ms);
    }
    process_.kill9();
    return false;
}

bool ServerProcess::running() {
    return process_.running();
}

void ServerProcess::kill9() {
    process_.kill9();
}

int ServerProcess::terminate(std::chrono::milliseconds bound) {
    if (!process_.running()) return process_.exit_code();
    ::kill(process_.pid(), SIGTERM);
    if (process_.wait(bound)) return process_.exit_code();
    process_.kill9();
    return -1;
}

}  // namespace siang::testing
