// The server certificate's fingerprint, read from its PEM file beside the store.
#include "commands/server_fingerprint.hpp"

#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace siang::cli {

Result<std::string> server_fingerprint(const std::string& store_path) {
    const auto crt =
        (std::filesystem::path(store_path).parent_path() / "siang-server.crt").string();
    std::ifstream in(crt, std::ios::binary);
    if (!in) return fail(Errc::io_error, crt);
    const std::string pem((std::istreambuf_iterator<char>(in)), {});
    constexpr std::string_view begin = "-----BEGIN CERTIFICATE-----",
                               end = "-----END CERTIFICATE-----";
    const auto from = pem.find(begin);
    const auto to = from == std::string::npos ? from : pem.find(end, from);
    if (to == std::string::npos) return fail(Errc::io_error, crt);
    const std::string b64 = pem.substr(from + begin.size(), to - from - begin.size());
    if (sodium_init() < 0) return fail(Errc::internal, "libsodium");
    std::vector<unsigned char> der(b64.size());
    std::size_t der_len = 0;
    if (sodium_base642bin(der.data(), der.size(), b64.data(), b64.size(), " \r\n\t", &der_len,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        der_len == 0)
        return fail(Errc::io_error, crt);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, der.data(), der_len);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return std::string(hex);
}

}  // namespace siang::cli
