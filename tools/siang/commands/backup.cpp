// `siang backup` and `siang restore`: online backups, and putting one back after a disaster.
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "commands/commands.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::cli {
namespace {

namespace fs = std::filesystem;

int run_backup(CliContext& ctx, const std::string& out) {
    auto s = ctx.open_store();
    if (!s) return ctx.report(s.error());
    if (auto ok = ctx.require_store_administrator("backup"); !ok) return ctx.report(ok.error());
    if (auto ok = s->backup_to(out); !ok) return ctx.report(ok.error());
    if (ctx.options.json)
        CliContext::print_json({{"backup", out}});
    else
        ctx.say("cli.backup_done", {out});
    return exit_ok;
}

// Copies `from` to `to` durably (write, fsync, rename), so a power cut leaves old or new.
Result<void> copy_durably(const std::string& from, const std::string& to) {
    std::error_code ec;
    std::string tmp = to + ".tmp";
    fs::copy_file(from, tmp, fs::copy_options::overwrite_existing, ec);
    if (ec) return fail(Errc::io_error, tmp + ": " + ec.message());
    int fd = ::open(tmp.c_str(), O_RDONLY);
    bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) ::close(fd);
    if (!synced) return fail(Errc::io_error, tmp + ": fsync failed");
    fs::rename(tmp, to, ec);
    if (ec) return fail(Errc::io_error, to + ": " + ec.message());
    return {};
}

// The backup must be a sound store (integrity and audit chain) before it replaces anything.
int run_restore(CliContext& ctx, const std::string& backup) {
    if (auto ok = ctx.require_store_administrator("restore"); !ok) return ctx.report(ok.error());
    {
        store::OpenOptions opts;
        opts.read_only = true;
        opts.key_path = ctx.store_path() + ".key";
        auto b = store::Store::open(backup, opts);
        if (!b) return ctx.report(b.error());
        auto report = b->check();
        if (!report) return ctx.report(report.error());
        if (!report->ok()) return ctx.report({Errc::store_corrupt, backup});
    }
    const std::string& path = ctx.store_path();
    std::error_code ec;
    std::string kept;
    if (fs::exists(path, ec)) {
        auto now = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
        std::string stamp = domain::format_iso_utc(now);
        std::erase(stamp, ':');
        kept = path + ".replaced-" + stamp;
        for (std::string suffix : {"", "-wal", "-shm"}) {
            if (!fs::exists(path + suffix, ec)) continue;
            fs::rename(path + suffix, kept + suffix, ec);
            if (ec) return ctx.report({Errc::io_error, path + suffix + ": " + ec.message()});
        }
    } else {
        fs::create_directories(fs::path(path).parent_path(), ec);
    }
    if (auto ok = copy_durably(backup, path); !ok) return ctx.report(ok.error());
    if (ctx.options.json)
        CliContext::print_json({{"restored", backup}, {"store", path}, {"previous", kept}});
    else if (kept.empty())
        ctx.say("cli.restore_done_fresh", {backup});
    else
        ctx.say("cli.restore_done", {backup, kept});
    return exit_ok;
}

}  // namespace

void add_backup_commands(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* backup =
        app.add_subcommand("backup", "Online backup of the store while kiosk and console run");
    auto out = std::make_shared<std::string>();
    backup->add_option("-o,--output", *out, "Backup file to write")->required();
    backup->callback([&ctx, &exit_code, out] {
        run_command(ctx, exit_code, [&] { return run_backup(ctx, *out); });
    });

    auto* restore = app.add_subcommand(
        "restore",
        "Replace the store with a checked backup (stop the kiosk and console first); the "
        "old file is kept beside it");
    auto in = std::make_shared<std::string>();
    restore->add_option("BACKUP", *in, "Backup file made by `siang backup`")
        ->required()
        ->check(CLI::ExistingFile);
    restore->callback([&ctx, &exit_code, in] {
        run_command(ctx, exit_code, [&] { return run_restore(ctx, *in); });
    });
}

}  // namespace siang::cli
