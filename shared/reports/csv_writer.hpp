// CSV files that Excel opens with Thai intact: UTF-8 with BOM, RFC 4180 quoting, CRLF.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/output_file.hpp"

namespace siang::reports {

// Writes through an OutputFile (a private temporary renamed over `path` on commit()), so a crash
// or a full disk never leaves a half-written export under the real name, and an export never
// replaces the store, its key or a device.
class CsvWriter {
  public:
    // Errors: those of OutputFile::create (output_protected, output_not_regular, io_error).
    static Result<CsvWriter> create(const std::string& path);
    CsvWriter(CsvWriter&&) = default;
    // Without commit(), the temporary file is removed: an abandoned export leaves nothing behind.
    ~CsvWriter() = default;

    // One row. Cells are quoted when needed; a cell starting with = + - @ (a spreadsheet formula)
    // gets a leading apostrophe so opening the file never runs anything someone typed at a kiosk.
    void row(const std::vector<std::string>& cells);

    // Flushes, fsyncs and renames into place. Errors: io_error (e.g. the disk is full).
    Result<void> commit();

    // Quoting and formula neutralising of one cell, as row() does it.
    static std::string escape(std::string_view cell);

  private:
    explicit CsvWriter(OutputFile out) : out_(std::move(out)) {}
    void flush_buffer();

    OutputFile out_;
    std::string buffer_;  // rows not yet written: one write per 64 KiB, not one per row
    std::optional<Error> failed_;
};

}  // namespace siang::reports
