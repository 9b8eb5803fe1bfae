// staff_api_bench: the console's queue pages and Thai searches at 1,000,000 records end to end
// over the office API (ApiClient → TLS → siang-server → store → JSON back, through QueueModel
// as the queue view runs it), beside the same queries on the store directly in the same run,
// p50/p99 against SPEC §10 (≤ 20 / 50 ms in the store, ≤ 30 / 60 ms over the API).
// Build the store once: `siang --store DIR/siang.db init && siang --store DIR/siang.db demo
// 1000000`; every run reuses it (it adds two bench accounts and the server's TLS identity the
// first time). Prints figures only.
//   build/bench/server_api/staff_api_bench [--dir build/bench-cache/staff_api] [--reps 200]
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "bench/office/queue_cases.hpp"
#include "bench/store/latency_table.hpp"
#include "office/console/api_client.hpp"
#include "office/console/queue_model.hpp"
#include "office/console/store_client.hpp"
#include "staff/staff_accounts.hpp"
#include "support/server_process.hpp"

namespace {

using namespace siang;
namespace fs = std::filesystem;

constexpr const char* bench_password = "Bench-Khao-Tom-Mud-77";

// The two accounts the bench logs in as; added once.
bool ensure_accounts(const std::string& path) {
    auto s = store::Store::open(path);
    if (!s) return false;
    staff::StaffAccounts accounts(*s);
    for (const auto& [name, role] : {std::pair{"bench-clerk", staff::Role::clerk},
                                     {"bench-integrity", staff::Role::integrity}}) {
        if (s->find_user(name)) continue;
        if (!accounts.add(staff::local_administrator(), {name, name, role}, bench_password))
            return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Queue and Thai search over the office API vs the store (SPEC §10); figures only"};
    std::string dir = SIANG_BENCH_DIR;
    int reps = 200;
    app.add_option("--dir", dir, "folder of siang.db (made once by `siang demo 1000000`)")
        ->capture_default_str();
    app.add_option("--reps", reps, "timed runs per case")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    const std::string path = (fs::path(dir) / "siang.db").string();
    if (!fs::exists(path)) {
        std::fprintf(stderr,
                     "staff_api_bench: %s is missing; make it once with `siang --store %s init` "
                     "and `siang --store %s demo 1000000`\n",
                     path.c_str(), path.c_str(), path.c_str());
        return 1;
    }
    if (!ensure_accounts(path)) {
        std::fprintf(stderr, "staff_api_bench: could not add the bench accounts\n");
        return 1;
    }
    const auto id = testing::run_program({SIANG_CLI, "--store", path, "--json", "server", "init"},
                                         std::chrono::seconds{60});
    if (id.exit_code != 0) {
        std::fprintf(stderr, "staff_api_bench: siang server init: %s\n", id.err.c_str());
        return 1;
    }
    const std::string fingerprint = nlohmann::json::parse(id.out).at("fingerprint");
    testing::ServerProcess server(SIANG_SERVER, path, dir);
    if (!server.start(std::chrono::seconds{120})) {
        std::fprintf(stderr, "staff_api_bench: siang-server did not start (log: %s)\n",
                     server.log().c_str());
        return 1;
    }
    const std::string url = "https://127.0.0.1:" + std::to_string(server.office_port());
    auto connect = [&](const char* user) -> std::unique_ptr<office::ApiClient> {
        auto c = office::ApiClient::connect({url, fingerprint});
        if (!c || !(*c)->authenticate(user, bench_password, "")) return nullptr;
        return std::move(*c);
    };
    auto clerk_api = connect("bench-clerk");
    auto integrity_api = connect("bench-integrity");
    auto opened = store::Store::open(path);
    if (!clerk_api || !integrity_api || !opened) {
        std::fprintf(stderr, "staff_api_bench: login or store open failed\n");
        return 1;
    }
    office::StoreClient direct(*opened);
    std::printf("store: %s (%llu MiB), server %s\n\n", path.c_str(),
                static_cast<unsigned long long>(fs::file_size(path) >> 20), url.c_str());

    const std::vector<bench::QueueCase> cases = bench::queue_cases();

    const store::Viewer clerk = staff::viewer_for("bench-clerk", staff::Role::clerk);
    const store::Viewer integrity = staff::viewer_for("bench-integrity", staff::Role::integrity);
    bench::LatencySamples::print_header();
    for (const auto& c : cases) {
        office::QueueModel model;
        office::QueueFilters filters;
        store::Sort sort = store::Sort::newest;
        c.set(filters, sort);
        model.set_filters(filters);
        model.set_sort(sort);
        const auto& viewer = c.confidential ? integrity : clerk;
        auto& api = c.confidential ? *integrity_api : *clerk_api;
        // One page as the view fetches it; "today" is the clock on both sides (the server's).
        auto fetch = [&](office::OfficeClient& client) {
            office::QueueModel m = model;
            for (int p = 0; p < c.page; ++p) m.next_page();
            auto t0 = std::chrono::steady_clock::now();
            auto r = m.refresh(client, viewer);
            auto dt = std::chrono::steady_clock::now() - t0;
            if (!r) {
                std::fprintf(stderr, "%s: %s %s\n", c.name.c_str(),
                             error_name(r.error().code).data(), r.error().detail.c_str());
                std::exit(1);
            }
            return std::pair{dt, m.rows().size()};
        };
        for (auto* client : {static_cast<office::OfficeClient*>(&direct),
                             static_cast<office::OfficeClient*>(&api)}) {
            const bool over_api = client != &direct;
            (void)fetch(*client);  // warm, as in a running console
            bench::LatencySamples samples;
            std::size_t rows = 0;
            for (int i = 0; i < reps; ++i) {
                auto [dt, n] = fetch(*client);
                samples.add(dt);
                rows = n;
            }
            samples.print(
                (over_api ? "api   " : "store ") + c.name + " [" + std::to_string(rows) + "]",
                over_api ? c.api_target : c.target);
        }
    }
    return 0;
}
