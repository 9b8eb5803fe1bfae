// Case numbers: running per fiscal year and register as Thai offices number documents (SPEC §5).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "domain/kind.hpp"

namespace siang::domain {

// The register (ทะเบียน) a case is numbered in. Corruption complaints run in their own, as Thai
// offices keep a separate register for them, so the general numbers a clerk sees have no gaps
// that would point at one (SPEC §5).
enum class Register { general, corruption };

constexpr Register register_for(Kind k) {
    return is_confidential(k) ? Register::corruption : Register::general;
}

// Stable identifiers stored in the store: "general", "corruption".
std::string_view register_id(Register r);
std::optional<Register> parse_register(std::string_view id);

// Printed forms (one canonical form each):
//   general register     "2570-000123"      year BE, '-', sequence of at least six digits
//   corruption register  "ทจ 2570-000012"   ทจ (ทุจริต), one space, then as above
// Numbers of both registers restart at 1 on 1 October. Stores from before the corruption
// register keep the numbers their receipts were printed with: their corruption complaints stay
// in the general register.
struct CaseNumber {
    int fiscal_year_be = 0;  // e.g. 2569
    int sequence = 0;        // 1-based within the fiscal year and register
    Register book = Register::general;

    std::string str() const;
    bool operator==(const CaseNumber&) const = default;
    // A fiscal year's general register, then its corruption register.
    std::strong_ordering operator<=>(const CaseNumber& o) const {
        if (auto c = fiscal_year_be <=> o.fiscal_year_be; c != 0) return c;
        if (auto c = book <=> o.book; c != 0) return c;
        return sequence <=> o.sequence;
    }
};

// Accepts "2569-000123", "2569-123" and Thai digits; for the corruption register the prefix ทจ,
// or "TJ" in any case for scripts and terminals without Thai input, followed by one space, one
// '-' or nothing ("ทจ 2570-12", "ทจ2570-000012", "TJ-2570-12"). nullopt for anything else.
std::optional<CaseNumber> parse_case_number(std::string_view s);

}  // namespace siang::domain
