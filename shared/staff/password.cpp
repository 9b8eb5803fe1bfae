// argon2id password hashing through libsodium.
#include "staff/password.hpp"

#include <sodium.h>

#include <atomic>

#include "text/utf8.hpp"

namespace siang::staff {
namespace {

std::atomic<std::uint64_t> runs{0};

// Made once with crypto_pwhash_str_alg(OPSLIMIT_INTERACTIVE, MEMLIMIT_INTERACTIVE, ARGON2ID13)
// from 32 random bytes that were then thrown away. Precomputed so that the first unknown name
// in a fresh process does not pay for a hash as well (which timed as two runs).
constexpr std::string_view decoy =
    "$argon2id$v=19$m=65536,t=2,p=1$/CRl2d1pKrlWNuGiEDjIfQ$VtTT3hJPdKjE9KMWbRuJSPTUg/"
    "+CMTGK5VnXhB0qyBk";

}  // namespace

Result<std::string> hash_password(std::string_view password) {
    if (sodium_init() < 0) return fail(Errc::internal, "sodium_init");
    if (!text::is_valid_utf8(password)) return fail(Errc::invalid_utf8, "password");
    char out[crypto_pwhash_STRBYTES];
    ++runs;
    if (crypto_pwhash_str_alg(
            out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(Errc::internal, "crypto_pwhash_str");
    return std::string(out);
}

bool verify_password(std::string_view hash, std::string_view password) {
    if (sodium_init() < 0) return false;
    std::string h(hash);  // crypto_pwhash_str_verify wants a NUL-terminated string
    ++runs;
    return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

std::string_view decoy_hash() {
    return decoy;
}

std::uint64_t argon2_runs() {
    return runs.load();
}

}  // namespace siang::staff
