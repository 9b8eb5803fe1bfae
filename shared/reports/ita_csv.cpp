// ITA statistics → CSV rows, one copy for the CLI and the console.
#include "reports/ita_csv.hpp"

#include "reports/csv_writer.hpp"

namespace siang::reports {
namespace {

std::string name_of(const Breakdown& item, i18n::Lang lang) {
    return lang == i18n::Lang::th ? item.name_th : item.name_en;
}

}  // namespace

Result<void> write_ita_csv(const ItaReport& report, OutputFile& file, i18n::Lang lang) {
    CsvWriter csv(file);
    auto t = [lang](std::string_view key) { return std::string(i18n::tr(key, lang)); };
    csv.row({t("col.period"), "", t("col.kind"), "", t("col.received"), t("col.completed"),
            t("col.in_progress")});
    for (const auto& p : report.periods) {
        const std::string period = period_label(report, p, lang);
        auto row = [&](const std::string& dim, const std::string& name, const Counts& c) {
            csv.row({p.id, period, dim, name, std::to_string(c.received),
                    std::to_string(c.completed), std::to_string(c.in_progress)});
        };
        row(t("col.total"), t("col.total"), p.total);
        for (const auto& b : p.by_kind) row(t("col.kind"), name_of(b, lang), b.counts);
        for (const auto& b : p.by_service) row(t("col.service"), name_of(b, lang), b.counts);
        for (const auto& b : p.by_division) row(t("col.division"), name_of(b, lang), b.counts);
    }
    // A footnote row, so the file cannot be read (or published) as the month's full count.
    if (const std::string note = withheld_note(report, lang); !note.empty())
        csv.row({t("stats.note"), note});
    return csv.finish();
}

}  // namespace siang::reports
