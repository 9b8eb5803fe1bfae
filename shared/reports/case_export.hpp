// The case list export (`siang export`, the staff API's /exports/cases): every case a viewer may
// see as CSV (UTF-8 with BOM), oldest first, written through write_audited_export.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "i18n/catalog.hpp"
#include "store/store.hpp"
#include "store/viewer.hpp"

namespace siang::reports {

// The download's file name: "siang-cases.csv".
std::string case_export_file_name();

// Writes the cases `viewer` may see to `path` (columns in `lang`, names from `dir`); the file
// appears only with its audit row (under `actor`, target `audit_target` or `path`, detail "N
// cases"). Returns N. Errors: write_audited_export's, Store::for_each_case's.
Result<std::int64_t> export_cases_csv(store::Store& store, const store::Viewer& viewer,
                                      std::string_view actor, const std::string& path,
                                      i18n::Lang lang, const domain::Directory& dir,
                                      std::string_view audit_target = {});

// The number of records after the header row of a CSV this module wrote (quoted fields may
// hold line breaks, so lines are not records): what a client tells about a downloaded export.
std::int64_t csv_record_count(std::string_view csv);

}  // namespace siang::reports
