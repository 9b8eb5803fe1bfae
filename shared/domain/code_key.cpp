// The installation's tracking-code key file: read it, or create it once, atomically, mode 0600.
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "domain/sodium_ready.hpp"
#include "domain/tracking_code.hpp"

namespace siang::domain {

namespace {

// Owns a POSIX file descriptor.
class UniqueFd {
  public:
    explicit UniqueFd(int fd) : fd_(fd) {}
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    ~UniqueFd() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }
    bool ok() const { return fd_ >= 0; }
    // Closes now and reports whether the close succeeded (a late write error shows up here).
    bool close_checked() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }

  private:
    int fd_;
};

std::unexpected<Error> io_fail(const std::string& path, std::string_view what, int err) {
    return fail(Errc::io_error, path + ": " + std::string(what) + ": " + std::strerror(err));
}

std::string parent_dir(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

Result<CodeKey> read_key(const std::string& path, int fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) return io_fail(path, "stat", errno);
    if (!S_ISREG(st.st_mode)) return fail(Errc::io_error, path + ": not a regular file");
    if (st.st_size != static_cast<off_t>(code_key_size)) {
        return fail(Errc::io_error, path + ": key file has " + std::to_string(st.st_size) +
                                        " bytes, expected " + std::to_string(code_key_size));
    }
    CodeKey key{};
    std::size_t got = 0;
    while (got < key.size()) {
        const ssize_t n = ::read(fd, key.data() + got, key.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return io_fail(path, "read", errno);
        if (n == 0) return fail(Errc::io_error, path + ": key file shrank while reading");
        got += static_cast<std::size_t>(n);
    }
    return key;
}

bool write_all(int fd, const std::uint8_t* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

// Moves the finished temporary file into place without ever replacing a key another process
// created meanwhile: replacing it would orphan every code hashed with that key.
// Returns 0, or errno (EEXIST when someone else won).
int publish_no_clobber(const std::string& tmp, const std::string& path) {
    if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS) return errno;
    // File systems without RENAME_NOREPLACE: link() also refuses to replace an existing name.
    if (::link(tmp.c_str(), path.c_str()) != 0) return errno;
    ::unlink(tmp.c_str());
    return 0;
}

Result<void> create_key_file(const std::string& path) {
    ensure_sodium();
    CodeKey key{};
    randombytes_buf(key.data(), key.size());

    std::array<std::uint8_t, 8> salt{};
    randombytes_buf(salt.data(), salt.size());
    std::string tmp = path + ".tmp-";
    for (const std::uint8_t b : salt) tmp += static_cast<char>('a' + b % 26);

    UniqueFd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (!fd.ok()) return io_fail(tmp, "create", errno);
    // The umask can only remove bits, but be explicit: the key is for the service user alone.
    const bool written = ::fchmod(fd.get(), 0600) == 0 &&
                         write_all(fd.get(), key.data(), key.size()) && ::fsync(fd.get()) == 0;
    const int write_errno = errno;
    sodium_memzero(key.data(), key.size());
    if (!written || !fd.close_checked()) {
        ::unlink(tmp.c_str());
        return io_fail(tmp, "write", written ? errno : write_errno);
    }
    if (const int err = publish_no_clobber(tmp, path); err != 0) {
        ::unlink(tmp.c_str());
        if (err != EEXIST) return io_fail(path, "rename", err);
    }
    // The new directory entry must survive a power cut as well as the file's contents.
    UniqueFd dir(::open(parent_dir(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.ok()) ::fsync(dir.get());
    return {};
}

}  // namespace

Result<CodeKey> load_code_key(const std::string& path, bool create) {
    if (path.empty()) return fail(Errc::io_error, "no key file path given");
    for (int attempt = 0; attempt < 2; ++attempt) {
        UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
        if (fd.ok()) return read_key(path, fd.get());
        if (errno != ENOENT) return io_fail(path, "open", errno);
        if (!create) return io_fail(path, "open", ENOENT);
        // Whoever publishes first wins; everyone, the winner included, then reads the same file.
        if (auto made = create_key_file(path); !made) return std::unexpected(made.error());
    }
    return fail(Errc::io_error, path + ": key file vanished after creation");
}

}  // namespace siang::domain
