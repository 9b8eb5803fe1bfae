// The ITA statistics as one CSV table (period, breakdown, name, three counts).
#pragma once

#include <string>

#include "core/error.hpp"
#include "i18n/catalog.hpp"
#include "reports/ita_stats.hpp"

namespace siang::office {

// Writes every period's total and its kind/service/division rows, zeros included, through
// reports::CsvWriter (UTF-8 with BOM, temporary file + rename). Errors: io_error.
Result<void> write_ita_csv(const reports::ItaReport& report, const std::string& path,
                           i18n::Lang lang);

}  // namespace siang::office
