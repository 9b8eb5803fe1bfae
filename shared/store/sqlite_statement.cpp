// Prepared statements: preparing, binding, stepping and reading columns.
#include "store/sqlite_statement.hpp"

#include "store/sqlite_error.hpp"

namespace siang::store {

Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql, bool persistent) {
    sqlite3_stmt* raw = nullptr;
    const unsigned flags = persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    const int rc =
        sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), flags, &raw, nullptr);
    Statement s;
    s.stmt_.reset(raw);
    s.db_ = db;
    if (rc != SQLITE_OK) return std::unexpected(sqlite_error(db, rc));
    return s;
}

void Statement::note_bind(int rc) {
    if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

Statement& Statement::bind(int index, std::int64_t value) {
    note_bind(sqlite3_bind_int64(stmt_.get(), index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    note_bind(sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(), SQLITE_TRANSIENT,
                                  SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, std::span<const std::uint8_t> blob) {
    note_bind(sqlite3_bind_blob64(stmt_.get(), index, blob.data(), blob.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
    note_bind(sqlite3_bind_null(stmt_.get(), index));
    return *this;
}

Result<bool> Statement::step() {
    if (bind_rc_ != SQLITE_OK) {
        const int rc = bind_rc_;
        bind_rc_ = SQLITE_OK;
        return std::unexpected(sqlite_error(db_, rc));
    }
    const int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return std::unexpected(sqlite_error(db_, rc));
}

Result<void> Statement::run() {
    return for_each_row([](const Statement&) {});
}

void Statement::reset() {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
    bind_rc_ = SQLITE_OK;
}

std::int64_t Statement::column_int64(int col) const {
    return sqlite3_column_int64(stmt_.get(), col);
}

int Statement::column_int(int col) const {
    return sqlite3_column_int(stmt_.get(), col);
}

bool Statement::column_is_null(int col) const {
    return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL;
}

std::string Statement::column_text(int col) const {
    const auto* p = sqlite3_column_text(stmt_.get(), col);
    const int n = sqlite3_column_bytes(stmt_.get(), col);
    if (p == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
}

std::vector<std::uint8_t> Statement::column_blob(int col) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_.get(), col));
    const int n = sqlite3_column_bytes(stmt_.get(), col);
    if (p == nullptr) return {};
    return std::vector<std::uint8_t>(p, p + n);
}

}  // namespace siang::store
