// Where the store lives when nobody says: the same rule for the kiosk, the console and the CLI.
#pragma once

#include <optional>
#include <string>

#include "config/config.hpp"
#include "core/error.hpp"

namespace siang::config {

// $SIANG_STORE, else /var/lib/siang/siang.db for root or the `siang` service user, else
// $XDG_DATA_HOME/siang/siang.db (~/.local/share/siang/siang.db).
std::string default_store_path();

// The store to use: the command-line option when given, else the configuration's store_path,
// else default_store_path(). An option given but empty (`--store ""`, an unset variable in a
// script) is invalid_argument (field "store_empty"), never the default store: that would quietly work
// on another office's data or create a store where nobody looks.
Result<std::string> resolve_store_path(const std::optional<std::string>& option,
                                       const Config& config);

}  // namespace siang::config
