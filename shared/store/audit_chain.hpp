// The audit log's hash chain: the canonical encoding of a row and its BLAKE2b link.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/thai_calendar.hpp"
#include "domain/tracking_code.hpp"

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

// The seal kept beside the chain (table audit_seal), rewritten with every appended row: a MAC,
// keyed with the installation's secret key, of the row count and the last row's hash. The chain
// alone cannot show that its last rows were deleted, nor that someone with the database but
// not the key rebuilt it after an edit; a seal that does not match the chain shows both.
AuditHash audit_seal_mac(const domain::CodeKey& key, std::int64_t rows, const AuditHash& last);

// Result of walking the chain.
struct AuditReport {
    std::int64_t rows = 0;  // rows checked
    // Id of the first row whose link does not hold; for a chain that holds but does not match
    // its seal: the first row after the sealed ones when rows were deleted from the end, the
    // first unsealed row when rows were added past the store, else the last row (rebuilt).
    std::optional<std::int64_t> first_broken;
    bool ok() const { return !first_broken; }
};

}  // namespace siang::store
