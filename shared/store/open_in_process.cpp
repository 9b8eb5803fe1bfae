// The process's register of store files held open through SQLite.
#include "store/open_in_process.hpp"

#include <sys/stat.h>

#include <map>
#include <mutex>
#include <optional>

namespace siang::store {

namespace {

using FileId = std::pair<std::uint64_t, std::uint64_t>;  // device, inode

std::mutex& register_mutex() {
    static std::mutex m;
    return m;
}
std::map<FileId, int>& open_files() {
    static std::map<FileId, int> files;
    return files;
}

std::optional<FileId> file_id(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return std::nullopt;
    return FileId{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

}  // namespace

OpenInProcess::OpenInProcess(const std::string& path) {
    auto id = file_id(path);
    if (!id) return;
    std::lock_guard lock(register_mutex());
    ++open_files()[*id];
    id_ = *id;
    registered_ = true;
}

OpenInProcess::~OpenInProcess() {
    if (!registered_) return;
    std::lock_guard lock(register_mutex());
    auto it = open_files().find(id_);
    if (it != open_files().end() && --it->second == 0) open_files().erase(it);
}

bool OpenInProcess::is_open(const std::string& path) {
    auto id = file_id(path);
    if (!id) return false;
    std::lock_guard lock(register_mutex());
    return open_files().contains(*id);
}

}  // namespace siang::store
