// ASCII ⇄ Thai digit conversion; Thai digits are U+0E50–U+0E59, encoded E0 B9 90–99.
#include "domain/thai_digits.hpp"

namespace siang::domain {

namespace {

constexpr unsigned char thai_lead0 = 0xE0;
constexpr unsigned char thai_lead1 = 0xB9;
constexpr unsigned char thai_zero_last = 0x90;

bool thai_digit_at(std::string_view s, std::size_t pos) {
    if (pos + 3 > s.size()) return false;
    const auto b0 = static_cast<unsigned char>(s[pos]);
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    const auto b2 = static_cast<unsigned char>(s[pos + 2]);
    return b0 == thai_lead0 && b1 == thai_lead1 && b2 >= thai_zero_last && b2 <= thai_zero_last + 9;
}

}  // namespace

std::optional<std::uint8_t> read_digit(std::string_view s, std::size_t& pos) {
    if (pos >= s.size()) return std::nullopt;
    if (s[pos] >= '0' && s[pos] <= '9') {
        return static_cast<std::uint8_t>(s[pos++] - '0');
    }
    if (thai_digit_at(s, pos)) {
        const auto value =
            static_cast<std::uint8_t>(static_cast<unsigned char>(s[pos + 2]) - thai_zero_last);
        pos += 3;
        return value;
    }
    return std::nullopt;
}

std::string thai_digits_to_ascii(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) {
        if (thai_digit_at(s, pos)) {
            const auto digit = read_digit(s, pos);
            out.push_back(static_cast<char>('0' + *digit));
        } else {
            out.push_back(s[pos++]);
        }
    }
    return out;
}

std::string ascii_digits_to_thai(std::string_view s) {
    std::string out;
    out.reserve(s.size() * 3);
    for (const char c : s) {
        if (c >= '0' && c <= '9') {
            out.push_back(static_cast<char>(thai_lead0));
            out.push_back(static_cast<char>(thai_lead1));
            out.push_back(static_cast<char>(thai_zero_last + (c - '0')));
        } else {
            out.push_back(c);
        }
    }
    return out;
}

}  // namespace siang::domain
