// The ITA report in the format asked for, written through the audited export sequence.
#include "reports/ita_export.hpp"

#include "i18n/domain_names.hpp"
#include "reports/audited_export.hpp"
#include "reports/ita_csv.hpp"
#include "reports/ita_summary_page.hpp"
#include "reports/ita_xlsx.hpp"

namespace siang::reports {

std::optional<ItaFormat> ita_format_of(std::string_view path) {
    if (path.ends_with(".csv")) return ItaFormat::csv;
    if (path.ends_with(".xlsx")) return ItaFormat::xlsx;
    if (path.ends_with(".html") || path.ends_with(".htm")) return ItaFormat::html;
    return std::nullopt;
}

std::string ita_file_name(int fy_be, ItaFormat format) {
    const char* ext = format == ItaFormat::csv    ? ".csv"
                      : format == ItaFormat::xlsx ? ".xlsx"
                                                  : ".html";
    return "siang-ita-" + std::to_string(fy_be) + ext;
}

Result<void> export_ita_report(store::Store& store, std::string_view actor, const ItaReport& report,
                               ItaFormat format, const std::string& path,
                               const ItaExportText& text, std::string_view audit_target) {
    return write_audited_export(store, actor, path, [&](OutputFile& file) -> Result<std::string> {
        Result<void> written;
        switch (format) {
            case ItaFormat::csv:
                written = write_ita_csv(report, file, text.lang);
                break;
            case ItaFormat::xlsx:
                written = write_ita_xlsx(report, file, text.lang);
                break;
            case ItaFormat::html:
                written = write_ita_summary_page(
                    report, text.municipality,
                    i18n::date_text(domain::local_date(text.now), text.lang), file, text.lang);
                break;
        }
        if (!written) return std::unexpected(written.error());
        return "statistics FY " + std::to_string(report.fiscal_year_be);
    }, audit_target);
}

}  // namespace siang::reports
