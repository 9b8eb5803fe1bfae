// The kiosk's store location and opening.
#include "kiosk/kiosk_store.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "config/store_location.hpp"

namespace siang::kiosk {

Result<std::string> kiosk_store_path(const std::optional<std::string>& option,
                                     const config::Config& config) {
    return config::resolve_store_path(option, config);
}

Result<store::Store> open_kiosk_store(const std::string& path, const config::Config& config,
                                      bool create) {
    std::error_code ec;
    if (!create && !std::filesystem::exists(path, ec)) return fail(Errc::store_missing, path);
    store::OpenOptions options;
    options.create = create;
    options.directory = config.directory;
    options.defer_checkpoints = true;
    return store::Store::open(path, options);
}

std::function<void()> visit_housekeeping(store::Store& store) {
    return [&store] {
        // Filings leave the write-ahead log to grow (defer_checkpoints); copy it back into the
        // database between citizens, where the few milliseconds keep nobody waiting.
        if (auto r = store.checkpoint(); !r)
            std::fprintf(stderr, "siang-kiosk: checkpoint: %s\n", r.error().detail.c_str());
        // SQLite's copies of the filing (page cache, the b-tree's row buffer) go with the old
        // connection, zeroed as they are freed (core/sensitive_memory.hpp).
        if (auto r = store.reconnect(); !r)
            std::fprintf(stderr, "siang-kiosk: reopening the store after a visit: %s\n",
                         r.error().detail.c_str());
    };
}

}  // namespace siang::kiosk
