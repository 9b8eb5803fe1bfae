// Role names and the store viewer each role reads through.
#include "staff/role.hpp"

#include <string>

namespace siang::staff {

std::string_view role_id(Role r) {
    switch (r) {
        case Role::clerk:
            return "clerk";
        case Role::integrity:
            return "integrity";
        case Role::admin:
            return "admin";
    }
    return "clerk";
}

std::optional<Role> parse_role(std::string_view id) {
    for (Role r : {Role::clerk, Role::integrity, Role::admin})
        if (role_id(r) == id) return r;
    return std::nullopt;
}

store::Viewer viewer_for(std::string_view username, Role r) {
    return store::Viewer{std::string(username), may_see_confidential(r)};
}

}  // namespace siang::staff
