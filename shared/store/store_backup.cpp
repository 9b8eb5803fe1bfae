// Keeping the file well: online backup with the SQLite backup API, checkpoints, the full check
// (SQLite integrity, foreign keys, audit chain and triggers, the WAL).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

#include "core/output_file.hpp"
#include "store/schema_migrations.hpp"
#include "store/sqlite_error.hpp"
#include "store/store_impl.hpp"
#include "store/transaction.hpp"
#include "store/wal_check.hpp"

namespace siang::store {

namespace {

// Pages per step and the pause between steps: small enough that a running kiosk never waits
// noticeably on the backup.
constexpr int pages_per_step = 256;
constexpr auto pause_between_steps = std::chrono::milliseconds(2);

struct BackupFinish {
    void operator()(sqlite3_backup* b) const { sqlite3_backup_finish(b); }
};

Result<void> copy_pages(SqliteDb& src, const std::string& tmp) {
    auto dest = SqliteDb::open(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!dest) return std::unexpected(dest.error());
    // The source holds one read transaction for the whole copy: in WAL mode this never blocks
    // writers, and the backup sees one snapshot instead of restarting on every write.
    auto snapshot = Transaction::begin(src, false);
    if (!snapshot) return std::unexpected(snapshot.error());
    if (auto r = src.query_int("SELECT count(*) FROM sqlite_schema"); !r)
        return std::unexpected(r.error());

    std::unique_ptr<sqlite3_backup, BackupFinish> backup(
        sqlite3_backup_init(dest->get(), "main", src.get(), "main"));
    if (!backup) return std::unexpected(sqlite_error(dest->get(), sqlite3_errcode(dest->get())));
    for (;;) {
        const int rc = sqlite3_backup_step(backup.get(), pages_per_step);
        if (rc == SQLITE_DONE) break;
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            return std::unexpected(sqlite_error(dest->get(), rc, tmp));
        std::this_thread::sleep_for(pause_between_steps);
    }
    const int rc = sqlite3_backup_finish(backup.release());
    if (rc != SQLITE_OK) return std::unexpected(sqlite_error(dest->get(), rc, tmp));
    return snapshot->commit();
}

}  // namespace

Result<void> Store::backup_to(const std::string& dest) {
    // Refuses the store's own files and anything not a regular file before any page is copied;
    // the copy is private (0600) and only ever appears under `dest` complete.
    auto out = OutputFile::create(dest);
    if (!out) return std::unexpected(out.error());
    // A separate connection, so the store's own connection stays free for the caller.
    auto src = SqliteDb::open(impl_->db.path(), SQLITE_OPEN_READONLY);
    if (!src) return std::unexpected(src.error());
    sqlite3_busy_timeout(src->get(), 5000);
    if (auto r = copy_pages(*src, out->temp_path()); !r) {
        std::remove((out->temp_path() + "-journal").c_str());
        return r;
    }
    return out->commit();
}

Result<void> Store::checkpoint() {
    const int rc = sqlite3_wal_checkpoint_v2(impl_->db.get(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                             nullptr, nullptr);
    if (rc != SQLITE_OK) return std::unexpected(sqlite_error(impl_->db.get(), rc));
    return {};
}

Result<CheckReport> Store::check() {
    CheckReport report;
    auto integrity = Statement::prepare(impl_->db.get(), "PRAGMA integrity_check");
    if (!integrity) return std::unexpected(integrity.error());
    auto lines = integrity->for_each_row([&](const Statement& s) {
        auto line = s.column_text(0);
        if (line != "ok") report.integrity_problems.push_back(std::move(line));
    });
    if (!lines) return std::unexpected(lines.error());
    auto keys = Statement::prepare(impl_->db.get(), "PRAGMA foreign_key_check");
    if (!keys) return std::unexpected(keys.error());
    auto orphans = keys->for_each_row([&](const Statement& s) {
        report.foreign_key_problems.push_back(s.column_text(0) + " row " +
                                              std::to_string(s.column_int64(1)) + " → " +
                                              s.column_text(2));
    });
    if (!orphans) return std::unexpected(orphans.error());
    auto audit = verify_audit();
    if (!audit) return std::unexpected(audit.error());
    report.audit = *audit;
    // Dropped or rewritten, the triggers no longer stop UPDATE and DELETE on the log.
    for (const auto& [name, sql] : audit_log_triggers()) {
        auto st = Statement::prepare(impl_->db.get(),
                                     "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                     "name = ? AND tbl_name = 'audit_log'");
        if (!st) return std::unexpected(st.error());
        st->bind_all(name);
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (!*row || st->column_text(0) != sql) report.audit_trigger_problems.emplace_back(name);
    }
    auto damaged = find_damaged_values(impl_->db);
    if (!damaged) return std::unexpected(damaged.error());
    report.damaged_values = std::move(*damaged);
    if (auto wal = check_wal(impl_->db.path()); !wal) {
        if (wal.error().code != Errc::store_wal_damaged) return std::unexpected(wal.error());
        report.wal_problem = wal.error().detail;
    }
    return report;
}

}  // namespace siang::store
