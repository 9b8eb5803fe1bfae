// Does the write-ahead log hold every frame the -shm says was committed? Read before SQLite opens.
#pragma once

#include <string>

#include "core/error.hpp"

namespace siang::store {

// Compares the wal-index header in `db_path`-shm (mxFrame, salts, checksum of the last frame)
// with `db_path`-wal: missing, shorter, other salts or a bad frame checksum up to mxFrame is
// store_wal_damaged (detail: the -wal path). SQLite's recovery would silently drop those
// frames (receipted cases), so call this before opening the file. Passes when there is no
// -shm, when it says no frames are pending (clean shutdown, all checkpointed), and when a
// consistent copy of its header cannot be read (SQLite then recovers from the WAL itself).
// Another process writing meanwhile is not reported: a mismatch counts only if the -shm header
// is unchanged when read again.
Result<void> check_wal(const std::string& db_path);

}  // namespace siang::store
