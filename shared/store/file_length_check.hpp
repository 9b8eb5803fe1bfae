// A cheap test for a truncated database file, from the 100-byte SQLite header alone.
#pragma once

#include <string>

#include "core/error.hpp"

namespace siang::store {

// store_corrupt (detail: path) when the header says the database has more pages than the file
// holds. Checked only while the write-ahead log is empty (after a clean close or checkpoint);
// otherwise pages may legitimately live in the log. A missing or unreadable file passes: opening
// it reports that better.
Result<void> check_file_length(const std::string& path);

}  // namespace siang::store
