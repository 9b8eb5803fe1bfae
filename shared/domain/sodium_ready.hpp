// Making sure libsodium is initialised before its RNG or hashes are used.
#pragma once

namespace siang::domain {

// Calls sodium_init() once per process (thread-safe); aborts if libsodium cannot start, since no
// secret code or key may be issued without a working CSPRNG.
void ensure_sodium();

}  // namespace siang::domain
