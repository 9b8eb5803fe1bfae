// `siang demo N`: fills the store with N realistic Thai cases (development, screenshots, benches).
#include <algorithm>
#include <filesystem>
#include <span>

#include "commands/commands.hpp"
#include "demo/demo_data.hpp"

namespace siang::cli {

void add_demo_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "demo", "Add N realistic demo cases across kinds, services, statuses and two fiscal years");
    struct Args {
        std::size_t count = 0;
        std::uint64_t seed = 2569;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("N", a->count, "How many cases (e.g. 200, or 1000000 for benchmarks)")
        ->required()
        ->check(CLI::Range(std::size_t{1}, std::size_t{20'000'000}));
    cmd->add_option("--seed", a->seed, "Seed: the same seed gives the same cases");
    cmd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            if (auto ok = ctx.require_store_administrator("demo"); !ok)
                return ctx.report(ok.error());
            const auto started = std::chrono::steady_clock::now();
            std::error_code ec;
            auto parent = std::filesystem::path(ctx.store_path()).parent_path();
            if (!parent.empty()) std::filesystem::create_directories(parent, ec);
            store::OpenOptions opts;
            opts.create = true;  // a demo store needs no separate init
            opts.directory = ctx.config().directory;
            auto s = store::Store::open(ctx.store_path(), opts);
            if (!s) return ctx.report(s.error());
            auto now = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
            // In filing order, so batches number the cases as the office would have on the day.
            demo::DemoGenerator gen(ctx.config().directory, a->seed, now, a->count);
            constexpr std::size_t batch_size = 20'000;
            // One batch of records reused throughout: next_into keeps the strings' capacity.
            std::vector<domain::CaseHistory> batch(std::min(batch_size, a->count));
            std::size_t loaded = 0;
            while (loaded < a->count) {
                std::size_t n = std::min(batch.size(), a->count - loaded);
                for (std::size_t i = 0; i < n; ++i) gen.next_into(batch[i]);
                // Under whoever ran it: --user's administrator, else the local one ("siang").
                auto imported = s->import_cases(std::span(batch).first(n), ctx.actor());
                if (!imported) return ctx.report(imported.error());
                loaded += *imported;
            }
            double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            char secs[32];
            std::snprintf(secs, sizeof secs, "%.1f", seconds);
            if (ctx.options.json)
                CliContext::print_json(
                    {{"store", ctx.store_path()}, {"cases", loaded}, {"seconds", seconds}});
            else
                ctx.say("cli.demo_done", {std::to_string(loaded), secs});
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
