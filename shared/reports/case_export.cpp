// The case list export, one writer for the CLI on the store and the staff API.
#include "reports/case_export.hpp"

#include "domain/thai_calendar.hpp"
#include "i18n/domain_names.hpp"
#include "reports/audited_export.hpp"
#include "reports/csv_writer.hpp"

namespace siang::reports {

std::string case_export_file_name() { return "siang-cases.csv"; }

Result<std::int64_t> export_cases_csv(store::Store& store, const store::Viewer& viewer,
                                      std::string_view actor, const std::string& path,
                                      i18n::Lang lang, const domain::Directory& dir,
                                      std::string_view audit_target) {
    std::int64_t count = 0;
    auto written = write_audited_export(
        store, actor, path,
        [&](OutputFile& file) -> Result<std::string> {
            CsvWriter w(file);
            std::vector<std::string> head;
            for (auto key : {"col.case_number", "col.filed", "col.kind", "col.service",
                             "col.division", "col.status", "col.due", "col.overdue", "col.subject"})
                head.emplace_back(i18n::tr(key, lang));
            w.row(head);
            store::Query all;
            all.sort = store::Sort::oldest;
            auto ok = store.for_each_case(all, viewer, [&](const store::ListRow& r) {
                w.row({r.number.str(), i18n::date_text(domain::local_date(r.filed_at), lang),
                       std::string(i18n::kind_name(r.kind, lang)),
                       i18n::service_name(dir, r.service, lang),
                       i18n::division_name(dir, r.division, lang),
                       std::string(i18n::status_name(r.status, lang)),
                       i18n::date_text(r.due_date, lang),
                       std::string(i18n::tr(r.overdue ? "col.yes" : "col.no", lang)), r.subject});
                ++count;
                return true;
            });
            if (!ok) return std::unexpected(ok.error());
            if (auto done = w.finish(); !done) return std::unexpected(done.error());
            return std::to_string(count) + " cases";
        },
        audit_target);
    if (!written) return std::unexpected(written.error());
    return count;
}

std::int64_t csv_record_count(std::string_view csv) {
    std::int64_t records = 0;
    bool quoted = false, any = false;
    for (char c : csv) {
        if (c == '"') quoted = !quoted;  // "" inside a field toggles twice: still quoted
        if (c == '\n' && !quoted) {
            ++records;
            any = false;
        } else if (c != '\r') {
            any = true;
        }
    }
    if (any) ++records;  // a last record without its line break
    return records > 0 ? records - 1 : 0;
}

}  // namespace siang::reports
