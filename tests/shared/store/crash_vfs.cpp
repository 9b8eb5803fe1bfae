// The power-loss VFS (crash_vfs.hpp): a page cache of dirty sectors over the default VFS.
#include "crash_vfs.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <map>
#include <new>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace siang::store::testing::crash_vfs {

namespace {

constexpr std::int64_t sector = 512;

// What the OS holds for one file and the disk does not have yet, kept by path across closes
// (a closed file's writes stay in the page cache until written back or lost).
struct Pending {
    std::map<std::int64_t, std::array<unsigned char, sector>> dirty;  // sector index → content
    std::int64_t size = -1;  // the file's size as the program sees it; -1: as on disk
};

struct State {
    sqlite3_vfs vfs{};
    sqlite3_vfs* base = nullptr;
    std::map<std::string, Pending> pending;
    std::set<std::string> databases;        // main database paths: their -shm goes at power_on()
    std::map<std::string, int> open_flags;  // how each path was opened (type and access)
    Plan plan;
    std::int64_t operations = 0;
    bool cut = false;
};

State& state() {
    static State s;
    return s;
}

struct File {
    sqlite3_file base;  // first: SQLite sees a File as a sqlite3_file
    sqlite3_file* real;
    std::string* path;  // null for a file without a name (temporary): passed through
};

sqlite3_file* real_of(sqlite3_file* f) {
    return reinterpret_cast<File*>(f)->real;
}

std::int64_t disk_size(sqlite3_file* real) {
    sqlite3_int64 n = 0;
    if (real->pMethods->xFileSize(real, &n) != SQLITE_OK) return 0;
    return n;
}

// Reads [off, off+amt) as the disk has it, zeros past its end.
void read_disk(sqlite3_file* real, void* buf, int amt, std::int64_t off) {
    std::memset(buf, 0, static_cast<std::size_t>(amt));
    (void)real->pMethods->xRead(real, buf, amt, off);  // a short read zero-fills
}

// The next operation that changes the disk: the power is cut before the planned one.
void cut_power();
bool may_write() {
    State& s = state();
    if (s.cut) return false;
    ++s.operations;
    if (s.plan.cut_at > 0 && s.operations >= s.plan.cut_at) {
        cut_power();
        return false;
    }
    return true;
}

// Writes the sectors and the truncation of `p` that `keep()` picks to the disk through `real`.
template <class Keep>
void write_back(sqlite3_file* real, Pending& p, Keep&& keep) {
    const std::int64_t size = p.size >= 0 ? p.size : disk_size(real);
    if (p.size >= 0 && p.size < disk_size(real) && keep()) real->pMethods->xTruncate(real, p.size);
    for (auto& [index, bytes] : p.dirty) {
        const std::int64_t at = index * sector;
        if (at >= size || !keep()) continue;
        const auto n = static_cast<int>(std::min<std::int64_t>(sector, size - at));
        real->pMethods->xWrite(real, bytes.data(), n, at);
    }
    p.dirty.clear();
    p.size = -1;
}

void cut_power() {
    State& s = state();
    s.cut = true;
    std::mt19937 random(s.plan.seed);
    auto keep = [&] {
        switch (s.plan.tear) {
            case Tear::drop_all:
                return false;
            case Tear::keep_all:
                return true;
            case Tear::random_sectors:
                return (random() & 1u) != 0;
        }
        return false;
    };
    for (auto& [path, p] : s.pending) {
        if (p.dirty.empty() && p.size < 0) continue;
        // Through a handle of its own: the file may be closed already.
        std::vector<unsigned char> mem(static_cast<std::size_t>(s.base->szOsFile));
        auto* real = reinterpret_cast<sqlite3_file*>(mem.data());
        int out = 0;
        const int type =
            s.open_flags[path] & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL |
                                  SQLITE_OPEN_SUPER_JOURNAL);
        if (s.base->xOpen(s.base, path.c_str(), real,
                          SQLITE_OPEN_READWRITE | (type != 0 ? type : SQLITE_OPEN_MAIN_DB),
                          &out) != SQLITE_OK) {
            if (real->pMethods) real->pMethods->xClose(real);
            continue;
        }
        write_back(real, p, keep);
        real->pMethods->xClose(real);
    }
    s.pending.clear();
}

int x_close(sqlite3_file* f) {
    auto* file = reinterpret_cast<File*>(f);
    const int rc = file->real->pMethods->xClose(file->real);
    delete file->path;
    file->path = nullptr;
    return rc;
}

