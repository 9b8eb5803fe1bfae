// Role names and the store viewer each role reads through.
#include "staff/role.hpp"

#include <string>

#include "core/enum_names.hpp"

namespace siang::staff {

namespace {

constexpr auto role_names = enum_names<Role>(
    {{Role::clerk, "clerk"}, {Role::integrity, "integrity"}, {Role::admin, "admin"}});
static_assert(role_names.complete());

}  // namespace

std::string_view role_id(Role r) {
    return role_names.name(r);
}

std::optional<Role> parse_role(std::string_view id) {
    return role_names.parse(id);
}

store::Viewer viewer_for(std::string_view username, Role r) {
    return store::Viewer{std::string(username), may_see_confidential(r)};
}

}  // namespace siang::staff
