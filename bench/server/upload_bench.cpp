// upload_bench: a filing's upload to siang-server's durable acknowledgement on loopback (TLS, one
// kept-alive connection), p50/p99 beside fsync measured in the same run on the store's disk; and
// the server's throughput with many kiosks uploading at once (SPEC §10). Prints figures; asserts
// nothing. Run by hand:
//   build/bench/server/upload_bench [--dir DIR] [--uploads 500] [--kiosks 50] [--each 100]
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "../store/latency_table.hpp"
#include "domain/directory.hpp"
#include "domain/submission.hpp"
#include "net/http_client.hpp"
#include "support/fresh_office.hpp"
#include "sync/office_api.hpp"

namespace {

namespace fs = std::filesystem;
using namespace siang;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "upload_bench: %s\n", what.c_str());
    std::exit(1);
}

// A filing as a kiosk freezes it: a typical complaint with a contact.
std::string filing_body(const domain::Directory& directory, int n) {
    domain::Draft d;
    d.kind = domain::Kind::complaint;
    d.subject = "ถนนชำรุด หน้าบ้านเลขที่ " + std::to_string(n);
    d.details = "ถนนเป็นหลุมลึก รถจักรยานยนต์ล้มไปแล้วสองคัน ขอให้มาซ่อมด่วน";
    d.contact.name = "สมชาย ใจดี";
    d.contact.phone = "0812345678";
    auto valid = domain::validate_draft(d, directory);
    if (!valid) die("draft: " + valid.error().detail);
    sync::Filing f;
    f.uuid = testing::random_uuid_v4();
    f.filed_at =
        std::chrono::time_point_cast<domain::TimePoint::duration>(std::chrono::system_clock::now());
    f.code = domain::generate_tracking_code();
    f.draft = *valid;
    return sync::encode(f);
}

struct Kiosk {
    net::HttpClient client;
    std::vector<net::Header> auth;
};

class Office {
  public:
    explicit Office(const fs::path& dir) : office_(SIANG_CLI, SIANG_SERVER, dir) {
        fs::remove_all(dir);
        fs::create_directories(dir);
        if (auto e = office_.init(); !e.empty()) die(e);
        // On loopback all 50 kiosks come from one address; in an office each has its own, so the
        // per-address connection limit is raised to what 50 kept-alive kiosks need.
        std::ofstream(dir / "bench.toml") << "[server]\nmax_connections_per_ip = 128\n";
        if (auto e = office_.start({"--config", (dir / "bench.toml").string()}); !e.empty()) die(e);
    }
    ~Office() { office_.server().terminate(); }

    // A kiosk added by the administrator and enrolled through the API, with its own connection.
    Kiosk enrol(const std::string& name) {
        const std::string code = office_.add_kiosk(name);
        if (code.empty()) die("siang kiosk add " + name + " failed");
        auto client = net::HttpClient::make(
            {.base_url = office_.url(), .fingerprint = office_.fingerprint()});
        if (!client) die("client: " + client.error().detail);
        auto r = client->post(sync::path_enrol, sync::encode(sync::EnrolRequest{code}));
        if (!r || r->status != 200) die("enrol: " + (r ? r->body : r.error().detail));
        auto reply = sync::decode_enrol_reply(r->body);
        if (!reply) die("enrol reply: " + reply.error().detail);
        return Kiosk{std::move(*client), {{"Authorization", "Bearer " + reply->token}}};
    }
    const fs::path& dir() const { return office_.dir(); }
    pid_t server_pid() { return office_.server().pid(); }

  private:
    testing::FreshOffice office_;
};

bool upload(Kiosk& k, const std::string& body) {
    auto r = k.client.post(sync::path_filings, body, k.auth);
    if (!r) {
        std::fprintf(stderr, "upload: %s\n", r.error().detail.c_str());
        return false;
    }
    if (r->status != 200) {
        std::fprintf(stderr, "upload: HTTP %ld %s\n", r->status, r->body.c_str());
        return false;
    }
    return true;
}