int x_read(sqlite3_file* f, void* buf, int amt, sqlite3_int64 off) {
    auto* file = reinterpret_cast<File*>(f);
    if (!file->path) return file->real->pMethods->xRead(file->real, buf, amt, off);
    auto it = state().pending.find(*file->path);
    if (it == state().pending.end()) return file->real->pMethods->xRead(file->real, buf, amt, off);
    const Pending& p = it->second;
    const std::int64_t size = p.size >= 0 ? p.size : disk_size(file->real);
    read_disk(file->real, buf, amt, off);
    auto* out = static_cast<unsigned char*>(buf);
    for (std::int64_t index = off / sector; index * sector < off + amt; ++index) {
        auto d = p.dirty.find(index);
        if (d == p.dirty.end()) continue;
        const std::int64_t from = std::max<std::int64_t>(off, index * sector);
        const std::int64_t to = std::min<std::int64_t>(off + amt, (index + 1) * sector);
        std::memcpy(out + (from - off), d->second.data() + (from - index * sector),
                    static_cast<std::size_t>(to - from));
    }
    if (off + amt > size) {
        if (size > off)
            std::memset(out + (size - off), 0, static_cast<std::size_t>(off + amt - size));
        else
            std::memset(out, 0, static_cast<std::size_t>(amt));
        return SQLITE_IOERR_SHORT_READ;
    }
    return SQLITE_OK;
}

int x_write(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 off) {
    auto* file = reinterpret_cast<File*>(f);
    if (!file->path) return file->real->pMethods->xWrite(file->real, buf, amt, off);
    if (!may_write()) return SQLITE_IOERR_WRITE;
    Pending& p = state().pending[*file->path];
    const std::int64_t size = p.size >= 0 ? p.size : disk_size(file->real);
    const auto* in = static_cast<const unsigned char*>(buf);
    for (std::int64_t index = off / sector; index * sector < off + amt; ++index) {
        auto d = p.dirty.find(index);
        if (d == p.dirty.end()) {
            std::array<unsigned char, sector> bytes{};
            // What the program would read there now: the disk below the current size.
            if (index * sector < size) {
                read_disk(file->real, bytes.data(), static_cast<int>(sector), index * sector);
                const std::int64_t valid = size - index * sector;
                if (valid < sector)
                    std::memset(bytes.data() + valid, 0, static_cast<std::size_t>(sector - valid));
            }
            d = p.dirty.emplace(index, bytes).first;
        }
        const std::int64_t from = std::max<std::int64_t>(off, index * sector);
        const std::int64_t to = std::min<std::int64_t>(off + amt, (index + 1) * sector);
        std::memcpy(d->second.data() + (from - index * sector), in + (from - off),
                    static_cast<std::size_t>(to - from));
    }
    p.size = std::max<std::int64_t>(size, off + amt);
    return SQLITE_OK;
}

int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
    auto* file = reinterpret_cast<File*>(f);
    if (!file->path) return file->real->pMethods->xTruncate(file->real, size);
    if (!may_write()) return SQLITE_IOERR_TRUNCATE;
    Pending& p = state().pending[*file->path];
    for (auto it = p.dirty.lower_bound((size + sector - 1) / sector); it != p.dirty.end();)
        it = p.dirty.erase(it);
    if (auto last = p.dirty.find(size / sector); last != p.dirty.end())
        std::memset(last->second.data() + size % sector, 0,
                    static_cast<std::size_t>(sector - size % sector));
    p.size = size;
    return SQLITE_OK;
}

int x_sync(sqlite3_file* f, int flags) {
    auto* file = reinterpret_cast<File*>(f);
    if (!file->path) return file->real->pMethods->xSync(file->real, flags);
    if (!may_write()) return SQLITE_IOERR_FSYNC;
    auto it = state().pending.find(*file->path);
    if (it != state().pending.end()) {
        write_back(file->real, it->second, [] { return true; });
        state().pending.erase(it);
    }
    // The real file stands for the disk: what it holds now is what a power cut leaves.
    return SQLITE_OK;
}

int x_file_size(sqlite3_file* f, sqlite3_int64* out) {
    auto* file = reinterpret_cast<File*>(f);
    if (file->path) {
        auto it = state().pending.find(*file->path);
        if (it != state().pending.end() && it->second.size >= 0) {
            *out = it->second.size;
            return SQLITE_OK;
        }
    }
    return file->real->pMethods->xFileSize(file->real, out);
}

