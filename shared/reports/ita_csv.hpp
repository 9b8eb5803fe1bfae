// The ITA statistics as one CSV table, as `siang stats -o FILE.csv` and the console export it.
#pragma once

#include <string>

#include "core/error.hpp"
#include "core/output_file.hpp"
#include "i18n/catalog.hpp"
#include "reports/ita_stats.hpp"

namespace siang::reports {

// Writes every period's total, kinds, services and divisions as rows of a UTF-8 CSV with BOM
// (CsvWriter: formulas neutralised, nothing left behind on failure). When the report lacks the
// month in progress's corruption complaints, the affected periods are marked " *" and a last row
// "Note, …" explains it. Writes into `file`, which the caller commits (export_ita_report).
// Errors: io_error naming the path.
Result<void> write_ita_csv(const ItaReport& report, OutputFile& file, i18n::Lang lang);

}  // namespace siang::reports
