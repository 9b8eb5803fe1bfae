// Writing a report file as an export does, without the audit row: for tests of the contents.
#pragma once

#include <string>

#include "core/error.hpp"
#include "core/output_file.hpp"

namespace siang::reports::testing {

// Creates `path`'s OutputFile, lets `write(file)` fill it and commits it.
template <class Write>
Result<void> write_file(const std::string& path, Write write) {
    auto file = OutputFile::create(path);
    if (!file) return std::unexpected(file.error());
    if (auto r = write(*file); !r) return r;
    return file->commit();
}

}  // namespace siang::reports::testing
