// Loading the ITA report and exporting it in the three formats, each export audited.
#include "office/console/ita_statistics.hpp"

#include <filesystem>

#include "i18n/domain_names.hpp"
#include "reports/ita_csv.hpp"
#include "reports/ita_summary_page.hpp"
#include "reports/ita_xlsx.hpp"

namespace siang::office {

Result<void> ItaStatistics::load(store::Store& store, const store::Viewer& viewer,
                                 const domain::Directory& dir, int fy_be, domain::TimePoint now) {
    auto changes = store.case_changes();
    if (!changes) return std::unexpected(changes.error());
    auto report = reports::load_ita_report(store, viewer, fy_be, dir, now);
    if (!report) return std::unexpected(report.error());
    report_ = std::move(*report);
    loaded_changes_ = *changes;
    return {};
}

std::string export_file_name(int fy_be, ExportFormat format) {
    const char* ext = format == ExportFormat::csv    ? ".csv"
                      : format == ExportFormat::xlsx ? ".xlsx"
                                                     : ".html";
    return "siang-ita-" + std::to_string(fy_be) + ext;
}

Result<std::string> ItaStatistics::export_report(store::Store& store, const store::Viewer& viewer,
                                                 ExportFormat format,
                                                 const ExportSettings& settings,
                                                 domain::TimePoint now) const {
    if (!report_) return fail(Errc::internal, "no statistics loaded");
    std::error_code ec;
    std::filesystem::create_directories(settings.directory, ec);
    if (ec) return fail(Errc::io_error, settings.directory + ": " + ec.message());
    const std::string path = (std::filesystem::path(settings.directory) /
                              export_file_name(report_->fiscal_year_be, format))
                                 .string();
    Result<void> written;
    switch (format) {
        case ExportFormat::csv:
            written = reports::write_ita_csv(*report_, path, settings.lang);
            break;
        case ExportFormat::xlsx:
            written = reports::write_ita_xlsx(*report_, path, settings.lang);
            break;
        case ExportFormat::html:
            written = reports::write_ita_summary_page(
                *report_, settings.municipality,
                i18n::date_text(domain::local_date(now), settings.lang), path, settings.lang);
            break;
    }
    if (!written) return std::unexpected(written.error());
    if (auto r = store.append_audit(viewer.actor, "export", path,
                                    "statistics FY " + std::to_string(report_->fiscal_year_be));
        !r)
        return std::unexpected(r.error());
    return path;
}

}  // namespace siang::office
