// Naming the files of one store, and keeping outputs off them.
#include "store/store_files.hpp"

#include "core/output_file.hpp"

namespace siang::store {

std::vector<std::string> store_files(const std::string& path, const std::string& key_path) {
    return {path, path + "-wal", path + "-shm", path + "-journal",
            key_path.empty() ? path + ".key" : key_path};
}

void protect_store_files(const std::string& path, const std::string& key_path) {
    for (const auto& f : store_files(path, key_path)) protect_from_output(f);
}

}  // namespace siang::store
