// Outcome of `siang check`: SQLite integrity, foreign keys and the audit chain.
#pragma once

#include <string>
#include <vector>

#include "store/audit_chain.hpp"

namespace siang::store {

struct CheckReport {
    std::vector<std::string> integrity_problems;  // lines of PRAGMA integrity_check other than "ok"
    std::vector<std::string> foreign_key_problems;  // "table rowid → parent"
    AuditReport audit;
    bool ok() const {
        return integrity_problems.empty() && foreign_key_problems.empty() && audit.ok();
    }
};

}  // namespace siang::store
