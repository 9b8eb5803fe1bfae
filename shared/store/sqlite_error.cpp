// SQLite result codes → siang::Error.
#include "store/sqlite_error.hpp"

#include <cerrno>
#include <cstring>
#include <string>

namespace siang::store {

namespace {

std::string db_path(sqlite3* db, std::string_view path) {
    if (!path.empty()) return std::string(path);
    if (db == nullptr) return {};
    const char* name = sqlite3_db_filename(db, "main");
    return name == nullptr ? std::string() : std::string(name);
}

std::string message(sqlite3* db, int rc) {
    // sqlite3_errmsg describes the last failure on the connection; without one the generic
    // text of the code is all we have.
    if (db != nullptr) return sqlite3_errmsg(db);
    return sqlite3_errstr(rc);
}

}  // namespace

Error sqlite_error(sqlite3* db, int rc, std::string_view path) {
    const int primary = rc & 0xff;
    const std::string where = db_path(db, path);
    const int sys_errno = db != nullptr ? sqlite3_system_errno(db) : 0;
    switch (primary) {
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return Error{Errc::store_corrupt, where};
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return Error{Errc::store_busy, where};
        case SQLITE_FULL:
            return Error{Errc::store_full, where};
        case SQLITE_IOERR:
            if (sys_errno == ENOSPC || sys_errno == EDQUOT) return Error{Errc::store_full, where};
            break;
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_READONLY: {
            std::string reason = sys_errno != 0 ? std::strerror(sys_errno) : message(db, rc);
            return Error{Errc::store_unreadable, where + ": " + reason};
        }
        default:
            break;
    }
    return Error{Errc::store_failed, message(db, rc)};
}

}  // namespace siang::store
