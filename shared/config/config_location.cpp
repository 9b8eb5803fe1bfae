// Which configuration file the programs read when none is named: --config, $SIANG_CONFIG, /etc.
#include "config/config_location.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace siang::config {

std::string config_file_to_read(const std::string& option, const std::string& default_path) {
    if (!option.empty()) return option;
    if (const char* env = std::getenv("SIANG_CONFIG"); env && *env) return env;
    std::error_code ec;
    if (std::filesystem::exists(default_path, ec)) return default_path;
    return {};
}

Result<Config> load_installation_config(const std::string& option) {
    return load_config(config_file_to_read(option));
}

}  // namespace siang::config
