// Staff accounts over the store: adding users, passwords, disabling, logging in — with the role
// checks and audit rows that go with each (SPEC §6). The console and the CLI both use this.
#pragma once

#include <functional>
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
    // The time logins are judged by (the back-off); empty means the system clock.
    using WallClock = std::function<domain::TimePoint()>;

    explicit StaffAccounts(store::Store& store, WallClock clock = {})
        : store_(store), clock_(std::move(clock)) {}

    // Only an admin may add users. The username must pass check_new_username
    // (username_rules.hpp), the password check_new_password (password_policy.hpp).
    // Errors: permission_denied, invalid_username, username_taken, username_reserved,
    // weak_password.
    Result<void> add(const StaffUser& by, const StaffUser& user, std::string_view password);

    // An admin may set anyone's password; others only their own. The new password must pass
    // check_new_password (weak_password otherwise).
    Result<void> set_password(const StaffUser& by, std::string_view username,
                              std::string_view password);

    // Disabled users cannot log in; their history stays. Admin only; an admin cannot disable
    // themselves (so an office never locks itself out by accident): permission_denied
    // "own_account".
    Result<void> disable(const StaffUser& by, std::string_view username);

    // Logs in from `source` (who is asking: "console:HOST", "cli:USER@TTY", later a client
    // address). Every failure — unknown name, wrong password, disabled account even with the
    // right password — gives the same permission_denied "login" and costs the same one argon2id
    // run; only the audit row ("login_failed") says why. After login_throttle.hpp's free failures
    // for the username or for the source, attempts are refused without looking at the password
    // (permission_denied "login_wait", payload count: minutes, audited "login_throttled") until
    // the wait is over;
    // a success forgets the username's failures. Store errors pass through.
    Result<StaffUser> authenticate(std::string_view username, std::string_view password,
                                   std::string_view source);

    // Admin only.
    Result<std::vector<store::UserRecord>> list(const StaffUser& by);

    // A random password for a first admin: 12 characters without look-alikes (0/O, 1/l/I).
    static std::string random_password();

  private:
    domain::TimePoint now() const;

    store::Store& store_;
    WallClock clock_;
};

}  // namespace siang::staff
