// office_bench: the console's queue pages and Thai searches at 1,000,000 records, timed through
// QueueModel::refresh — the code path the queue view runs — p50/p99 against SPEC §10.
// Reuses the store bench's cached demo store; prints figures, asserts nothing.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>

#include "bench/office/queue_cases.hpp"
#include "bench/store/latency_table.hpp"
#include "office/console/queue_model.hpp"
#include "office/console/store_client.hpp"

namespace {

using namespace siang;

// The store bench's demo data is generated as of this instant; overdue is judged against it.
const domain::TimePoint demo_now = domain::TimePoint{std::chrono::seconds{1795000000}};


}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Queue view latency at a large store (SPEC §10); prints figures only"};
    std::string path = SIANG_BENCH_STORE;
    int reps = 200;
    app.add_option("--store", path, "store to query (default: the store bench's 1M cache)")
        ->capture_default_str();
    app.add_option("--reps", reps, "timed runs per case")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    if (!std::filesystem::exists(path)) {
        std::fprintf(stderr,
                     "office_bench: %s is missing; build it once with `store_bench` (it caches a "
                     "1,000,000-record demo store there) or pass --store\n",
                     path.c_str());
        return 1;
    }
    auto opened = store::Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "office_bench: open %s: %s\n", path.c_str(),
                     opened.error().detail.c_str());
        return 1;
    }
    auto& s = *opened;
    std::printf("store: %s (%llu MiB)\n\n", path.c_str(),
                static_cast<unsigned long long>(std::filesystem::file_size(path) >> 20));

    const std::vector<bench::QueueCase> cases = bench::queue_cases();

    const store::Viewer clerk{"bench-clerk", false};
    const store::Viewer integrity{"bench-integrity", true};
    bench::LatencySamples::print_header();
    office::StoreClient client(s);
    for (const auto& c : cases) {
        office::QueueModel model;
        office::QueueFilters filters;
        store::Sort sort = store::Sort::newest;
        c.set(filters, sort);
        model.set_filters(filters);
        model.set_sort(sort);
        const auto& viewer = c.confidential ? integrity : clerk;
        auto fetch = [&] {
            // Paging as the view does it: each next_page() makes the model stale again.
            office::QueueModel m = model;
            for (int p = 0; p < c.page; ++p) {
                (void)m.refresh(client, viewer, demo_now);
                m.next_page();
            }
            auto t0 = std::chrono::steady_clock::now();
            auto r = m.refresh(client, viewer, demo_now);
            auto dt = std::chrono::steady_clock::now() - t0;
            if (!r) {
                std::fprintf(stderr, "%s: %s\n", c.name.c_str(), r.error().detail.c_str());
                std::exit(1);
            }
            return std::pair{dt, m.rows().size()};
        };
        (void)fetch();  // warm: statement prepared, pages cached, as in a running console
        bench::LatencySamples samples;
        std::size_t rows = 0;
        for (int i = 0; i < reps; ++i) {
            auto [dt, n] = fetch();
            samples.add(dt);
            rows = n;
        }
        samples.print(c.name + " [" + std::to_string(rows) + "]", c.target);
    }
    return 0;
}
