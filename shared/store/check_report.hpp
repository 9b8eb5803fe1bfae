// Outcome of `siang check`: SQLite integrity, foreign keys, the audit chain and its triggers, the
// WAL.
#pragma once

#include <string>
#include <vector>

#include "store/audit_chain.hpp"

namespace siang::store {

struct CheckReport {
    std::vector<std::string> integrity_problems;  // lines of PRAGMA integrity_check other than "ok"
    std::vector<std::string> foreign_key_problems;  // "table rowid → parent"
    AuditReport audit;
    // Names of the audit log's append-only triggers that are missing or not as created.
    std::vector<std::string> audit_trigger_problems;
    // The write-ahead log's path when it lacks frames the -shm says were committed; else empty.
    std::string wal_problem;
    // Stored values the program does not know, "table.column row N" (store_damaged_value).
    std::vector<std::string> damaged_values;
    bool ok() const {
        return integrity_problems.empty() && foreign_key_problems.empty() && audit.ok() &&
               audit_trigger_problems.empty() && wal_problem.empty() && damaged_values.empty();
    }
};

}  // namespace siang::store
