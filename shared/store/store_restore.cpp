// Restore: lock the store as SQLite does, check the backup's copy, keep the old file, swap by
// rename.
#include "store/store_restore.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

#include "core/output_file.hpp"
#include "domain/thai_calendar.hpp"
#include "store/sqlite_db.hpp"
#include "store/store_files.hpp"

namespace siang::store {
namespace {

namespace fs = std::filesystem;

struct UniqueFd {
    int fd = -1;
    explicit UniqueFd(int f = -1) : fd(f) {}
    UniqueFd(UniqueFd&& o) noexcept : fd(o.fd) { o.fd = -1; }
    UniqueFd& operator=(UniqueFd&& o) noexcept {
        std::swap(fd, o.fd);
        return *this;
    }
    ~UniqueFd() {
        if (fd >= 0) ::close(fd);
    }
};

Error io_fail(const std::string& path, int err) {
    return Error{Errc::io_error, path + ": " + std::strerror(err)};
}

// Test-only: SIANG_TEST_CRASH_AT=restore:<point> kills the process there, as a power cut would,
// so the tests can prove every step leaves a sound store.
void crash_point(const char* point) {
    const char* at = std::getenv("SIANG_TEST_CRASH_AT");
    if (at && std::string_view(at) == std::string("restore:") + point) ::raise(SIGKILL);
}

// SQLite's unix locking protocol (os_unix.c): the database file's lock bytes start at 1 GiB
// (PENDING, RESERVED, then 510 SHARED bytes); in the -shm file the 8 WAL locks sit at 120 and the
// "a connection has this open" (DMS) byte at 128, read-locked by every open WAL connection.
constexpr off_t db_lock_first = 0x40000000;
constexpr off_t db_lock_size = 2 + 510;
constexpr off_t shm_lock_first = 120;
constexpr off_t shm_lock_size = 8 + 1;

bool write_lock(int fd, off_t start, off_t len) {
    struct flock fl {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = start;
    fl.l_len = len;
    return ::fcntl(fd, F_SETLK, &fl) == 0;
}

// The store locked exclusively against every other SQLite connection, in any process, for as long
// as this object lives. The process must not open the store with SQLite meanwhile: closing any
// descriptor of a file drops all of the process's POSIX locks on it.
struct StoreLock {
    UniqueFd db, shm;
};

Result<StoreLock> lock_store(const std::string& path) {
    StoreLock lock;
    lock.db = UniqueFd(::open(path.c_str(), O_RDWR | O_CLOEXEC));
    if (lock.db.fd < 0) return std::unexpected(io_fail(path, errno));
    if (!write_lock(lock.db.fd, db_lock_first, db_lock_size)) return fail(Errc::store_in_use, path);
    const std::string shm = path + "-shm";
    lock.shm = UniqueFd(::open(shm.c_str(), O_RDWR | O_CLOEXEC));
    if (lock.shm.fd < 0 && errno != ENOENT) return std::unexpected(io_fail(shm, errno));
    if (lock.shm.fd >= 0 && !write_lock(lock.shm.fd, shm_lock_first, shm_lock_size))
        return fail(Errc::store_in_use, path);
    return lock;
}

// Best effort, before locking: when no other program has the store open, folding the WAL into
// the database file makes the kept copy one self-contained file. A damaged store is skipped.
void fold_wal(const std::string& path) {
    auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
    if (!db) return;
    (void)db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

bool non_empty(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && st.st_size > 0;
}

// Copies left by a restore that was killed; only called under the lock, so none is in use.
void remove_stale_copies(const std::string& store_path) {
    std::error_code ec;
    const fs::path prefix(OutputFile::temp_prefix(store_path));
    const std::string name = prefix.filename().string();
    const fs::path dir = prefix.parent_path();
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().filename().string().starts_with(name)) fs::remove(it->path(), ec);
}

// Copies `from` into a private temporary that will replace the store, and fsyncs it.
Result<OutputFile> copy_beside(const std::string& from, const std::string& store_path) {
    UniqueFd in(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.fd < 0) return std::unexpected(io_fail(from, errno));
    auto out = OutputFile::create(store_path, OutputTarget::store);
    if (!out) return std::unexpected(out.error());
    std::vector<char> buf(1 << 16);
    for (;;) {
        const ssize_t n = ::read(in.fd, buf.data(), buf.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return std::unexpected(io_fail(from, errno));
        if (n == 0) break;
        if (auto ok = out->write({buf.data(), static_cast<std::size_t>(n)}); !ok)
            return std::unexpected(ok.error());
    }
    return out;
}

// The copy must be a sound store that the installation's key opens, before it replaces anything.
Result<void> check_copy(const std::string& copy, const OpenOptions& options) {
    Result<void> verdict;
    {
        OpenOptions ro = options;
        ro.read_only = true;
        ro.create = false;
        auto b = Store::open(copy, ro);
        if (!b) {
            verdict = std::unexpected(b.error());
        } else if (auto report = b->check(); !report) {
            verdict = std::unexpected(report.error());
        } else if (!report->ok()) {
            verdict = fail(Errc::store_corrupt, copy);
        }
    }
    // Reading may have made SQLite's side files for the copy; they must not outlive it.
    for (const char* side : {"-wal", "-shm"}) ::unlink((copy + side).c_str());
    return verdict;
}

std::string kept_name(const std::string& store_path) {
    auto now = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
    std::string stamp = domain::format_iso_utc(now);
    std::erase(stamp, ':');
    std::string kept = store_path + ".before-restore-" + stamp;
    std::error_code ec;
    for (int n = 2; fs::exists(kept, ec); ++n)
        kept = store_path + ".before-restore-" + stamp + "-" + std::to_string(n);
    return kept;
}

// Keeps the old store (and the journal files that belong to it) under `kept` by hard links, so
// the old bytes stay exactly as they were, at no cost in space.
Result<void> keep_old(const std::string& store_path, const std::string& kept) {
    for (const char* side : {"", "-wal", "-journal"}) {
        const std::string from = store_path + side;
        if (*side && !non_empty(from)) continue;
        if (::link(from.c_str(), (kept + side).c_str()) != 0) {
            std::error_code ec;
            fs::copy_file(from, kept + side, ec);
            if (ec) return fail(Errc::io_error, kept + side + ": " + ec.message());
        }
        // Complainants' data: private, whatever mode an older version gave the store.
        if (::chmod((kept + side).c_str(), 0600) != 0)
            return std::unexpected(io_fail(kept + side, errno));
    }
    return {};
}

}  // namespace

Result<RestoreResult> restore_store(const std::string& backup, const std::string& store_path,
                                    const OpenOptions& options) {
    const std::string key_path = options.key_path.empty() ? store_path + ".key" : options.key_path;
    for (const auto& f : store_files(store_path, key_path))
        if (same_file(backup, f)) return fail(Errc::restore_same_file, backup);

    std::error_code ec;
    const bool replacing = fs::exists(store_path, ec);
    const std::string dir = fs::path(store_path).parent_path().empty()
                                ? std::string(".")
                                : fs::path(store_path).parent_path().string();
    std::optional<StoreLock> lock;
    if (replacing) {
        fold_wal(store_path);
        auto l = lock_store(store_path);
        if (!l) return std::unexpected(l.error());
        lock = std::move(*l);
        remove_stale_copies(store_path);
    } else {
        fs::create_directories(dir, ec);
        if (ec) return fail(Errc::io_error, dir + ": " + ec.message());
    }
    crash_point("after-lock");

    auto copy = copy_beside(backup, store_path);  // removed again on every early return
    if (!copy) return std::unexpected(copy.error());
    crash_point("after-copy");

    OpenOptions check_options = options;
    check_options.key_path = key_path;
    if (auto ok = check_copy(copy->temp_path(), check_options); !ok)
        return std::unexpected(ok.error());
    crash_point("after-check");

    RestoreResult result;
    if (replacing) {
        result.kept = kept_name(store_path);
        if (auto ok = keep_old(store_path, result.kept); !ok) return std::unexpected(ok.error());
        if (auto ok = fsync_directory(dir); !ok) return std::unexpected(ok.error());
        crash_point("after-keep");
        // The old WAL and journal belong to the old file: SQLite would apply them to the new one.
        for (const char* side : {"-wal", "-shm", "-journal"}) {
            const std::string f = store_path + side;
            if (::unlink(f.c_str()) != 0 && errno != ENOENT)
                return std::unexpected(io_fail(f, errno));
        }
        crash_point("after-clear");
    }
    // fsync, rename over the store, fsync the directory.
    if (auto ok = copy->commit(); !ok) return std::unexpected(ok.error());
    crash_point("after-rename");
    return result;
}

}  // namespace siang::store
