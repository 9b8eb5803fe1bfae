// The four kinds of item a citizen can file (SPEC §3).
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace siang::domain {

enum class Kind { eservice, suggestion, complaint, corruption };

inline constexpr std::array<Kind, 4> all_kinds{Kind::eservice, Kind::suggestion, Kind::complaint,
                                               Kind::corruption};

// Stable identifiers used in the store, the CLI and JSON: "eservice", "suggestion", "complaint",
// "corruption".
std::string_view kind_id(Kind k);
std::optional<Kind> parse_kind(std::string_view id);

// The one list of confidential kinds: only the integrity role sees them (SPEC §6). The C++
// check below and the store's SQL predicate (store_impl.hpp: confidential_kind_sql) are both
// made from it.
inline constexpr std::array<Kind, 1> confidential_kinds{Kind::corruption};

constexpr bool is_confidential(Kind k) {
    for (const Kind c : confidential_kinds)
        if (c == k) return true;
    return false;
}

}  // namespace siang::domain
