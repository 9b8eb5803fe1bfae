// CSV files that Excel opens with Thai intact: UTF-8 with BOM, RFC 4180 quoting, CRLF.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace siang::reports {

// Writes to `path + ".tmp"` and renames over `path` on commit(), so a crash or a full disk never
// leaves a half-written export under the real name.
class CsvWriter {
  public:
    // Errors: io_error naming the path.
    static Result<CsvWriter> create(const std::string& path);
    CsvWriter(CsvWriter&&) = default;
    CsvWriter& operator=(CsvWriter&&) = default;
    // Without commit(), the temporary file is removed: an abandoned export leaves nothing behind.
    ~CsvWriter();

    // One row. Cells are quoted when needed; a cell starting with = + - @ (a spreadsheet formula)
    // gets a leading apostrophe so opening the file never runs anything someone typed at a kiosk.
    void row(const std::vector<std::string>& cells);

    // Flushes, fsyncs and renames into place. Errors: io_error (e.g. the disk is full).
    Result<void> commit();

    // Quoting and formula neutralising of one cell, as row() does it.
    static std::string escape(std::string_view cell);

  private:
    struct FileCloser {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    CsvWriter(std::string path, std::FILE* f) : path_(std::move(path)), file_(f) {}

    std::string path_;
    std::unique_ptr<std::FILE, FileCloser> file_;
    bool failed_ = false;
};

}  // namespace siang::reports
