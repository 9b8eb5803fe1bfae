// Staff accounts over the store: adding users, passwords, disabling, logging in — with the role
// checks and audit rows that go with each (SPEC §6). The console and the CLI both use this.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "staff/role.hpp"
#include "store/store.hpp"

namespace siang::staff {

// Someone known to be logged in (or the local administrator at the machine itself).
struct StaffUser {
    std::string username;
    std::string display_name;
    Role role = Role::clerk;
};

// The identity of `siang` run without --user on the server: the IT person, with admin rights.
StaffUser local_administrator();

class StaffAccounts {
  public:
    explicit StaffAccounts(store::Store& store) : store_(store) {}

    // Usernames: 2–32 of a–z, 0–9, '.', '_', '-'. Only an admin may add users.
    // Errors: permission_denied, invalid_argument (bad or taken username, short password).
    Result<void> add(const StaffUser& by, const StaffUser& user, std::string_view password);

    // An admin may set anyone's password; others only their own.
    Result<void> set_password(const StaffUser& by, std::string_view username,
                              std::string_view password);

    // Disabled users cannot log in; their history stays. Admin only; an admin cannot disable
    // themselves (so an office never locks itself out by accident).
    Result<void> disable(const StaffUser& by, std::string_view username);

    // Checks the password; records "login" or "login_failed" in the audit log. A wrong username
    // and a wrong password give the same error (permission_denied "login"), so names cannot be
    // probed; a disabled account gives permission_denied "disabled".
    Result<StaffUser> authenticate(std::string_view username, std::string_view password);

    // Admin only.
    Result<std::vector<store::UserRecord>> list(const StaffUser& by);

    // A random password for a first admin: 12 characters without look-alikes (0/O, 1/l/I).
    static std::string random_password();

  private:
    store::Store& store_;
};

}  // namespace siang::staff
