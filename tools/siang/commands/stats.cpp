// `siang stats`: the ITA statistics of a fiscal year, on screen or as CSV.
#include <iostream>

#include "commands/commands.hpp"
#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"
#include "reports/ita_export.hpp"
#include "reports/ita_stats.hpp"
#include "terminal_text.hpp"

namespace siang::cli {
namespace {

std::string name_of(const auto& item, i18n::Lang lang) {
    return lang == i18n::Lang::th ? item.name_th : item.name_en;
}

nlohmann::json counts_json(const reports::Counts& c) {
    return {{"received", c.received}, {"completed", c.completed}, {"in_progress", c.in_progress}};
}

nlohmann::json breakdown_json(const std::vector<reports::Breakdown>& list) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& b : list)
        out.push_back({{"key", b.key},
                       {"name_th", b.name_th},
                       {"name_en", b.name_en},
                       {"counts", counts_json(b.counts)}});
    return out;
}

void print_report(const reports::ItaReport& r, i18n::Lang lang) {
    std::cout << i18n::format(i18n::tr("stats.title", lang), {name_of(r.periods.front(), lang)})
              << "\n\n";
    const std::string note = reports::withheld_note(r, lang);
    if (!note.empty()) std::cout << note << "\n\n";
    for (const auto& p : r.periods) {
        if (p.id.size() > 3 && p.id[4] == '-') continue;  // months: CSV and JSON only
        std::cout << reports::period_label(r, p, lang) << '\n';
        std::cout << std::string(36, ' ') << pad_left(i18n::tr("col.received", lang), 12)
                  << pad_left(i18n::tr("col.completed", lang), 20)
                  << pad_left(i18n::tr("col.in_progress", lang), 22) << '\n';
        auto print = [&](const std::string& name, const reports::Counts& c) {
            std::cout << pad(name, 36) << pad_left(std::to_string(c.received), 12)
                      << pad_left(std::to_string(c.completed), 20)
                      << pad_left(std::to_string(c.in_progress), 22) << '\n';
        };
        for (const auto& b : p.by_kind) print("  " + name_of(b, lang), b.counts);
        print(std::string(i18n::tr("col.total", lang)), p.total);
        std::cout << '\n';
    }
    if (!note.empty()) std::cout << note << '\n';  // again under the tables it qualifies
}

}  // namespace

void add_stats_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "stats", "ITA statistics of a fiscal year: by kind, service, division and period");
    struct Args {
        int fiscal_year = 0;
        bool csv = false;
        std::string out;
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("--fiscal-year", a->fiscal_year,
                    "Fiscal year in BE, e.g. 2569 (default: the current one)");
    cmd->add_flag("--csv", a->csv, "Write CSV (kept for scripts; the -o file name decides)");
    cmd->add_option("-o,--output", a->out,
                    "Write FILE.csv (UTF-8 with BOM), FILE.xlsx (Excel) or FILE.html (printable)");
    cmd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            if (a->csv && a->out.empty())
                return ctx.report({.code = Errc::invalid_argument, .field = "csv_output"});
            const auto format = reports::ita_format_of(a->out);
            if (!a->out.empty() && !format)
                return ctx.report(
                    {.code = Errc::invalid_argument, .detail = a->out, .field = "stats_output"});
            auto now = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
            int fy =
                a->fiscal_year ? a->fiscal_year : domain::fiscal_year_be(domain::local_date(now));
            if (fy < 2400 || fy > 2700)
                return ctx.report({.code = Errc::invalid_argument,
                                   .detail = std::to_string(fy),
                                   .field = "fiscal_year"});
            // On the store or over the office API (--server), where the session's role decides.
            auto office = ctx.office();
            if (!office) return ctx.report(office.error());
            auto loaded = (*office)->ita_report(ctx.viewer(), fy, ctx.config().directory, now);
            if (!loaded) return ctx.report(loaded.error());
            const auto& report = *loaded;
            if (!a->out.empty()) {
                const auto lang = ctx.lang();
                const auto& m = ctx.config().municipality;
                if (auto ok = (*office)->export_ita_report(
                        ctx.actor(), report, *format, a->out,
                        {lang, lang == i18n::Lang::th ? m.name_th : m.name_en, now});
                    !ok)
                    return ctx.report(ok.error());
            }
            if (ctx.options.json) {
                nlohmann::json periods = nlohmann::json::array();
                for (const auto& p : report.periods)
                    periods.push_back({{"id", p.id},
                                       {"name_th", p.name_th},
                                       {"name_en", p.name_en},
                                       {"total", counts_json(p.total)},
                                       {"by_kind", breakdown_json(p.by_kind)},
                                       {"by_service", breakdown_json(p.by_service)},
                                       {"by_division", breakdown_json(p.by_division)}});
                // The BE month ("2569-11") whose corruption complaints were left out, or null.
                nlohmann::json withheld = nullptr;
                for (const auto& p : report.periods)
                    if (p.first == p.last && reports::lacks_withheld(report, p)) withheld = p.id;
                CliContext::print_json(
                    {{"fiscal_year", fy}, {"corruption_withheld", withheld}, {"periods", periods}});
            } else if (!a->out.empty()) {
                ctx.say("cli.stats_written", {a->out});
            } else {
                print_report(report, ctx.lang());
            }
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli
