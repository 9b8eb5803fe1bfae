// Case numbers "2569-000123" and "ทจ 2569-000012": formatting and parsing (ASCII or Thai digits).
#include "domain/case_number.hpp"

#include <cstdio>

#include "core/enum_names.hpp"
#include "domain/thai_digits.hpp"

namespace siang::domain {

namespace {

// More sequence digits than this cannot be a real case and would overflow int.
constexpr std::size_t max_sequence_digits = 9;

constexpr auto register_names =
    enum_names<Register>({{Register::general, "general"}, {Register::corruption, "corruption"}});
static_assert(register_names.complete());

constexpr std::string_view corruption_prefix = "ทจ";
constexpr std::string_view corruption_alias = "tj";  // compared case-insensitively

bool starts_with_alias(std::string_view s) {
    if (s.size() < corruption_alias.size()) return false;
    for (std::size_t i = 0; i < corruption_alias.size(); ++i) {
        const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
        if (c != corruption_alias[i]) return false;
    }
    return true;
}

// Reads the register prefix and its separator at the start of `s`, advancing pos past them.
Register read_register(std::string_view s, std::size_t& pos) {
    std::size_t len = 0;
    if (s.starts_with(corruption_prefix))
        len = corruption_prefix.size();
    else if (starts_with_alias(s))
        len = corruption_alias.size();
    else
        return Register::general;
    pos = len;
    if (pos < s.size() && (s[pos] == ' ' || s[pos] == '-')) ++pos;
    return Register::corruption;
}

}  // namespace

std::string_view register_id(Register r) {
    return register_names.name(r);
}

std::optional<Register> parse_register(std::string_view id) {
    return register_names.parse(id);
}

std::string CaseNumber::str() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d-%06d", fiscal_year_be, sequence);
    if (book == Register::corruption) return std::string(corruption_prefix) + " " + buf;
    return buf;
}

std::optional<CaseNumber> parse_case_number(std::string_view s) {
    CaseNumber number;
    std::size_t pos = 0;
    number.book = read_register(s, pos);
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
