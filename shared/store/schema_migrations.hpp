// The store's schema as a list of migration steps, applied in order by PRAGMA user_version.
#pragma once

#include <span>
#include <string_view>

namespace siang::store {

// Step i (0-based) brings a database from user_version i to i + 1. Never edit a released step:
// append a new one.
std::span<const std::string_view> schema_migrations();

}  // namespace siang::store
