// outbox_bench: durable submit into the kiosk's outbox next to raw fsync in the same run
// (SPEC §10: p99 ≤ 2× fsync), alone and with the uploader acknowledging beside it. Prints
// figures; asserts nothing. Run by hand:
//   build/bench/sync/outbox_bench [--dir DIR] [--submits 300]
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "demo/demo_data.hpp"
#include "domain/directory.hpp"
#include "latency_table.hpp"
#include "sync/outbox.hpp"
#include "sync/uploader.hpp"

namespace {

using namespace siang;

const domain::TimePoint demo_now = domain::TimePoint{std::chrono::seconds{1795000000}};  // 2026-11

[[noreturn]] void die(const std::string& what, const Error& e) {
    std::fprintf(stderr, "%s: %s %s\n", what.c_str(), std::string(error_name(e.code)).c_str(),
                 e.detail.c_str());
    std::exit(1);
}

// An office that acknowledges at once: the uploader's writes meet the kiosk's filings.
class InstantOffice final : public sync::OfficeLink {
  public:
    Result<sync::FilingAck> send_filing(std::string_view body) override {
        auto f = sync::decode_filing(body);
        if (!f) return std::unexpected(f.error());
        return sync::FilingAck{f->uuid, {2570, ++last_}, std::chrono::year_month_day{}};
    }
    Result<store::PublicStatus> track(const domain::TrackingCode&) override {
        return fail(Errc::unknown_code);
    }
    Result<std::int64_t> call_help(std::string_view) override { return 1; }
    Result<bool> help_acknowledged(std::int64_t) override { return false; }
    Result<void> report_backlog(const sync::Backlog&) override { return {}; }

  private:
    int last_ = 0;
};

// For context beside the target's probe (which rewrites 64 pages in place): 4 KiB appended
// and made durable, as a write-ahead log that grows costs (the file's size is metadata, so
// fdatasync also commits the file system's journal).
bench::LatencySamples append_fsync(const std::filesystem::path& dir, int n) {
    const auto file = dir / "append-probe.bin";
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        std::perror("append probe");
        std::exit(1);
    }
    std::vector<char> page(4096, 'x');
    auto samples = bench::time_each(n, [&](int i) {
        if (::pwrite(fd, page.data(), page.size(), static_cast<off_t>(i) * 4096) < 0 ||
            ::fdatasync(fd) != 0)
            std::perror("append probe");
    });
    ::close(fd);
    std::filesystem::remove(file);
    return samples;
}

// Times n Outbox::file calls on a fresh outbox; with `uploading`, an uploader acknowledges and
// deletes each filing's content meanwhile, as at a kiosk with the office reachable.
bench::LatencySamples durable_files(const std::filesystem::path& root, int n, bool uploading) {
    const auto dir = root / (uploading ? "outbox-uploading" : "outbox");
    std::filesystem::remove_all(dir);
    const auto directory = domain::default_directory();
    demo::DemoGenerator gen(directory, 11, demo_now);
    std::vector<domain::Draft> drafts;
    for (int i = 0; i < n; ++i) drafts.push_back(gen.next().draft);
    auto outbox = sync::Outbox::open(dir.string(), true);
    if (!outbox) die("open " + dir.string(), outbox.error());
    if (auto r = outbox->save_credential(
            {"https://127.0.0.1:1", std::string(64, 'a'), "bench", std::string(64, 'b')});
        !r)
        die("credential", r.error());
    std::optional<sync::Uploader> uploader;
    if (uploading)
        uploader.emplace(
            dir.string(),
            [](const sync::DeviceCredential&) -> Result<std::unique_ptr<sync::OfficeLink>> {
                return std::unique_ptr<sync::OfficeLink>(std::make_unique<InstantOffice>());
            });
    auto samples = bench::time_each(n, [&](int i) {
        auto r = outbox->file(drafts[static_cast<std::size_t>(i)], demo_now, directory);
        if (!r) die("file", r.error());
        if (uploader) uploader->notify();
    });
    uploader.reset();
    std::filesystem::remove_all(dir);
    return samples;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Siang outbox bench (SPEC §10); prints figures, asserts nothing"};
    std::string dir = SIANG_BENCH_CACHE_DIR;
    int submits = 300;
    app.add_option("--dir", dir, "where the outboxes are made (the disk the kiosk would use)");
    app.add_option("--submits", submits, "durable submits to time");
    CLI11_PARSE(app, argc, argv);
    std::filesystem::create_directories(dir);

    std::printf("outbox_bench: dir %s\n\n", dir.c_str());
    bench::LatencySamples::print_header();
    auto fsync = bench::raw_fsync(dir, submits);
    fsync.print("raw write 4 KiB + fdatasync");
    append_fsync(dir, submits).print("append 4 KiB + fdatasync (context)");
    const std::string target =
        "p99 <= 2 x fsync p99 = " + std::to_string(2 * fsync.percentile(99)).substr(0, 6);
    durable_files(dir, submits, false).print("outbox file (synchronous=FULL)", target);
    durable_files(dir, submits, true).print("outbox file, uploader acknowledging", target);
    return 0;
}
