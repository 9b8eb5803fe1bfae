// The ITA statistics exported as a file (CSV, Excel or the printable page), with its audit row.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/thai_calendar.hpp"
#include "i18n/catalog.hpp"
#include "reports/ita_stats.hpp"
#include "store/store.hpp"

namespace siang::reports {

enum class ItaFormat { csv, xlsx, html };

// The format a file name asks for: .csv, .xlsx, .html or .htm; nullopt for anything else.
std::optional<ItaFormat> ita_format_of(std::string_view path);

// "siang-ita-2569.csv", "….xlsx", "….html": the console's name for fiscal year `fy_be`'s file.
std::string ita_file_name(int fy_be, ItaFormat format);

// What an export is written in and, for the printable page, headed with.
struct ItaExportText {
    i18n::Lang lang = i18n::Lang::th;
    std::string municipality;  // heads the printable page, in `lang`
    domain::TimePoint now{};   // the page's "drawn on" date (local)
};

// Writes `report` to `path` in `format` through write_audited_export under `actor` (detail
// "statistics FY 2569"; target `audit_target`, else `path`: the server names the download,
// "download:siang-ita-2569.csv", not its private temporary): the file appears only once its audit row is in the log. Used by the
// console's statistics view and `siang stats -o`. Errors: write_audited_export's
// (output_protected, output_not_regular, io_error, audit_broken, store_busy…).
Result<void> export_ita_report(store::Store& store, std::string_view actor, const ItaReport& report,
                               ItaFormat format, const std::string& path,
                               const ItaExportText& text, std::string_view audit_target = {});

}  // namespace siang::reports
