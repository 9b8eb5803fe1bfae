// Writing an output file (backup, export, statistics, QR) so that it never replaces the store, its
// key or a device, and never leaves a partial copy behind.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace siang {

// Adds `path` to the files no output may replace in this process (the store, its -wal/-shm, its
// key: store::protect_store_files registers them whenever a store is opened or named).
void protect_from_output(const std::string& path);

// True when `a` and `b` name the same file: same device and inode when both exist, else the
// same absolute path once symlinks, "." and ".." are resolved.
bool same_file(const std::string& a, const std::string& b);

// fsyncs a directory, which makes a rename inside it durable. Errors: io_error.
Result<void> fsync_directory(const std::string& dir);

// What an OutputFile may replace: an ordinary output never a protected file; only restore
// replaces the store itself (it locks and checks it first).
enum class OutputTarget { ordinary, store };

// A file being written under a private temporary name in the target's own directory, renamed over
// the target by commit(). Without commit() the temporary is removed.
class OutputFile {
  public:
    // Checks that `path` may be written (unless `target` is store, not a protected file under any
    // name; if it exists, a regular file) and creates the temporary (mode 0600, O_EXCL).
    // Errors: output_protected, output_not_regular (detail: path), io_error.
    static Result<OutputFile> create(const std::string& path,
                                     OutputTarget target = OutputTarget::ordinary);
    // The start of every temporary's name for `path`, so a program that was killed can tidy up.
    static std::string temp_prefix(const std::string& path);
    OutputFile(OutputFile&& other) noexcept;
    OutputFile& operator=(OutputFile&&) = delete;
    OutputFile(const OutputFile&) = delete;
    ~OutputFile();

    // The temporary's name, for libraries that write by file name (SQLite, libxlsxwriter): they
    // must open it without O_EXCL and may truncate it, which keeps its 0600 mode.
    const std::string& temp_path() const { return temp_; }
    const std::string& path() const { return path_; }

    // Appends bytes to the temporary. Errors: io_error (e.g. the disk is full).
    Result<void> write(std::string_view bytes);
    // Flushes and fsyncs the temporary, checks the target again, renames the temporary over it and
    // fsyncs the directory. Errors: as create(), io_error; the temporary is gone either way.
    Result<void> commit();

  private:
    OutputFile(std::string path, std::string temp, int fd, OutputTarget target)
        : path_(std::move(path)), temp_(std::move(temp)), fd_(fd), target_(target) {}
    void discard();

    std::string path_;
    std::string temp_;
    int fd_ = -1;
    OutputTarget target_ = OutputTarget::ordinary;
};

// Writes `bytes` to `path` through an OutputFile. Errors: as OutputFile.
Result<void> write_output_file(const std::string& path, std::string_view bytes);

}  // namespace siang
