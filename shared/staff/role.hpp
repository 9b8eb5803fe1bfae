// Staff roles and what each may see (SPEC §6): the one place roles turn into permissions.
#pragma once

#include <optional>
#include <string_view>

#include "store/viewer.hpp"

namespace siang::staff {

enum class Role {
    clerk,      // everything except corruption complaints
    integrity,  // corruption complaints, plus what a clerk sees
    admin,      // users, configuration, everything
};

// "clerk", "integrity", "admin".
std::string_view role_id(Role r);
std::optional<Role> parse_role(std::string_view id);

constexpr bool may_see_confidential(Role r) {
    return r != Role::clerk;
}
constexpr bool may_manage_users(Role r) {
    return r == Role::admin;
}
// Backing up, restoring or filling the whole store: every case is in it, corruption complaints
// included, so only an administrator may.
constexpr bool may_administer_store(Role r) {
    return r == Role::admin;
}

// The store's read filter for a user of this role.
store::Viewer viewer_for(std::string_view username, Role r);

}  // namespace siang::staff