int x_lock(sqlite3_file* f, int l) {
    return real_of(f)->pMethods->xLock(real_of(f), l);
}
int x_unlock(sqlite3_file* f, int l) {
    return real_of(f)->pMethods->xUnlock(real_of(f), l);
}
int x_check_reserved(sqlite3_file* f, int* out) {
    return real_of(f)->pMethods->xCheckReservedLock(real_of(f), out);
}
int x_file_control(sqlite3_file* f, int op, void* arg) {
    // Size hints and chunks would grow the disk file behind the page cache's back.
    if (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE) return SQLITE_OK;
    return real_of(f)->pMethods->xFileControl(real_of(f), op, arg);
}
int x_sector_size(sqlite3_file*) {
    return static_cast<int>(sector);
}
int x_device_characteristics(sqlite3_file*) {
    // No atomic or sequential writes promised: any subset of unsynced sectors may survive.
    return SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}
int x_shm_map(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
    return real_of(f)->pMethods->xShmMap(real_of(f), page, size, extend, out);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
    return real_of(f)->pMethods->xShmLock(real_of(f), offset, n, flags);
}
void x_shm_barrier(sqlite3_file* f) {
    real_of(f)->pMethods->xShmBarrier(real_of(f));
}
int x_shm_unmap(sqlite3_file* f, int delete_flag) {
    return real_of(f)->pMethods->xShmUnmap(real_of(f), delete_flag);
}

// Version 2: the WAL's shared memory, but no xFetch, so no page is read around the cache.
const sqlite3_io_methods io_methods{2,
                                    x_close,
                                    x_read,
                                    x_write,
                                    x_truncate,
                                    x_sync,
                                    x_file_size,
                                    x_lock,
                                    x_unlock,
                                    x_check_reserved,
                                    x_file_control,
                                    x_sector_size,
                                    x_device_characteristics,
                                    x_shm_map,
                                    x_shm_lock,
                                    x_shm_barrier,
                                    x_shm_unmap,
                                    nullptr,
                                    nullptr};

int x_open(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* out_flags) {
    State& s = state();
    auto* file = reinterpret_cast<File*>(f);
    file->base.pMethods = nullptr;
    file->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + sizeof(File));
    file->path = nullptr;
    const int rc = s.base->xOpen(s.base, name, file->real, flags, out_flags);
    if (rc != SQLITE_OK) return rc;
    if (name != nullptr && (flags & SQLITE_OPEN_DELETEONCLOSE) == 0) {
        file->path = new std::string(name);
        s.open_flags[name] = flags;
        if ((flags & SQLITE_OPEN_MAIN_DB) != 0) s.databases.insert(name);
    }
    file->base.pMethods = &io_methods;
    return SQLITE_OK;
}

int x_delete(sqlite3_vfs*, const char* name, int sync_dir) {
    State& s = state();
    if (!may_write()) return SQLITE_IOERR_DELETE;
    // Unlinking counts as done at once: the harsher case for a WAL deleted too early.
    s.pending.erase(name);
    return s.base->xDelete(s.base, name, sync_dir);
}

}  // namespace

void install() {
    State& s = state();
    if (s.base != nullptr) return;
    s.base = sqlite3_vfs_find(nullptr);
    s.vfs = *s.base;  // the rest (access, full path, time, randomness) as the default does it
    s.vfs.pNext = nullptr;
    s.vfs.zName = name.data();
    // The default VFS's file follows ours; File is pointer-aligned, as that one needs.
    static_assert(sizeof(File) % 8 == 0);
    s.vfs.szOsFile = static_cast<int>(sizeof(File)) + s.base->szOsFile;
    s.vfs.xOpen = x_open;
    s.vfs.xDelete = x_delete;
    sqlite3_vfs_register(&s.vfs, 0);
}

void arm(const Plan& plan) {
    State& s = state();
    s.plan = plan;
    s.operations = 0;
    s.cut = false;
    s.pending.clear();
}

std::int64_t operations() {
    return state().operations;
}

bool power_cut() {
    return state().cut;
}

void power_on() {
    State& s = state();
    for (const auto& db : s.databases) {
        std::error_code ec;
        if (!s.plan.shm_survives) std::filesystem::remove(db + "-shm", ec);
    }
    s.databases.clear();
    s.open_flags.clear();
    s.pending.clear();
    s.plan = Plan{};
    s.operations = 0;
    s.cut = false;
}

}  // namespace siang::store::testing::crash_vfs
