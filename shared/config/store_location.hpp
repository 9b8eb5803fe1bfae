// Where the store lives when nobody says: the same rule for the kiosk, the console and the CLI.
#pragma once

#include <string>

#include "config/config.hpp"

namespace siang::config {

// $SIANG_STORE, else /var/lib/siang/siang.db for root or the `siang` service user, else
// $XDG_DATA_HOME/siang/siang.db (~/.local/share/siang/siang.db).
std::string default_store_path();

// The store to use: the command-line option, else the configuration's store_path, else
// default_store_path().
std::string resolve_store_path(const std::string& option, const Config& config);

}  // namespace siang::config
