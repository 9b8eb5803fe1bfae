// Naming the files of one store, and keeping outputs off them.
#include "store/store_files.hpp"

#include <filesystem>

#include "core/output_file.hpp"

namespace siang::store {

std::vector<std::string> store_files(const std::string& path, const std::string& key_path) {
    return {path, path + "-wal", path + "-shm", path + "-journal",
            key_path.empty() ? path + ".key" : key_path};
}

namespace {
std::string beside_store(const std::string& store_path, const char* name) {
    const auto parent = std::filesystem::path(store_path).parent_path();
    return (parent.empty() ? std::filesystem::path(name) : parent / name).string();
}
}  // namespace

std::string server_key_path(const std::string& store_path) {
    return beside_store(store_path, "siang-server.key");
}
std::string server_cert_path(const std::string& store_path) {
    return beside_store(store_path, "siang-server.crt");
}

void protect_store_files(const std::string& path, const std::string& key_path) {
    for (const auto& f : store_files(path, key_path)) protect_from_output(f);
    // Losing the server's key means re-enrolling every kiosk: no output may replace it either.
    protect_from_output(server_key_path(path));
    protect_from_output(server_cert_path(path));
}

}  // namespace siang::store
