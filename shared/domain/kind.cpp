// Stable identifiers of the four kinds of item.
#include "domain/kind.hpp"

#include "core/enum_names.hpp"

namespace siang::domain {
namespace {

constexpr auto kind_names = enum_names<Kind>({{Kind::eservice, "eservice"},
                                              {Kind::suggestion, "suggestion"},
                                              {Kind::complaint, "complaint"},
                                              {Kind::corruption, "corruption"}});
static_assert(kind_names.complete() && kind_names.values() == all_kinds);

}  // namespace

std::string_view kind_id(Kind k) {
    return kind_names.name(k);
}

std::optional<Kind> parse_kind(std::string_view id) {
    return kind_names.parse(id);
}

}  // namespace siang::domain
