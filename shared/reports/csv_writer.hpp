// CSV files that Excel opens with Thai intact: UTF-8 with BOM, RFC 4180 quoting, CRLF.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/output_file.hpp"

namespace siang::reports {

// Writes into an OutputFile (a private temporary) that the caller renames into place with its
// audit row (reports::write_audited_export), so a crash or a full disk never leaves a
// half-written export under the real name, and an export never replaces the store, its key or a
// device. Rows are buffered: finish() writes the rest.
class CsvWriter {
  public:
    // Starts the file with the UTF-8 BOM. `file` must outlive the writer.
    explicit CsvWriter(OutputFile& file) : out_(file) {}
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // One row. Cells are quoted when needed; a cell starting with = + - @ (a spreadsheet formula)
    // gets a leading apostrophe so opening the file never runs anything someone typed at a kiosk.
    void row(const std::vector<std::string>& cells);

    // Writes the rows still buffered into the file (which the caller then commits).
    // Errors: io_error of this or any earlier write (e.g. the disk is full).
    Result<void> finish();

    // Quoting and formula neutralising of one cell, as row() does it.
    static std::string escape(std::string_view cell);

  private:
    void flush_buffer();

    OutputFile& out_;
    std::string buffer_ = "\xEF\xBB\xBF";  // rows not yet written: one write per 64 KiB
    std::optional<Error> failed_;
};

}  // namespace siang::reports
