// Staff account rules: who may add, change and disable users, and logging in.
#include "staff/staff_accounts.hpp"

#include <sodium.h>

#include <chrono>

#include "staff/password.hpp"

namespace siang::staff {
namespace {

bool valid_username(std::string_view name) {
    if (name.size() < 2 || name.size() > 32) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}

domain::TimePoint now() {
    return std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
}

Result<void> require_admin(const StaffUser& by, std::string_view what) {
    if (!may_manage_users(by.role)) return fail(Errc::permission_denied, std::string(what));
    return {};
}

}  // namespace

StaffUser local_administrator() {
    return {"siang", "Local administrator", Role::admin};
}

Result<void> StaffAccounts::add(const StaffUser& by, const StaffUser& user,
                                std::string_view password) {
    if (auto ok = require_admin(by, "user add"); !ok) return ok;
    if (!valid_username(user.username))
        return fail(Errc::invalid_argument,
                    "username \"" + user.username + "\" (2–32 of a-z 0-9 . _ -)");
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
    auto hash = hash_password(password);
    if (!hash) return std::unexpected(hash.error());
    rec->password_hash = std::move(*hash);
    if (auto ok = store_.update_user(*rec); !ok) return ok;
    return store_.append_audit(by.username, "user_passwd", username, "");
}

Result<void> StaffAccounts::disable(const StaffUser& by, std::string_view username) {
    if (auto ok = require_admin(by, "user disable"); !ok) return ok;
    if (by.username == username)
        return fail(Errc::invalid_argument, "an admin cannot disable their own account");
    auto rec = store_.find_user(username);
    if (!rec) return std::unexpected(rec.error());
    rec->disabled = true;
    if (auto ok = store_.update_user(*rec); !ok) return ok;
    return store_.append_audit(by.username, "user_disable", username, "");
}

Result<StaffUser> StaffAccounts::authenticate(std::string_view username,
                                              std::string_view password) {
    auto rec = store_.find_user(username);
    bool ok = rec && verify_password(rec->password_hash, password);
    if (!rec && rec.error().code != Errc::not_found) return std::unexpected(rec.error());
    if (!ok) {
        // Spend the same effort on unknown names, so timing does not tell which names exist.
        if (!rec) {
            static const std::string decoy = hash_password("decoy-password").value_or("");
            verify_password(decoy, password);
        }
        if (auto a = store_.append_audit(std::string(username), "login_failed",
                                         std::string(username), "");
            !a)
            return std::unexpected(a.error());
        return fail(Errc::permission_denied, "login");
    }
    if (rec->disabled) {
        if (auto a = store_.append_audit(rec->username, "login_refused", rec->username, "disabled");
            !a)
            return std::unexpected(a.error());
        return fail(Errc::permission_denied, "disabled");
    }
    auto role = parse_role(rec->role);
    if (!role) return fail(Errc::permission_denied, "role " + rec->role);
    if (auto a = store_.append_audit(rec->username, "login", rec->username, rec->role); !a)
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
    std::string out;
    for (int i = 0; i < 12; ++i) out += alphabet[randombytes_uniform(sizeof alphabet - 1)];
    return out;
}

}  // namespace siang::staff
