// Case numbers "2569-000123": formatting and parsing (ASCII or Thai digits).
#include "domain/case_number.hpp"

#include <cstdio>

#include "domain/thai_digits.hpp"

namespace siang::domain {

namespace {

// More sequence digits than this cannot be a real case and would overflow int.
constexpr std::size_t max_sequence_digits = 9;

}  // namespace

std::string CaseNumber::str() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d-%06d", fiscal_year_be, sequence);
    return buf;
}

std::optional<CaseNumber> parse_case_number(std::string_view s) {
    CaseNumber number;
    std::size_t pos = 0;
    std::size_t year_digits = 0;
    while (const auto digit = read_digit(s, pos)) {
        number.fiscal_year_be = number.fiscal_year_be * 10 + *digit;
        if (++year_digits > 4) return std::nullopt;
    }
    if (year_digits != 4 || pos >= s.size() || s[pos] != '-') return std::nullopt;
    ++pos;
    std::size_t sequence_digits = 0;
    while (const auto digit = read_digit(s, pos)) {
        number.sequence = number.sequence * 10 + *digit;
        if (++sequence_digits > max_sequence_digits) return std::nullopt;
    }
    if (sequence_digits == 0 || pos != s.size() || number.sequence < 1) return std::nullopt;
    return number;
}

}  // namespace siang::domain
