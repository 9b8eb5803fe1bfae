// Loading the ITA report and exporting it in the three formats (reports::export_ita_report).
#include "office/console/ita_statistics.hpp"

#include <filesystem>

#include "reports/ita_export.hpp"

namespace siang::office {

Result<void> ItaStatistics::load(OfficeClient& client, const store::Viewer& viewer,
                                 const domain::Directory& dir, int fy_be, domain::TimePoint now) {
    auto changes = client.case_changes();
    if (!changes) return std::unexpected(changes.error());
    auto report = client.ita_report(viewer, fy_be, dir, now);
    if (!report) return std::unexpected(report.error());
    report_ = std::move(*report);
    loaded_changes_ = *changes;
    return {};
}

std::string export_file_name(int fy_be, ExportFormat format) {
    return reports::ita_file_name(fy_be, format);
}

Result<std::string> ItaStatistics::export_report(OfficeClient& client, const store::Viewer& viewer,
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
    if (auto r = client.export_ita_report(viewer.actor, *report_, format, path,
                                        {settings.lang, settings.municipality, now});
        !r)
        return std::unexpected(r.error());
    return path;
}

}  // namespace siang::office
