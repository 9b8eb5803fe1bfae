// Translation of SQLite result codes into siang::Error values (the store's one error mapping).
#pragma once

#include <sqlite3.h>

#include <string_view>

#include "core/error.hpp"

namespace siang::store {

// Maps a failed SQLite call on `db` (may be null when open itself failed) to an Error:
// CORRUPT/NOTADB → store_corrupt (detail: path), BUSY/LOCKED → store_busy (path),
// FULL or an IOERR caused by ENOSPC → store_full (path), CANTOPEN/PERM/READONLY →
// store_unreadable ("path: reason"), anything else → store_failed (sqlite3_errmsg).
// `path` may be empty: the main database file name of `db` is used then.
Error sqlite_error(sqlite3* db, int rc, std::string_view path = {});

}  // namespace siang::store
