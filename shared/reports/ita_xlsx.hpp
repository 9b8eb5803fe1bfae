// The ITA statistics as an Excel workbook (libxlsxwriter), as the office files them.
#pragma once

#include <string>

#include "core/error.hpp"
#include "core/output_file.hpp"
#include "i18n/catalog.hpp"
#include "reports/ita_stats.hpp"

namespace siang::reports {

// One sheet per breakdown (kind, service, division), each with a block of columns per period
// (fiscal year, halves, quarters, months): received, completed, in progress; zeros written out.
// Written into `file`'s private temporary, which the caller renames into place with its audit row
// (export_ita_report), so a failure never leaves half a workbook under the real name.
// Errors: io_error naming the path.
Result<void> write_ita_xlsx(const ItaReport& report, OutputFile& file, i18n::Lang lang);

}  // namespace siang::reports
