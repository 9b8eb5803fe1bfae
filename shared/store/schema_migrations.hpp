// The store's schema as a list of migration steps, applied in order by PRAGMA user_version.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace siang::store {

// Step i (0-based) brings a database from user_version i to i + 1. Never edit a released step:
// append a new one.
std::span<const std::string_view> schema_migrations();

// A step that only adds one column to a table.
struct AddedColumn {
    std::string_view table;
    std::string_view column;
};

// The column `step` adds when that is all it does, so migrate() can skip it on a schema that
// has the column already (SQLite has no ADD COLUMN IF NOT EXISTS); nullopt for other steps.
std::optional<AddedColumn> column_added_by(std::string_view step);

// The audit log's append-only triggers as the schema creates them: (name, CREATE TRIGGER text
// as sqlite_schema keeps it), taken from the step that made them, for Store::check().
std::vector<std::pair<std::string_view, std::string_view>> audit_log_triggers();

}  // namespace siang::store
