// Staff passwords: argon2id hashes (libsodium crypto_pwhash_str), never the password itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace siang::staff {

// An argon2id hash string with interactive limits (about 64 MiB, fast enough for a login).
// The rules on what makes a good password are check_new_password's (password_policy.hpp); this
// only hashes. Errors: invalid_utf8; internal when libsodium cannot start or run.
Result<std::string> hash_password(std::string_view password);

// True when `password` matches `hash`; false for a wrong password or a malformed hash.
bool verify_password(std::string_view hash, std::string_view password);

// A fixed argon2id hash with the parameters of hash_password whose password nobody knows: a
// login for an unknown name verifies against it, so it costs the same one argon2id run as a
// wrong password (timing does not tell which names exist).
std::string_view decoy_hash();

// How many argon2id computations (hashes and verifications) this process has run. A seam for
// tests that every login path costs the same; not a security control.
std::uint64_t argon2_runs();

}  // namespace siang::staff
