// Writing an export so that it never exists without its audit row: temporary, audit row, rename.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/output_file.hpp"
#include "store/store.hpp"

namespace siang::reports {

// Fills the export's private temporary; returns the audit row's detail ("12 cases").
using ExportWriter = std::function<Result<std::string>(OutputFile& file)>;

// The one export sequence of the console and the CLI (SPEC §6: every export is logged). Creates
// `path`'s private temporary (OutputFile), lets `write` fill it, appends the audit row (action
// "export", target `audit_target` — `path` when empty —, under `actor`) and only then renames the temporary over `path`. Any
// failure (writing, the audit append refused — audit_broken, store_busy… —, the rename) removes
// the temporary and leaves `path` as it was, so a file a person can open always has its row.
// (A rename failing after the row is appended leaves a row for a file that is not there: the log
// may say too much, never too little.) Errors: OutputFile's, `write`'s, Store::append_audit's.
Result<void> write_audited_export(store::Store& store, std::string_view actor,
                                  const std::string& path, const ExportWriter& write,
                                  std::string_view audit_target = {});

}  // namespace siang::reports
