// RAII owner of one SQLite connection (sqlite3*).
#pragma once

#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace siang::store {

class SqliteDb {
  public:
    // Opens `path` with sqlite3_open_v2 `flags` (SQLITE_OPEN_*) through the registered VFS
    // named `vfs` (empty: SQLite's default); extended result codes are on.
    // Errors: see sqlite_error(); a missing file without SQLITE_OPEN_CREATE is store_unreadable.
    static Result<SqliteDb> open(const std::string& path, int flags, const std::string& vfs = {});

    // Runs constant SQL (schema, PRAGMAs). Never pass text containing values: bind them with
    // Statement instead.
    Result<void> exec(std::string_view sql);

    // Runs a single-value query such as "PRAGMA user_version" and returns its first column.
    Result<std::int64_t> query_int(std::string_view sql);

    sqlite3* get() const { return db_.get(); }
    const std::string& path() const { return path_; }

  private:
    struct Close {
        void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
    };
    std::unique_ptr<sqlite3, Close> db_;
    std::string path_;
};

}  // namespace siang::store
