// Stable identifiers of the four kinds of item.
#include "domain/kind.hpp"

namespace siang::domain {

std::string_view kind_id(Kind k) {
    switch (k) {
        case Kind::eservice:
            return "eservice";
        case Kind::suggestion:
            return "suggestion";
        case Kind::complaint:
            return "complaint";
        case Kind::corruption:
            return "corruption";
    }
    return "unknown";
}

std::optional<Kind> parse_kind(std::string_view id) {
    for (const Kind k : all_kinds) {
        if (kind_id(k) == id) return k;
    }
    return std::nullopt;
}

}  // namespace siang::domain
