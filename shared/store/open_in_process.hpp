// Which store files this process already holds open through SQLite, so a second Store on the same
// file (siang-server's writer and its pool) skips the checks that read it with plain descriptors.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace siang::store {

// Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
// included. A second Store::open whose WAL or length check opened and closed the database, its
// -wal or -shm would silently unlock the first connection: another process then takes it for the
// last user, deletes the WAL under it, and commits are lost (issue 11: a revoked kiosk stayed
// trusted, enrolment codes went unseen). So only the first open in a process reads the files.
class OpenInProcess {
  public:
    // Registers the file at `path` (by device and inode) as open in this process while the
    // object lives. A path that cannot be stat'ed registers nothing.
    explicit OpenInProcess(const std::string& path);
    ~OpenInProcess();
    OpenInProcess(const OpenInProcess&) = delete;
    OpenInProcess& operator=(const OpenInProcess&) = delete;

    // Whether a live OpenInProcess names the file at `path`.
    static bool is_open(const std::string& path);

  private:
    std::pair<std::uint64_t, std::uint64_t> id_{};
    bool registered_ = false;
};

}  // namespace siang::store
