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

// Corruption complaints are confidential: only the integrity role sees them (SPEC §6).
constexpr bool is_confidential(Kind k) {
    return k == Kind::corruption;
}

}  // namespace siang::domain
