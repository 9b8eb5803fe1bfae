// Which configuration file siang, siang-server, siang-kiosk and siang-office read when none is named.
#pragma once

#include <string>

#include "config/config.hpp"

namespace siang::config {

// The installation's file (the Debian packages' conffile).
inline constexpr const char* system_config_path = "/etc/siang/siang.toml";

// The file to read: the --config option when given, else $SIANG_CONFIG when set (both named on
// purpose, so a missing one is an error from load_config), else `default_path` when it exists,
// else "" (the built-in defaults: a developer's machine has no /etc/siang).
std::string config_file_to_read(const std::string& option,
                                const std::string& default_path = system_config_path);

// load_config(config_file_to_read(option)): what every program calls.
Result<Config> load_installation_config(const std::string& option);

}  // namespace siang::config
