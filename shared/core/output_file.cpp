// The checks and the temporary-file-then-rename dance behind every output file.
#include "core/output_file.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace siang {
namespace {

namespace fs = std::filesystem;

std::mutex protected_mutex;
std::vector<std::string>& protected_files() {
    static std::vector<std::string> files;
    return files;
}

Error io_fail(const std::string& path, int err) {
    return Error{Errc::io_error, path + ": " + std::strerror(err)};
}

std::string absolute_name(const std::string& p) {
    std::error_code ec;
    fs::path abs = fs::absolute(p, ec);
    if (ec) return p;
    fs::path canon = fs::weakly_canonical(abs, ec);
    return (ec ? abs.lexically_normal() : canon).string();
}

std::string directory_of(const std::string& path) {
    fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

// Why `path` may not be written, as an error; nothing when it may.
Result<void> may_write(const std::string& path, OutputTarget target) {
    if (target == OutputTarget::ordinary) {
        std::lock_guard lock(protected_mutex);
        for (const auto& p : protected_files())
            if (same_file(path, p)) return fail(Errc::output_protected, path);
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (!S_ISREG(st.st_mode)) return fail(Errc::output_not_regular, path);
    } else if (errno != ENOENT) {
        return std::unexpected(io_fail(path, errno));
    }
    return {};
}

}  // namespace

Result<void> fsync_directory(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return std::unexpected(io_fail(dir, errno));
    int rc = ::fsync(fd), err = errno;
    ::close(fd);
    if (rc != 0) return std::unexpected(io_fail(dir, err));
    return {};
}

void protect_from_output(const std::string& path) {
    std::lock_guard lock(protected_mutex);
    for (const auto& p : protected_files())
        if (p == path) return;
    protected_files().push_back(path);
}

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {
    }, sb{};
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return absolute_name(a) == absolute_name(b);
}

std::string OutputFile::temp_prefix(const std::string& path) {
    return (fs::path(directory_of(path)) / ("." + fs::path(path).filename().string() + ".tmp-"))
        .string();
}

Result<OutputFile> OutputFile::create(const std::string& path, OutputTarget target) {
    if (path.empty()) return fail({.code = Errc::invalid_argument, .field = "output_empty"});
    if (auto ok = may_write(path, target); !ok) return std::unexpected(ok.error());
    // Hidden and unique in the target's directory, so the rename is atomic and two programs
    // writing the same name never share a temporary.
    std::string temp = temp_prefix(path) + "XXXXXX";
    int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) return std::unexpected(io_fail(path, errno));
    OutputFile out(path, temp, fd, target);
    if (::fchmod(fd, 0600) != 0) return std::unexpected(io_fail(path, errno));
    return out;
}

OutputFile::OutputFile(OutputFile&& other) noexcept
    : path_(std::move(other.path_)),
      temp_(std::move(other.temp_)),
      fd_(other.fd_),
      target_(other.target_) {
    other.fd_ = -1;
    other.temp_.clear();
}

OutputFile::~OutputFile() {
    discard();
}

void OutputFile::discard() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (!temp_.empty()) ::unlink(temp_.c_str());
    temp_.clear();
}

Result<void> OutputFile::write(std::string_view bytes) {
    if (fd_ < 0) return fail(Errc::io_error, path_ + ": already closed");
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return std::unexpected(io_fail(path_, errno));
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
}

Result<void> OutputFile::commit() {
    if (temp_.empty()) return fail(Errc::io_error, path_ + ": already committed");
    auto failed = [&](Error e) -> Result<void> {
        discard();
        return std::unexpected(std::move(e));
    };
    if (::fsync(fd_) != 0) return failed(io_fail(path_, errno));
    const int rc = ::close(fd_);
    fd_ = -1;
    if (rc != 0) return failed(io_fail(path_, errno));
    // Again just before the rename: the target may have changed since create().
    if (auto ok = may_write(path_, target_); !ok) return failed(ok.error());
    if (::rename(temp_.c_str(), path_.c_str()) != 0) return failed(io_fail(path_, errno));
    temp_.clear();
    return fsync_directory(directory_of(path_));
}

Result<void> write_output_file(const std::string& path, std::string_view bytes) {
    auto out = OutputFile::create(path);
    if (!out) return std::unexpected(out.error());
    if (auto ok = out->write(bytes); !ok) return ok;
    return out->commit();
}

}  // namespace siang
