// The result of the last nightly backup, as packaging/siang-backup records it in DIR/last-backup
// (one line: UTC time, ok|failed, file): read by `siang doctor` and the staff API's admin view.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace siang::store {

enum class BackupState { ok, failed, stale, never, unreadable };
// "ok", "failed", "stale", "never", "unreadable" (the wire's names).
const char* backup_state_name(BackupState s);

struct BackupRecord {
    BackupState state = BackupState::never;
    std::string at;        // as recorded, "2026-12-02T02:30:05Z"; empty when never or unreadable
    std::string file;      // the backup written (for failed: the one that was attempted)
    std::int64_t age_hours = 0;
    std::string record;    // the DIR/last-backup file read
};

// Where siang-backup writes by default: backups/ beside the store.
std::string default_backup_dir(const std::string& store_path);

// The record in `dir` at `now`: stale when an ok backup is older than `max_age` (a nightly timer
// that stopped), never when there is no record, unreadable when its time does not parse.
BackupRecord read_backup_record(const std::string& dir, std::chrono::system_clock::time_point now,
                                std::chrono::hours max_age = std::chrono::hours(36));

}  // namespace siang::store
