// `siang backup` and `siang restore`: online backups, and putting one back after a disaster.
#include "commands/commands.hpp"
#include "store/store_restore.hpp"

namespace siang::cli {
namespace {

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

// Everything that makes restore safe (self-restore refused, in-use refused, the copy checked,
// the old file kept, an atomic swap) lives in store::restore_store.
int run_restore(CliContext& ctx, const std::string& backup) {
    if (auto ok = ctx.require_store_administrator("restore"); !ok) return ctx.report(ok.error());
    store::OpenOptions opts;
    opts.directory = ctx.config().directory;
    auto done = store::restore_store(backup, ctx.store_path(), opts);
    if (!done) return ctx.report(done.error());
    if (ctx.options.json)
        CliContext::print_json(
            {{"restored", backup}, {"store", ctx.store_path()}, {"previous", done->kept}});
    else if (done->kept.empty())
        ctx.say("cli.restore_done_fresh", {backup});
    else
        ctx.say("cli.restore_done", {backup, done->kept});
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
