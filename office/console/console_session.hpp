// Who is at the console: login, the lock screen and the role's view of the store (SPEC §6).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "i18n/catalog.hpp"
#include "office/console/idle_lock.hpp"
#include "office/console/office_client.hpp"
#include "staff/staff_accounts.hpp"
#include "store/store.hpp"

namespace siang::office {

// Where the console's logins come from, for the back-off per source: "console:HOSTNAME".
std::string console_login_source();

// The role's name for people, in `lang`.
std::string_view role_name(staff::Role role, i18n::Lang lang);

// Who is signed in, for the console's header: the display name and the role, said once. When
// the display name already is the role's name (an account called "ผู้ดูแลระบบ" with the admin
// role, in either language) or is empty, the role alone would say nothing new twice, so the
// header shows "name · role" only when they differ, and the username when there is no name.
std::string signed_in_as(const staff::StaffUser& user, i18n::Lang lang);

class ConsoleSession {
  public:
    // `client` must outlive the session.
    ConsoleSession(OfficeClient& client, domain::Directory directory)
        : client_(client), directory_(std::move(directory)) {}

    // Checks the password with argon2id (StaffAccounts::authenticate, which audits the login and
    // holds back repeated failures from this machine or for this user).
    // permission_denied "login" for any failure, "login_wait:MINUTES" while held back.
    Result<void> log_in(std::string_view username, std::string_view password,
                        IdleLock::Clock::time_point now);

    // Renders screenshots as `user` without a password. Only the headless screenshot path of
    // main() calls this; it never runs an interactive loop afterwards.
    void enter_for_screenshot(const staff::StaffUser& user, IdleLock::Clock::time_point now);

    // The lock screen: only the same user's password unlocks (audited like a login).
    Result<void> unlock(std::string_view password, IdleLock::Clock::time_point now);
    void log_out();

    // Input arrived; keeps the session unlocked.
    void activity(IdleLock::Clock::time_point now) { lock_.activity(now); }
    // True when someone is logged in and the idle timeout has passed.
    bool locked(IdleLock::Clock::time_point now) { return logged_in() && lock_.locked(now); }
    IdleLock::Clock::time_point lock_deadline() const { return lock_.deadline(); }
    // Locks at once (the staff member leaves the desk).
    void lock() { lock_.lock(); }

    bool logged_in() const { return user_.has_value(); }
    // The logged-in user; call only when logged_in().
    const staff::StaffUser& user() const { return *user_; }
    // The store's read filter for this user (corruption complaints hidden from clerks).
    store::Viewer viewer() const;
    bool is_admin() const { return user_ && staff::may_manage_users(user_->role); }

    OfficeClient& client() { return client_; }
    const domain::Directory& directory() const { return directory_; }

  private:
    OfficeClient& client_;
    domain::Directory directory_;
    std::optional<staff::StaffUser> user_;
    IdleLock lock_;
};

}  // namespace siang::office
