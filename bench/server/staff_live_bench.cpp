// staff_live_bench: the live events of issue 12 through the real siang-server. How long a
// kiosk's help press takes to reach a console's cache (ApiClient's long poll; p50/p99 over N
// presses), and what an idle console costs while connected: its process's CPU and the server's
// over a quiet spell with the long poll open.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "net/http_client.hpp"
#include "office/console/api_client.hpp"
#include "support/staff_server.hpp"
#include "support/wake_counter.hpp"
#include "sync/enrolment_link.hpp"
#include "sync/office_api.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
namespace t = siang::testing;

double cpu_seconds_self() {
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// utime + stime of process `pid`, from /proc.
double cpu_seconds_of(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), {});
    const auto close = stat.rfind(')');
    if (close == std::string::npos) return 0;
    std::vector<std::string> fields;
    std::size_t pos = close + 2;
    while (pos < stat.size()) {
        const auto sp = stat.find(' ', pos);
        fields.push_back(stat.substr(pos, sp - pos));
        if (sp == std::string::npos) break;
        pos = sp + 1;
    }
    // Fields after ")": state is [0]; utime [11], stime [12].
    if (fields.size() < 13) return 0;
    return static_cast<double>(std::stoll(fields[11]) + std::stoll(fields[12])) /
           static_cast<double>(::sysconf(_SC_CLK_TCK));
}

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

}  // namespace

int main(int argc, char** argv) {
    const int presses = argc > 1 ? std::atoi(argv[1]) : 50;
    const int idle_s = argc > 2 ? std::atoi(argv[2]) : 30;
    char tmpl[] = "/tmp/siang-live-bench-XXXXXX";
    if (::mkdtemp(tmpl) == nullptr) return 1;
    t::StaffServer server(SIANG_CLI, SIANG_SERVER, tmpl);
    if (!server.ready()) {
        std::fprintf(stderr, "server: %s\n", server.error().c_str());
        return 1;
    }
    auto c = siang::office::ApiClient::connect({server.url(), server.fingerprint()});
    if (!c) return 1;
    auto& console = **c;
    t::WakeCounter wakes;
    console.set_wake([&wakes] { wakes.wake(); });
    if (!console.authenticate(t::clerk_user, t::staff_password, "")) return 1;

    // A kiosk with its own kept-alive connection, as siang-kiosk has.
    const auto added = server.cli({"--json", "kiosk", "add", "kiosk-bench"});
    const std::string code = nlohmann::json::parse(added.out).at("enrolment_code");
    const auto enrolled =
        server.curl("/api/v1/enrol", nlohmann::json{{"enrolment_code", code}}.dump());
    const std::string token = enrolled.body.at("token");
    auto kiosk = siang::net::HttpClient::make(
        {.base_url = server.url(), .fingerprint = server.fingerprint()});
    if (!kiosk) return 1;
    const std::vector<siang::net::Header> auth{{"Authorization", "Bearer " + token},
                                               {"Content-Type", "application/json"}};
    std::this_thread::sleep_for(500ms);

    std::vector<double> latencies;
    for (int i = 0; i < presses; ++i) {
        const auto pressed = Clock::now();
        auto reply =
            kiosk->post(siang::sync::path_help, siang::sync::encode_help_request("review"), auth);
        if (!reply || reply->status != 200) {
            std::fprintf(stderr, "press %d refused\n", i);
            return 1;
        }
        const auto id = siang::sync::decode_help_id(reply->body);
        auto arrived = [&] {
            auto open = console.open_help_requests();
            return open && std::ranges::any_of(*open, [&](const auto& h) { return h.id == *id; });
        };
        if (!wakes.wait_until(arrived, 5000ms)) {
            std::fprintf(stderr, "press %d never arrived\n", i);
            return 1;
        }
        latencies.push_back(ms(Clock::now() - pressed));
        (void)console.acknowledge_help_request(*id, "", {}, "");
        std::this_thread::sleep_for(100ms);
    }
    std::ranges::sort(latencies);
    auto pct = [&](double p) {
        return latencies[std::min(
            latencies.size() - 1,
            static_cast<std::size_t>(p * static_cast<double>(latencies.size())))];
    };
    std::printf("help press → console cache, %d presses: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                presses, pct(0.50), pct(0.99), latencies.back());

    std::this_thread::sleep_for(1s);
    const double self0 = cpu_seconds_self(), server0 = cpu_seconds_of(server.process().pid());
    std::this_thread::sleep_for(std::chrono::seconds(idle_s));
    const double self1 = cpu_seconds_self(), server1 = cpu_seconds_of(server.process().pid());
    std::printf(
        "idle %d s with the long poll open: console process %.3f s CPU (%.3f%%), "
        "server %.3f s CPU (%.3f%%)\n",
        idle_s, self1 - self0, 100.0 * (self1 - self0) / idle_s, server1 - server0,
        100.0 * (server1 - server0) / idle_s);
    (void)console.logout();
    std::error_code ec;
    std::filesystem::remove_all(tmpl, ec);
    return 0;
}
