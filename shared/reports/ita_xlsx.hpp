// The ITA statistics as an Excel workbook (libxlsxwriter), as the office files them.
#pragma once

#include <string>

#include "core/error.hpp"
#include "i18n/catalog.hpp"
#include "reports/ita_stats.hpp"

namespace siang::reports {

// One sheet per breakdown (kind, service, division), each with a block of columns per period
// (fiscal year, halves, quarters, months): received, completed, in progress; zeros written out.
// Written through an OutputFile (private temporary + rename), so a failure never leaves half a
// workbook and it never replaces the store, its key or a device.
// Errors: output_protected, output_not_regular, io_error naming the path.
Result<void> write_ita_xlsx(const ItaReport& report, const std::string& path, i18n::Lang lang);

}  // namespace siang::reports
