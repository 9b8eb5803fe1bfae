// Staff passwords: argon2id hashes (libsodium crypto_pwhash_str), never the password itself.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace siang::staff {

// Shortest password accepted, in user-perceived characters.
inline constexpr std::size_t min_password_length = 8;

// An argon2id hash string with interactive limits (about 64 MiB, fast enough for a login).
// Errors: field_too_long / field_required style checks are the caller's; invalid_argument when
// the password is shorter than min_password_length or not valid UTF-8.
Result<std::string> hash_password(std::string_view password);

// True when `password` matches `hash`; false for a wrong password or a malformed hash.
bool verify_password(std::string_view hash, std::string_view password);

}  // namespace siang::staff
