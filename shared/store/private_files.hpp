// The store's files are the service's alone: created 0600 in 0700 folders, refused otherwise.
#pragma once

#include <string>

#include "core/error.hpp"

namespace siang::store {

// Creates `db_path` empty with mode 0600 (O_EXCL, so the umask cannot widen it later), and any
// missing folders above it with mode 0700, so SQLite never makes the file itself (it would
// use 0644) and its -wal and -shm, which take the main file's mode, are 0600 too. An existing
// file is left alone. io_error (detail: path and OS reason).
Result<void> create_private_store_file(const std::string& db_path);

// store_not_private (detail: the file) when the store, its -wal or -shm, or the key file exists
// and its group or others bits allow anything: the file holds complainants' names and phone
// numbers and corruption complaints. Every program opens through Store::open, which calls this.
Result<void> check_private_files(const std::string& db_path, const std::string& key_path);

}  // namespace siang::store
