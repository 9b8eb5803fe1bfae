// Where the kiosk's store lives and opening it for the citizen flow.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "core/error.hpp"
#include "store/store.hpp"

namespace siang::kiosk {

// The store file: `--store` when given, else the configuration's store_path, else the same
// default as the `siang` command ($SIANG_STORE, /var/lib/siang/siang.db for root or the siang
// user, else $XDG_DATA_HOME/siang/siang.db or ~/.local/share/siang/siang.db). invalid_argument
// for `--store ""`.
Result<std::string> kiosk_store_path(const std::optional<std::string>& option,
                                     const config::Config& config);

// Opens the store for filing and tracking (checkpoints deferred to idle moments). With `create`
// a missing store is made (only the screenshots' own scratch store); without it a missing store
// fails with not_found, and an empty or truncated file with store_corrupt — never re-created.
Result<store::Store> open_kiosk_store(const std::string& path, const config::Config& config,
                                      bool create);

// What the kiosk does when a visit has ended and it is back home (CitizenApp's housekeeping):
// the store's WAL checkpoint, then a fresh connection (Store::reconnect) so SQLite's copies of
// the filing are freed and zeroed (core/sensitive_memory.hpp); failures are logged for the IT
// person. `store` must outlive it.
std::function<void()> visit_housekeeping(store::Store& store);

}  // namespace siang::kiosk
