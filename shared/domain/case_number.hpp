// Case numbers: running per fiscal year as Thai offices number documents, "2569-000123" (SPEC §5).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace siang::domain {

struct CaseNumber {
    int fiscal_year_be = 0;  // e.g. 2569
    int sequence = 0;        // 1-based within the fiscal year

    std::string str() const;  // "2569-000123" (at least six digits)
    auto operator<=>(const CaseNumber&) const = default;
};

// Accepts "2569-000123", "2569-123" and Thai digits; nullopt otherwise.
std::optional<CaseNumber> parse_case_number(std::string_view s);

}  // namespace siang::domain
