// Registration of the `siang` subcommands; each is implemented in its own file in this folder.
#pragma once

#include <CLI/CLI.hpp>

#include "cli_context.hpp"

namespace siang::cli {

// Runs a command body (returning an exit code) once the global options are resolved; a bad
// configuration or --lang is reported instead.
template <class Body>
void run_command(CliContext& ctx, int& exit_code, Body&& body) {
    if (auto ok = ctx.prepare(); !ok) {
        exit_code = ctx.report(ok.error());
        return;
    }
    exit_code = body();
}

// Each function adds one subcommand (or group) to `app`. When the subcommand runs, its result
// is stored in `exit_code`.
void add_init_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_submit_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_show_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_list_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_status_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_reissue_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_qr_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_export_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_stats_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_backup_commands(CLI::App& app, CliContext& ctx, int& exit_code);  // backup, restore
void add_check_commands(CLI::App& app, CliContext& ctx, int& exit_code);   // check, audit verify
void add_demo_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_user_commands(CLI::App& app, CliContext& ctx, int& exit_code);  // user add/passwd/disable/list

}  // namespace siang::cli
