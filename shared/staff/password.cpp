// argon2id password hashing through libsodium.
#include "staff/password.hpp"

#include <sodium.h>

#include "text/utf8.hpp"

namespace siang::staff {

Result<std::string> hash_password(std::string_view password) {
    if (sodium_init() < 0) return fail(Errc::invalid_argument, "libsodium could not start");
    if (!text::is_valid_utf8(password)) return fail(Errc::invalid_utf8, "password");
    if (text::count_user_chars(password) < min_password_length)
        return fail(Errc::invalid_argument,
                    "password shorter than " + std::to_string(min_password_length) + " characters");
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(Errc::invalid_argument, "out of memory while hashing the password");
    return std::string(out);
}

bool verify_password(std::string_view hash, std::string_view password) {
    if (sodium_init() < 0) return false;
    std::string h(hash);  // crypto_pwhash_str_verify wants a NUL-terminated string
    return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

}  // namespace siang::staff
