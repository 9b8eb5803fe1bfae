// `siang export --csv`: every case the user may see, as a CSV file Excel opens with Thai intact.
#include "commands/commands.hpp"
#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"
#include "reports/audited_export.hpp"
#include "reports/csv_writer.hpp"

namespace siang::cli {

void add_export_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "export", "Export cases to CSV (UTF-8 with BOM); recorded in the audit log");
    auto out = std::make_shared<std::string>();
    auto csv = std::make_shared<bool>(false);
    cmd->add_flag("--csv", *csv, "CSV format (the default and, for now, only format)");
    cmd->add_option("-o,--output", *out, "File to write")->required();
    cmd->callback([&ctx, &exit_code, out] {
        run_command(ctx, exit_code, [&] {
            auto s = ctx.open_store();
            if (!s) return ctx.report(s.error());
            const auto lang = ctx.lang();
            const auto& dir = ctx.config().directory;
            std::size_t count = 0;
            auto written = reports::write_audited_export(
                *s, ctx.actor(), *out, [&](OutputFile& file) -> Result<std::string> {
                    reports::CsvWriter w(file);
                    std::vector<std::string> head;
                    for (auto key :
                         {"col.case_number", "col.filed", "col.kind", "col.service", "col.division",
                          "col.status", "col.due", "col.overdue", "col.subject"})
                        head.emplace_back(i18n::tr(key, lang));
                    w.row(head);
                    store::Query all;
                    all.sort = store::Sort::oldest;
                    auto ok = s->for_each_case(all, ctx.viewer(), [&](const store::ListRow& r) {
                        w.row({r.number.str(),
                               i18n::date_text(domain::local_date(r.filed_at), lang),
                               std::string(i18n::kind_name(r.kind, lang)),
                               i18n::service_name(dir, r.service, lang),
                               i18n::division_name(dir, r.division, lang),
                               std::string(i18n::status_name(r.status, lang)),
                               i18n::date_text(r.due_date, lang),
                               std::string(i18n::tr(r.overdue ? "col.yes" : "col.no", lang)),
                               r.subject});
                        ++count;
                        return true;
                    });
                    if (!ok) return std::unexpected(ok.error());
                    if (auto done = w.finish(); !done) return std::unexpected(done.error());
                    return std::to_string(count) + " cases";
                });
            if (!written) return ctx.report(written.error());
            if (ctx.options.json)
                CliContext::print_json({{"file", *out}, {"cases", count}});
            else
                ctx.say("cli.exported", {std::to_string(count), *out});
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
