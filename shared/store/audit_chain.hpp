// The audit log's hash chain: the canonical encoding of a row and its BLAKE2b link.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/thai_calendar.hpp"

namespace siang::store {

using AuditHash = std::array<std::uint8_t, 32>;

// One row of the audit log as stored.
struct AuditEntry {
    std::int64_t id = 0;
    domain::TimePoint at{};
    std::string actor;
    std::string action;  // e.g. "submit", "change_status", "read_confidential", "export"
    std::string target;  // usually a case number
    std::string detail;
};

// hash = BLAKE2b-256(prev_hash ‖ canonical(entry)), where canonical() writes id and at as
// decimal text and every field length-prefixed (8-byte little-endian), so no two different rows
// encode alike. The id is inside the hash: moving a row to another position breaks the chain.
AuditHash audit_link_hash(const AuditHash& prev_hash, const AuditEntry& entry);

// The first row's prev_hash: all zero bytes.
inline constexpr AuditHash audit_genesis{};

// Result of walking the chain.
struct AuditReport {
    std::int64_t rows = 0;                     // rows checked
    std::optional<std::int64_t> first_broken;  // id of the first row whose link does not hold
    bool ok() const { return !first_broken; }
};

}  // namespace siang::store
