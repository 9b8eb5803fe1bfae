// filing_writer_bench: durable kiosk filings per second through the office API's filing writer
// (group commit) from K concurrent kiosks, beside one filing per transaction and the fsync time
// measured in the same run. Prints figures; never pass/fail.
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <vector>

#include "server/api/filing_writer.hpp"
#include "store/store.hpp"

namespace {

using namespace siang;
using Clock = std::chrono::steady_clock;

domain::Draft draft(int i) {
    domain::Draft d;
    d.kind = domain::Kind::suggestion;
    d.subject = "ขอเพิ่มที่นั่งรอ " + std::to_string(i);
    d.details = "อยากให้มีเก้าอี้สำหรับผู้สูงอายุบริเวณจุดบริการมากกว่านี้ ถนนหน้าตลาดเป็นหลุมลึก";
    return d;
}

std::string uuid_of(int n) {
    char buf[37];
    std::snprintf(buf, sizeof buf, "%08x-0000-4000-8000-%012x", n, n);
    return buf;
}

store::IncomingFiling filing(const store::KioskRef& k, int n) {
    store::IncomingFiling f{k,
                            uuid_of(n),
                            std::chrono::floor<std::chrono::seconds>(domain::Clock::now()),
                            domain::generate_tracking_code(),
                            draft(n),
                            {}};
    f.body = f.uuid + f.code.str() + f.draft.subject;
    return f;
}

double fsync_ms(const std::filesystem::path& dir) {
    const auto p = dir / "fsync-probe";
    const int fd = ::open(p.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0600);
    std::vector<double> t;
    char block[4096] = {};
    for (int i = 0; i < 50; ++i) {
        if (::pwrite(fd, block, sizeof block, 0) < 0) break;
        const auto a = Clock::now();
        ::fdatasync(fd);
        t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
    }
    ::close(fd);
    std::filesystem::remove(p);
    std::sort(t.begin(), t.end());
    return t.empty() ? 0 : t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Durable kiosk filings per second: the filing writer's group commit"};
    std::string dir = "/tmp/siang-filing-bench";
    int kiosks = 50, per_kiosk = 100;
    app.add_option("--dir", dir, "Scratch folder (its store is made anew)");
    app.add_option("--kiosks", kiosks, "Concurrent kiosks (threads)");
    app.add_option("--per-kiosk", per_kiosk, "Filings each kiosk sends");
    CLI11_PARSE(app, argc, argv);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto path = (std::filesystem::path(dir) / "siang.db").string();
    store::OpenOptions create;
    create.create = true;
    auto s = store::Store::open(path, create);
    if (!s) return 1;
    const auto now = std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
    auto code = s->add_kiosk_enrolment("bench", now);
    auto enrolled = s->redeem_enrolment(code->code, now);
    const auto kiosk = *s->kiosk_by_token(enrolled->token);

    std::printf("fsync (fdatasync of 4 KiB), p50: %.2f ms\n", fsync_ms(dir));

    // One filing per transaction: what the server would do without batching.
    constexpr int singles = 200;
    auto a = Clock::now();
    for (int i = 0; i < singles; ++i) {
        std::vector<store::IncomingFiling> one{filing(kiosk, 1'000'000 + i)};
        if (!s->accept_filings(one, now)) return 1;
    }
    const double single_s = std::chrono::duration<double>(Clock::now() - a).count();
    std::printf("one filing per transaction: %.0f filings/s (%d filings)\n", singles / single_s,
                singles);

    server::api::FilingWriter writer(std::move(*s), {}, [] {
        return std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
    });
    std::vector<double> latency_ms(static_cast<std::size_t>(kiosks * per_kiosk));
    a = Clock::now();
    std::vector<std::thread> threads;
    for (int k = 0; k < kiosks; ++k)
        threads.emplace_back([&, k] {
            for (int i = 0; i < per_kiosk; ++i) {
                const int n = k * per_kiosk + i;
                const auto t0 = Clock::now();
                auto r = writer.submit(filing(kiosk, n)).get();
                latency_ms[static_cast<std::size_t>(n)] =
                    r ? std::chrono::duration<double, std::milli>(Clock::now() - t0).count() : -1;
            }
        });
    for (auto& t : threads) t.join();
    const double batch_s = std::chrono::duration<double>(Clock::now() - a).count();
    writer.stop();
    std::sort(latency_ms.begin(), latency_ms.end());
    const auto failed = std::count(latency_ms.begin(), latency_ms.end(), -1.0);
    std::printf(
        "filing writer, %d concurrent kiosks: %.0f durable filings/s (%d filings, %ld failed); "
        "submit to durable answer p50 %.2f ms, p99 %.2f ms\n",
        kiosks, kiosks * per_kiosk / batch_s, kiosks * per_kiosk, static_cast<long>(failed),
        latency_ms[latency_ms.size() / 2], latency_ms[latency_ms.size() * 99 / 100]);
    return 0;
}
