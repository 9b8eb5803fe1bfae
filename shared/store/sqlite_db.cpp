// Opening a SQLite connection and running constant SQL on it.
#include "store/sqlite_db.hpp"

#include <string>

#include "store/sqlite_error.hpp"
#include "store/sqlite_statement.hpp"

namespace siang::store {

Result<SqliteDb> SqliteDb::open(const std::string& path, int flags, const std::string& vfs) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, vfs.empty() ? nullptr : vfs.c_str());
    SqliteDb db;
    db.db_.reset(raw);  // owned even on failure: sqlite3_open_v2 may allocate a handle anyway
    db.path_ = path;
    if (rc != SQLITE_OK) return std::unexpected(sqlite_error(raw, rc, path));
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

Result<void> SqliteDb::exec(std::string_view sql) {
    const std::string text(sql);
    const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return std::unexpected(sqlite_error(db_.get(), rc, path_));
    return {};
}

Result<std::int64_t> SqliteDb::query_int(std::string_view sql) {
    auto stmt = Statement::prepare(db_.get(), sql);
    if (!stmt) return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(Errc::store_failed, "no row from: " + std::string(sql));
    return stmt->column_int64(0);
}

}  // namespace siang::store
