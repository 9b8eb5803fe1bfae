// Tracking codes: Damm check digit, generation from the CSPRNG, parsing of typed/scanned input,
// and the keyed hash the store keeps instead of the code.
#include "domain/tracking_code.hpp"

#include <sodium.h>

#include "domain/sodium_ready.hpp"
#include "domain/thai_digits.hpp"

namespace siang::domain {

namespace {

// The order-10 weakly totally anti-symmetric quasigroup from Damm's thesis (2004), as commonly
// published; weak total anti-symmetry is what makes every adjacent transposition detectable.
constexpr std::uint8_t damm_table[10][10] = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
};

std::uint8_t damm_interim(std::span<const std::uint8_t> digits) {
    std::uint8_t interim = 0;
    for (const std::uint8_t d : digits) interim = damm_table[interim][d % 10];
    return interim;
}

// Scanned QR codes carry "<tracking_base_url><code>"; the code is what follows the URL's last
// '/' or '='.
std::string_view strip_url_prefix(std::string_view input) {
    if (input.find("://") == std::string_view::npos && input.find('?') == std::string_view::npos) {
        return input;
    }
    const auto cut = input.find_last_of("/=");
    return cut == std::string_view::npos ? input : input.substr(cut + 1);
}

bool is_separator(char c) {
    return c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

std::string TrackingCode::str() const {
    std::string out;
    out.reserve(digits.size());
    for (const std::uint8_t d : digits) out.push_back(static_cast<char>('0' + d));
    return out;
}

std::string TrackingCode::grouped() const {
    const std::string plain = str();
    return plain.substr(0, 4) + '-' + plain.substr(4, 4) + '-' + plain.substr(8, 4);
}

std::uint8_t damm_check_digit(std::span<const std::uint8_t> digits) {
    return damm_interim(digits);
}

bool damm_valid(std::span<const std::uint8_t> digits_with_check) {
    for (const std::uint8_t d : digits_with_check) {
        if (d > 9) return false;
    }
    return !digits_with_check.empty() && damm_interim(digits_with_check) == 0;
}

TrackingCode generate_tracking_code() {
    ensure_sodium();
    TrackingCode code;
    for (std::size_t i = 0; i + 1 < code.digits.size(); ++i) {
        code.digits[i] = static_cast<std::uint8_t>(randombytes_uniform(10));
    }
    code.digits.back() = damm_check_digit(std::span(code.digits).first(code.digits.size() - 1));
    return code;
}

Result<TrackingCode> parse_tracking_code(std::string_view input) {
    const std::string_view text = strip_url_prefix(input);
    TrackingCode code;
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        if (const auto digit = read_digit(text, pos)) {
            if (count == code.digits.size())
                return fail(Errc::malformed_code, "more than 12 digits");
            code.digits[count++] = *digit;
        } else if (is_separator(text[pos])) {
            ++pos;
        } else {
            return fail(Errc::malformed_code, "unexpected character");
        }
    }
    if (count != code.digits.size()) return fail(Errc::malformed_code, "fewer than 12 digits");
    if (!damm_valid(code.digits)) return fail(Errc::bad_check_digit);
    return code;
}

CodeHash hash_tracking_code(const TrackingCode& code, const CodeKey& key) {
    ensure_sodium();
    const std::string plain = code.str();
    CodeHash hash{};
    crypto_generichash(hash.data(), hash.size(),
                       reinterpret_cast<const unsigned char*>(plain.data()), plain.size(),
                       key.data(), key.size());
    return hash;
}

}  // namespace siang::domain
