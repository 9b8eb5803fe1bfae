// The statistics view's model: the ITA report of a fiscal year and its audited exports.
#pragma once

#include <optional>
#include <string>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "i18n/catalog.hpp"
#include "reports/ita_export.hpp"
#include "office/console/office_client.hpp"
#include "reports/ita_stats.hpp"
#include "store/store.hpp"

namespace siang::office {

using ExportFormat = reports::ItaFormat;

// Where exports go and what heads the printable page.
struct ExportSettings {
    std::string directory;     // folder for the files (created when missing)
    std::string municipality;  // in the export's language
    i18n::Lang lang = i18n::Lang::th;
};

class ItaStatistics {
  public:
    // Builds the report of fiscal year `fy_be` (BE) through `viewer` (reports::load_ita_report):
    // a clerk's counts include corruption complaints as numbers only (the store blanks their
    // service and division) and lack those of the month in progress, which the report records.
    // `now` (zero: the system clock) decides which month is in progress.
    Result<void> load(OfficeClient& client, const store::Viewer& viewer,
                      const domain::Directory& dir, int fy_be, domain::TimePoint now = {});
    const std::optional<reports::ItaReport>& report() const { return report_; }
    // True when `changes` (the store's case_changes()) moved since the report was loaded.
    bool out_of_date(std::int64_t changes) const { return changes != loaded_changes_; }
    int fiscal_year() const { return report_ ? report_->fiscal_year_be : 0; }

    // Writes the loaded report as CSV (UTF-8 with BOM), XLSX or the printable HTML page into
    // settings.directory with its audit row (reports::export_ita_report: no row, no file), and
    // returns the file's path.
    Result<std::string> export_report(OfficeClient& client, const store::Viewer& viewer,
                                      ExportFormat format, const ExportSettings& settings,
                                      domain::TimePoint now) const;

  private:
    std::optional<reports::ItaReport> report_;
    std::int64_t loaded_changes_ = -1;
};

// "siang-ita-2569.csv" and so on (reports::ita_file_name).
std::string export_file_name(int fy_be, ExportFormat format);

}  // namespace siang::office
