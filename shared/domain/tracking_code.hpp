// Tracking codes: 11 random digits + a Damm check digit, the citizen's secret key (SPEC §5).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace siang::domain {

struct TrackingCode {
    std::array<std::uint8_t, 12> digits{};  // each 0–9; the last is the Damm check digit

    std::string str() const;      // "123456789012"
    std::string grouped() const;  // "1234-5678-9012"
    auto operator<=>(const TrackingCode&) const = default;
};

// Damm check digit of a digit sequence (quasigroup of order 10, Damm 2004). Appending it makes
// damm_valid() true; every single-digit error and every adjacent transposition is caught.
std::uint8_t damm_check_digit(std::span<const std::uint8_t> digits);
bool damm_valid(std::span<const std::uint8_t> digits_with_check);

// 11 digits from the OS CSPRNG (libsodium randombytes_uniform) plus the check digit.
TrackingCode generate_tracking_code();

// Parses what a person or a scanner typed: ASCII or Thai digits (๐–๙), spaces, dashes, and an
// optional URL prefix ending in '/' or '=' (a scanned QR of `<tracking_base_url><code>`).
// Errors: malformed_code (not exactly 12 digits or other characters), bad_check_digit.
Result<TrackingCode> parse_tracking_code(std::string_view input);

// Keyed hash of a code as stored (libsodium crypto_generichash, 32 bytes, keyed with the
// installation's code key); a copied database does not reveal the codes.
inline constexpr std::size_t code_key_size = 32;
using CodeKey = std::array<std::uint8_t, code_key_size>;
using CodeHash = std::array<std::uint8_t, 32>;
CodeHash hash_tracking_code(const TrackingCode& code, const CodeKey& key);

// Reads the key file; creates it (mode 0600, random key) when absent and `create` is true.
// Errors: io_error (unreadable, wrong size, cannot create).
Result<CodeKey> load_code_key(const std::string& path, bool create);

}  // namespace siang::domain
