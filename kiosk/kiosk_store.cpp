// The kiosk's store location and opening.
#include "kiosk/kiosk_store.hpp"

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

}  // namespace siang::kiosk
