// server_idle_bench: siang-server's CPU while nobody talks to it (SPEC §10: ≤ 0.1 % of a core).
// Makes a scratch store and identity, starts siang-server on ephemeral ports, and reads its
// utime+stime from /proc/PID/stat over N seconds.
//   server_idle_bench [SECONDS=30]
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

// utime + stime of `pid` in clock ticks (fields 14 and 15 of /proc/PID/stat).
long long cpu_ticks(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), {});
    const auto close = stat.rfind(')');
    if (close == std::string::npos) return -1;
    std::istringstream rest(stat.substr(close + 2));
    std::string field;
    long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14) utime = std::atoll(field.c_str());
        if (i == 15) stime = std::atoll(field.c_str());
    }
    return utime + stime;
}

int run(const std::string& cmd) {
    const int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

}  // namespace

int main(int argc, char** argv) {
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 30;
    if (seconds <= 0) {
        std::fprintf(stderr, "usage: server_idle_bench [SECONDS]\n");
        return 2;
    }
    std::string tmpl = (fs::temp_directory_path() / "siang-idle-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) return 1;
    const fs::path dir = tmpl, store = dir / "siang.db", ports = dir / "ports";
    const std::string cli = std::string(SIANG_CLI) + " --store '" + store.string() + "' ";
    if (run(cli + "init >/dev/null") != 0 || run(cli + "server init >/dev/null") != 0) {
        std::fprintf(stderr, "could not make a scratch store in %s\n", dir.c_str());
        return 1;
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, STDERR_FILENO);
        ::execl(SIANG_SERVER, SIANG_SERVER, "--store", store.c_str(), "--listen", "127.0.0.1:0",
                "--public", "127.0.0.1:0", "--port-file", ports.c_str(), nullptr);
        ::_exit(127);
    }
    for (int i = 0; i < 400 && !fs::exists(ports); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    if (!fs::exists(ports)) {
        std::fprintf(stderr, "siang-server did not start\n");
        ::kill(pid, SIGKILL);
        return 1;
    }
    std::this_thread::sleep_for(std::chrono::seconds(1));  // past start-up
    const long long before = cpu_ticks(pid);
    const auto t0 = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    const long long after = cpu_ticks(pid);
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ::kill(pid, SIGTERM);
    int status = 0;
    ::waitpid(pid, &status, 0);
    fs::remove_all(dir);
    const double cpu_s =
        static_cast<double>(after - before) / static_cast<double>(::sysconf(_SC_CLK_TCK));
    std::printf(
        "siang-server idle over %.1f s: %.3f s of CPU = %.3f %% of one core "
        "(SPEC §10 target ≤ 0.1 %%; resolution 1 tick = %.3f %%)\n",
        wall, cpu_s, 100.0 * cpu_s / wall,
        100.0 / static_cast<double>(::sysconf(_SC_CLK_TCK)) / wall);
    std::printf("exit status after SIGTERM: %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return 0;
}
