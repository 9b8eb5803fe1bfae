// `siang`: the administration command line for the IT person, scripts and tests (SPEC §2).
#include <CLI/CLI.hpp>
#include <clocale>
#include <iostream>

#include "cli_context.hpp"
#include "commands/commands.hpp"

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "C.UTF-8");
    using namespace siang::cli;

    CLI::App app{
        "siang: administer the Siang kiosk store (init, submit, list, status, backup, check…)",
        "siang"};
    app.fallthrough();
    app.require_subcommand(1);
    CliContext ctx;
    app.add_option_function<std::string>(
        "--store", [&ctx](const std::string& path) { ctx.options.store_path = path; },
        "SQLite store file (default: $SIANG_STORE, /var/lib/siang/siang.db for root or "
        "the siang user, else ~/.local/share/siang/siang.db)");
    app.add_option("--config", ctx.options.config_path, "TOML configuration file");
    app.add_option("--lang", ctx.options.lang,
                   "Language of messages: th or en (default from LANG)");
    app.add_option("--user", ctx.options.user,
                   "Act as this staff member under their role (password from $SIANG_PASSWORD or a "
                   "prompt); without it, the local administrator");
    app.add_flag("--json", ctx.options.json, "Machine-readable JSON output");

    int exit_code = exit_ok;
    add_init_command(app, ctx, exit_code);
    add_submit_command(app, ctx, exit_code);
    add_show_command(app, ctx, exit_code);
    add_list_command(app, ctx, exit_code);
    add_status_command(app, ctx, exit_code);
    add_reissue_command(app, ctx, exit_code);
    add_qr_command(app, ctx, exit_code);
    add_export_command(app, ctx, exit_code);
    add_stats_command(app, ctx, exit_code);
    add_backup_commands(app, ctx, exit_code);
    add_check_commands(app, ctx, exit_code);
    add_demo_command(app, ctx, exit_code);
    add_user_commands(app, ctx, exit_code);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? exit_ok : exit_usage;
    }
    return exit_code;
}
