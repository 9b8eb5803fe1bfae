// Putting a backup in place of the store: checked first, atomic, refused while the store is in use.
#pragma once

#include <string>

#include "core/error.hpp"
#include "store/store.hpp"

namespace siang::store {

struct RestoreResult {
    std::string kept;  // the previous store, kept beside it; empty when there was none
};

// Replaces the store at `store_path` with a copy of `backup`. In order: refuses a backup that is
// the store itself or one of its files (any name: compared by inode); locks the store the way
// SQLite does, so no other program can have it open or open it meanwhile; copies the backup to a
// private temporary beside the store and checks the copy (integrity, audit chain, code key from
// `options.key_path`, empty: store_path + ".key"); keeps the old store as
// `<store>.before-restore-<time>` (hard link, with its -wal/-journal); removes the old -wal/-shm
// so they never apply to the new file; renames the copy over the store. A crash at any point
// leaves a sound store at `store_path`: the old one, or the new one.
// Errors: restore_same_file, store_in_use (detail: store path), store_corrupt / audit_broken
// (the backup), the errors of Store::open for the backup, io_error.
Result<RestoreResult> restore_store(const std::string& backup, const std::string& store_path,
                                    const OpenOptions& options);

}  // namespace siang::store
