// `siang export --csv`: every case the user may see, as a CSV file Excel opens with Thai intact
// (reports::export_cases_csv, on the store or through the office API).
#include "commands/commands.hpp"

namespace siang::cli {

void add_export_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "export", "Export cases to CSV (UTF-8 with BOM); recorded in the audit log");
    auto out = std::make_shared<std::string>();
    auto csv = std::make_shared<bool>(false);
    cmd->add_flag("--csv", *csv, "CSV format (the default and, for now, only format)");
    cmd->add_option("-o,--output", *out, "File to write")->required();
    // The flag's bool lives as long as the callback holds it (CLI11 writes it at parse time).
    cmd->callback([&ctx, &exit_code, out, csv] {
        run_command(ctx, exit_code, [&] {
            // On the store or over the office API (--server): the same file, the same row.
            auto office = ctx.office();
            if (!office) return ctx.report(office.error());
            auto written = (*office)->export_cases(ctx.actor(), ctx.viewer(), *out, ctx.lang(),
                                                   ctx.config().directory);
            if (!written) return ctx.report(written.error());
            if (ctx.options.json)
                CliContext::print_json({{"file", *out}, {"cases", *written}});
            else
                ctx.say("cli.exported", {std::to_string(*written), *out});
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