// CPU seconds (user + system) of a process so far, from /proc/PID/stat.
double cpu_seconds(pid_t pid) {
    std::FILE* f = std::fopen(("/proc/" + std::to_string(pid) + "/stat").c_str(), "r");
    if (!f) return 0;
    char buf[2048];
    const std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    buf[n] = 0;
    const char* p = std::strrchr(buf, ')');
    unsigned long utime = 0, stime = 0;
    if (p)
        std::sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime);
    return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"siang-server upload latency and throughput (SPEC §10)"};
    std::string dir = (fs::temp_directory_path() / "siang-upload-bench").string();
    int uploads = 500, kiosks = 50, each = 100;
    app.add_option("--dir", dir, "Scratch folder (its disk is the one measured)");
    app.add_option("--uploads", uploads, "Sequential uploads over one connection");
    app.add_option("--kiosks", kiosks, "Kiosks uploading at once");
    app.add_option("--each", each, "Filings per kiosk in the throughput run");
    CLI11_PARSE(app, argc, argv);
    if (sodium_init() < 0) die("libsodium");
    const auto directory = domain::default_directory();

    Office office{fs::path(dir)};
    bench::LatencySamples::print_header();
    auto fsync_before = bench::raw_fsync(office.dir(), 200);

    // One kiosk, one kept-alive TLS connection, one filing at a time.
    Kiosk one = office.enrol("bench-1");
    for (int i = 0; i < 20; ++i)  // warm up: connection, caches, WAL
        if (!upload(one, filing_body(directory, i))) die("warm-up upload failed");
    std::vector<std::string> bodies;
    for (int i = 0; i < uploads; ++i) bodies.push_back(filing_body(directory, i));
    auto latency = bench::time_each(uploads, [&](int i) {
        if (!upload(one, bodies[static_cast<std::size_t>(i)])) die("upload failed");
    });
    auto fsync_after = bench::raw_fsync(office.dir(), 200);
    fsync_before.print("fsync 4 KiB (before the uploads)");
    fsync_after.print("fsync 4 KiB (after the uploads)");
    const double fsync_p99 = std::max(fsync_before.percentile(99), fsync_after.percentile(99));
    char target[96];
    std::snprintf(target, sizeof target, "p99 <= 3 x fsync p99 = %.3f ms", 3 * fsync_p99);
    latency.print("upload -> durable ack, 1 kiosk, kept alive", target);

    // Many kiosks at once, each on its own connection.
    std::vector<Kiosk> many;
    for (int k = 0; k < kiosks; ++k)
        many.push_back(office.enrol("bench-many-" + std::to_string(k)));
    std::vector<std::vector<std::string>> work(static_cast<std::size_t>(kiosks));
    for (auto& w : work)
        for (int i = 0; i < each; ++i) w.push_back(filing_body(directory, i));
    std::atomic<int> failed{0};
    std::vector<std::vector<Clock::duration>> per(static_cast<std::size_t>(kiosks));
    const double cpu0 = cpu_seconds(office.server_pid());
    const auto t0 = Clock::now();
    std::vector<std::thread> threads;
    for (int k = 0; k < kiosks; ++k)
        threads.emplace_back([&, k] {
            auto& kiosk = many[static_cast<std::size_t>(k)];
            for (const auto& body : work[static_cast<std::size_t>(k)]) {
                const auto s = Clock::now();
                if (!upload(kiosk, body)) ++failed;
                per[static_cast<std::size_t>(k)].push_back(Clock::now() - s);
            }
        });
    for (auto& t : threads) t.join();
    const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
    const double cpu = cpu_seconds(office.server_pid()) - cpu0;
    bench::LatencySamples all;
    for (const auto& p : per)
        for (const auto d : p) all.add(d);
    char name[96];
    std::snprintf(name, sizeof name, "upload -> durable ack, %d kiosks at once", kiosks);
    all.print(name);
    const int total = kiosks * each - failed;
    std::printf(
        "throughput: %d durable filings in %.2f s = %.0f filings/s (target >= 1,000/s); "
        "server CPU %.2f s (%.0f%% of one core); %d failed\n",
        total, wall, total / wall, cpu, 100 * cpu / wall, failed.load());
    return 0;
}
