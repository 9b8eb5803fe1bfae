// Normalising typed phone numbers to ASCII digits.
#include "domain/phone_number.hpp"

#include "domain/thai_digits.hpp"

namespace siang::domain {

Result<std::string> normalize_phone(std::string_view typed) {
    std::string digits;
    for (std::size_t pos = 0; pos < typed.size();) {
        if (const auto d = read_digit(typed, pos)) {
            digits.push_back(static_cast<char>('0' + *d));
            continue;
        }
        const char c = typed[pos++];
        if (c != ' ' && c != '-' && c != '+') return fail(Errc::invalid_phone, std::string(typed));
    }
    if (digits.size() < phone_min_digits || digits.size() > phone_max_digits) {
        return fail(Errc::invalid_phone, std::string(typed));
    }
    return digits;
}

}  // namespace siang::domain
