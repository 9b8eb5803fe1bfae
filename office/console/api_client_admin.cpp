// ApiClient's calls of administration: users and kiosks (api_client.hpp) over the staff API's
// admin endpoints (sync/staff_wire_admin.hpp). The server decides who may: `by` is not sent.
#include <algorithm>

#include "office/console/api_client.hpp"
#include "staff/role.hpp"
#include "sync/staff_api.hpp"
#include "sync/staff_wire_admin.hpp"

namespace siang::office {

namespace {

// A user or kiosk name as one path segment. Both kinds are 1–32 of A–Z a–z 0–9 . _ -
// (staff/username_rules.hpp, Store::add_kiosk_enrolment); anything else names nobody, and is
// not sent (it could reach another path).
bool plain_name(std::string_view name) {
    return !name.empty() && name.size() <= 64 && std::ranges::all_of(name, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-';
    });
}

std::string users_path(std::string_view name, std::string_view what) {
    return std::string(sync::path_staff_users) + "/" + std::string(name) + "/" + std::string(what);
}

std::string kiosks_path(std::string_view name, std::string_view what) {
    return std::string(sync::path_staff_kiosks) + "/" + std::string(name) + "/" +
           std::string(what);
}

Result<void> done(const Result<std::string>& r) {
    if (!r) return std::unexpected(r.error());
    return {};
}

}  // namespace

// The session's own user needs no admin: it is answered from the login (display name and role
// as the server gave them; no id, hash or creation time). Anyone else is looked up in the users
// list, which the server gives to admins only (permission_denied for the rest).
Result<store::UserRecord> ApiClient::find_user(std::string_view username) {
    if (user_ && user_->username == username) {
        store::UserRecord own;
        own.username = user_->username;
        own.display_name = user_->display_name;
        own.role = std::string(staff::role_id(user_->role));
        return own;
    }
    auto users = get(sync::path_staff_users);
    if (!users) return std::unexpected(users.error());
    auto list = sync::decode_users(*users);
    if (!list) return fail(Errc::server_failed, "malformed answer");
    for (auto& u : *list)
        if (u.username == username) return std::move(u);
    return fail(Errc::not_found, std::string(username));
}

Result<std::vector<store::UserRecord>> ApiClient::list_users(const staff::StaffUser&) {
    auto body = get(sync::path_staff_users);
    if (!body) return std::unexpected(body.error());
    auto list = sync::decode_users(*body);
    if (!list) return fail(Errc::server_failed, "malformed answer");
    return list;
}

Result<void> ApiClient::add_user(const staff::StaffUser&, const staff::StaffUser& user,
                                 std::string_view password) {
    return done(post(sync::path_staff_users, sync::encode(sync::NewUser{user, std::string(password)})));
}

Result<void> ApiClient::disable_user(const staff::StaffUser&, std::string_view username) {
    if (!plain_name(username)) return fail(Errc::not_found, std::string(username));
    return done(post(users_path(username, "disable"), "{}"));
}

Result<void> ApiClient::set_password(const staff::StaffUser&, std::string_view username,
                                     std::string_view password) {
    if (!plain_name(username)) return fail(Errc::not_found, std::string(username));
    return done(post(users_path(username, "password"), sync::encode_password(password)));
}

Result<std::vector<store::KioskRecord>> ApiClient::list_kiosks(const staff::StaffUser&) {
    auto body = get(sync::path_staff_kiosks);
    if (!body) return std::unexpected(body.error());
    auto list = sync::decode_kiosks(*body);
    if (!list) return fail(Errc::server_failed, "malformed answer");
    return list;
}

Result<store::BackupRecord> ApiClient::last_backup(const staff::StaffUser&) {
    auto body = get(sync::path_staff_backup);
    if (!body) return std::unexpected(body.error());
    auto record = sync::decode_backup_record(*body);
    if (!record) return fail(Errc::server_failed, "malformed answer");
    return record;
}

Result<KioskEnrolmentOffer> ApiClient::add_kiosk(const staff::StaffUser&, std::string_view name) {
    auto body = post(sync::path_staff_kiosks, sync::encode_kiosk_name(name));
    if (!body) return std::unexpected(body.error());
    auto offer = sync::decode_kiosk_offer(*body);
    if (!offer) return fail(Errc::server_failed, "malformed answer");
    return KioskEnrolmentOffer{.name = std::move(offer->name),
                               .enrolment_code = std::move(offer->enrolment_code),
                               .url = std::move(offer->url),
                               .fingerprint = std::move(offer->fingerprint),
                               .expires_at = offer->valid_until};
}

Result<void> ApiClient::revoke_kiosk(const staff::StaffUser&, std::string_view name) {
    if (!plain_name(name)) return fail(Errc::not_found, std::string(name));
    return done(post(kiosks_path(name, "revoke"), "{}"));
}

Result<std::vector<store::QuarantinedFiling>> ApiClient::quarantined_filings(const staff::StaffUser&) {
    auto body = get(std::string(sync::path_staff_kiosks) + "/quarantine");
    if (!body) return std::unexpected(body.error());
    auto q = sync::decode_quarantine(*body);
    if (!q) return fail(Errc::server_failed, "malformed answer");
    return std::move(q->filings);
}

}  // namespace siang::office
