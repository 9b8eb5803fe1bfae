// ITA statistics → CSV rows. The same table `siang stats -o FILE.csv` writes; it belongs in
// shared/reports so both use one copy (asked of the lead).
#include "office/console/ita_csv.hpp"

#include "reports/csv_writer.hpp"

namespace siang::office {
namespace {

std::string name_of(const auto& item, i18n::Lang lang) {
    return lang == i18n::Lang::th ? item.name_th : item.name_en;
}

}  // namespace

Result<void> write_ita_csv(const reports::ItaReport& report, const std::string& path,
                           i18n::Lang lang) {
    auto w = reports::CsvWriter::create(path);
    if (!w) return std::unexpected(w.error());
    auto t = [lang](std::string_view key) { return std::string(i18n::tr(key, lang)); };
    w->row({t("col.period"), "", t("col.kind"), "", t("col.received"), t("col.completed"),
            t("col.in_progress")});
    for (const auto& p : report.periods) {
        auto row = [&](const std::string& dim, const std::string& name, const reports::Counts& c) {
            w->row({p.id, name_of(p, lang), dim, name, std::to_string(c.received),
                    std::to_string(c.completed), std::to_string(c.in_progress)});
        };
        row(t("col.total"), t("col.total"), p.total);
        for (const auto& b : p.by_kind) row(t("col.kind"), name_of(b, lang), b.counts);
        for (const auto& b : p.by_service) row(t("col.service"), name_of(b, lang), b.counts);
        for (const auto& b : p.by_division) row(t("col.division"), name_of(b, lang), b.counts);
    }
    return w->commit();
}

}  // namespace siang::office
