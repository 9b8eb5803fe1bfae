// A staff account as stored; password hashing is the caller's job (the store keeps strings).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/thai_calendar.hpp"

namespace siang::store {

// The roles the store accepts in users.role (its CHECK constraint and check()); staff::Role
// gives them meaning and staff's tests hold the two lists equal.
inline constexpr std::array<std::string_view, 3> stored_roles{"clerk", "integrity", "admin"};

struct UserRecord {
    std::int64_t id = 0;  // assigned by the store
    std::string username;
    std::string display_name;
    std::string role;           // "clerk", "integrity", "admin"
    std::string password_hash;  // an argon2id string produced by the caller
    bool disabled = false;
    domain::TimePoint created_at{};
};

}  // namespace siang::store
