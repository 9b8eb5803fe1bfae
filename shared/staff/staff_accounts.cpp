// Staff account rules: who may add, change and disable users, and logging in.
#include "staff/staff_accounts.hpp"

#include <sodium.h>

#include <algorithm>
#include <chrono>

#include "staff/login_throttle.hpp"
#include "staff/password.hpp"
#include "staff/password_policy.hpp"
#include "staff/username_rules.hpp"

namespace siang::staff {
namespace {

domain::TimePoint system_now() {
    return std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
}

Result<void> require_admin(const StaffUser& by, std::string_view what) {
    if (!may_manage_users(by.role)) return fail(Errc::permission_denied, std::string(what));
    return {};
}

// Whole minutes, rounded up, so "try again in 1 minute" is never too early.
std::int64_t minutes(std::chrono::seconds wait) {
    return (wait.count() + 59) / 60;
}

}  // namespace

StaffUser local_administrator() {
    return {"siang", "Local administrator", Role::admin};
}

domain::TimePoint StaffAccounts::now() const {
    return clock_ ? clock_() : system_now();
}

Result<void> StaffAccounts::add(const StaffUser& by, const StaffUser& user,
                                std::string_view password) {
    if (auto ok = require_admin(by, "user add"); !ok) return ok;
    if (auto ok = check_new_username(user.username); !ok) return ok;
    if (auto ok = check_new_password(password, user.username); !ok) return ok;
    auto hash = hash_password(password);
    if (!hash) return std::unexpected(hash.error());
    store::UserRecord rec;
    rec.username = user.username;
    rec.display_name = user.display_name.empty() ? user.username : user.display_name;
    rec.role = std::string(role_id(user.role));
    rec.password_hash = std::move(*hash);
    rec.created_at = now();
    if (auto id = store_.add_user(rec); !id) return std::unexpected(id.error());
    return store_.append_audit(by.username, "user_add", user.username, rec.role);
}

Result<void> StaffAccounts::set_password(const StaffUser& by, std::string_view username,
                                         std::string_view password) {
    if (by.username != username)
        if (auto ok = require_admin(by, "user passwd"); !ok) return ok;
    auto rec = store_.find_user(username);
    if (!rec) return std::unexpected(rec.error());
    if (auto ok = check_new_password(password, username); !ok) return ok;
    auto hash = hash_password(password);
    if (!hash) return std::unexpected(hash.error());
    rec->password_hash = std::move(*hash);
    if (auto ok = store_.update_user(*rec); !ok) return ok;
    return store_.append_audit(by.username, "user_passwd", username, "");
}

Result<void> StaffAccounts::disable(const StaffUser& by, std::string_view username) {
    if (auto ok = require_admin(by, "user disable"); !ok) return ok;
    if (by.username == username)
        return fail(Errc::permission_denied, "own_account");
    auto rec = store_.find_user(username);
    if (!rec) return std::unexpected(rec.error());
    rec->disabled = true;
    if (auto ok = store_.update_user(*rec); !ok) return ok;
    return store_.append_audit(by.username, "user_disable", username, "");
}

Result<StaffUser> StaffAccounts::authenticate(std::string_view username, std::string_view password,
                                              std::string_view source) {
    const domain::TimePoint at = now();
    const std::string from = "from " + std::string(source);

    // The back-off first, without touching the password: the right one does not help either.
    auto failures = store_.login_failures(username, source, at - login_failure_window);
    if (!failures) return std::unexpected(failures.error());
    const auto wait =
        std::max(login_wait(failures->by_user, at), login_wait(failures->by_source, at));
    if (wait.count() > 0) {
        if (auto a = store_.append_audit(std::string(username), "login_throttled",
                                         std::string(username), from);
            !a)
            return std::unexpected(a.error());
        return fail({.code = Errc::permission_denied,
                     .detail = "login_wait",
                     .count = minutes(wait)});
    }

    auto rec = store_.find_user(username);
    if (!rec && rec.error().code != Errc::not_found) return std::unexpected(rec.error());
    // Exactly one argon2id run on every path: against the account's hash, or the fixed decoy.
    const bool right =
        verify_password(rec ? std::string_view(rec->password_hash) : decoy_hash(), password);
    const auto role = rec ? parse_role(rec->role) : std::nullopt;
    std::string why;
    if (!rec)
        why = "unknown user";
    else if (!right)
        why = "wrong password";
    else if (rec->disabled)
        why = "disabled account";
    else if (!role)
        why = "unknown role " + rec->role;
    if (!why.empty()) {
        if (auto r = store_.record_login_failure(username, source, at, why + " " + from,
                                                 at - login_failure_window);
            !r)
            return std::unexpected(r.error());
        return fail(Errc::permission_denied, "login");
    }
    if (auto r = store_.clear_login_failures(rec->username); !r) return std::unexpected(r.error());
    if (auto a = store_.append_audit(rec->username, "login", rec->username, rec->role + " " + from);
        !a)
        return std::unexpected(a.error());
    return StaffUser{rec->username, rec->display_name, *role};
}

Result<std::vector<store::UserRecord>> StaffAccounts::list(const StaffUser& by) {
    if (auto ok = require_admin(by, "user list"); !ok) return std::unexpected(ok.error());
    auto users = store_.list_users();
    if (!users) return users;
    for (auto& u : *users) u.password_hash.clear();  // nobody outside this class needs it
    return users;
}

std::string StaffAccounts::random_password() {
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    if (sodium_init() < 0) return {};
    // 12 of 56 symbols almost never break the policy; drawing again when they do keeps the
    // promise that the first administrator's password passes it.
    for (;;) {
        std::string out;
        for (int i = 0; i < 12; ++i) out += alphabet[randombytes_uniform(sizeof alphabet - 1)];
        if (check_new_password(out, "admin")) return out;
    }
}

}  // namespace siang::staff
