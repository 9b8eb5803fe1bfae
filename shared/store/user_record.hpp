// A staff account as stored; password hashing is the caller's job (the store keeps strings).
#pragma once

#include <cstdint>
#include <string>

#include "domain/thai_calendar.hpp"

namespace siang::store {

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
