// Creating the store file 0600 before SQLite does, and refusing store files others may use.
#include "store/private_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace siang::store {

namespace {

std::unexpected<Error> io_fail(const std::string& path, int err) {
    return fail(Errc::io_error, path + ": " + std::strerror(err));
}

// mkdir -p with mode 0700 for each folder made here; existing folders keep their mode.
Result<void> make_private_dirs(const std::filesystem::path& dir) {
    if (dir.empty()) return {};
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0) return {};
    if (errno != ENOENT) return io_fail(dir.string(), errno);
    if (auto r = make_private_dirs(dir.parent_path()); !r) return r;
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) return io_fail(dir.string(), errno);
    return {};
}

}  // namespace

Result<void> create_private_store_file(const std::string& db_path) {
    if (auto r = make_private_dirs(std::filesystem::path(db_path).parent_path()); !r) return r;
    const int fd = ::open(db_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) return {};
        return io_fail(db_path, errno);
    }
    // The umask can only narrow 0600; fchmod states it anyway.
    const bool ok = ::fchmod(fd, 0600) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok) return io_fail(db_path, err);
    return {};
}

Result<void> check_private_files(const std::string& db_path, const std::string& key_path) {
    for (const std::string& file : {db_path, db_path + "-wal", db_path + "-shm", key_path}) {
        struct stat st {};
        if (::stat(file.c_str(), &st) != 0) continue;  // absent: opening reports what matters
        if ((st.st_mode & 077) != 0) return fail(Errc::store_not_private, file);
    }
    return {};
}

}  // namespace siang::store
