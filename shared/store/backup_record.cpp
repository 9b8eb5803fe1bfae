// Reads DIR/last-backup, the one line packaging/siang-backup writes after each backup.
#include "store/backup_record.hpp"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace siang::store {

const char* backup_state_name(BackupState s) {
    switch (s) {
        case BackupState::ok: return "ok";
        case BackupState::failed: return "failed";
        case BackupState::stale: return "stale";
        case BackupState::never: return "never";
        case BackupState::unreadable: return "unreadable";
    }
    return "unreadable";
}

std::string default_backup_dir(const std::string& store_path) {
    return (std::filesystem::path(store_path).parent_path() / "backups").string();
}

BackupRecord read_backup_record(const std::string& dir, std::chrono::system_clock::time_point now,
                                std::chrono::hours max_age) {
    BackupRecord r;
    r.record = (std::filesystem::path(dir) / "last-backup").string();
    std::ifstream f(r.record);
    std::string when, result;
    if (!(f >> when >> result)) return r;  // never
    f >> r.file;
    std::tm tm{};
    std::istringstream w(when);
    w >> std::get_time(&tm, "%Y-%m-%dT%H:%M:%SZ");
    if (w.fail()) {
        r.state = BackupState::unreadable;
        return r;
    }
    r.at = when;
    const auto at = std::chrono::system_clock::from_time_t(::timegm(&tm));
    r.age_hours = std::chrono::duration_cast<std::chrono::hours>(now - at).count();
    if (result != "ok")
        r.state = BackupState::failed;
    else if (now - at > max_age)
        r.state = BackupState::stale;
    else
        r.state = BackupState::ok;
    return r;
}

}  // namespace siang::store
