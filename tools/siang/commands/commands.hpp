// Registration of the `siang` subcommands; each is implemented in its own file in this folder.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>

#include "cli_context.hpp"
#include "domain/field.hpp"

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

// An option's help with the field's limit from the domain: "Details (≤ 5,000 characters)".
inline std::string limit_help(std::string_view what, domain::Field f) {
    std::string n = std::to_string(domain::limit_of(f));
    for (auto i = n.size(); i > 3; i -= 3) n.insert(i - 3, ",");
    return std::string(what) + " (≤ " + n + " characters)";
}

// Each function adds one subcommand (or group) to `app`. When the subcommand runs, its result
// is stored in `exit_code`.
void add_init_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_submit_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_show_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_list_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_status_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_note_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_reissue_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_qr_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_print_commands(CLI::App& app, CliContext& ctx, int& exit_code);  // receipt-image, print-test
void add_export_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_stats_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_publish_command(CLI::App& app, CliContext& ctx, int& exit_code);  // the ITA pages as a folder
void add_backup_commands(CLI::App& app, CliContext& ctx, int& exit_code);  // backup, restore
void add_check_commands(CLI::App& app, CliContext& ctx, int& exit_code);   // check, audit verify
void add_demo_command(CLI::App& app, CliContext& ctx, int& exit_code);
void add_user_commands(CLI::App& app, CliContext& ctx, int& exit_code);  // user add/passwd/disable/list
void add_server_commands(CLI::App& app, CliContext& ctx, int& exit_code);  // server init
void add_kiosk_commands(CLI::App& app, CliContext& ctx, int& exit_code);
void add_integration_commands(CLI::App& app, CliContext& ctx, int& exit_code);  // integration add/list/revoke  // kiosk add/list/revoke/quarantine
// outbox enrol/submit/sync/status/track
void add_outbox_commands(CLI::App& app, CliContext& ctx, int& exit_code);
// doctor: what is wrong with this installation
void add_doctor_command(CLI::App& app, CliContext& ctx, int& exit_code);

}  // namespace siang::cli
