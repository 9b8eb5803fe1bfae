// Audit log pages and user management for admins.
#include "office/console/admin_desk.hpp"

namespace siang::office {

Result<void> AuditLogPage::load(OfficeClient& client, const staff::StaffUser& by, int page) {
    if (!staff::may_manage_users(by.role)) return fail(Errc::permission_denied, "audit");
    auto total = client.audit_row_count();
    if (!total) return std::unexpected(total.error());
    auto rows = client.audit_rows(std::int64_t{page} * page_size, page_size);
    if (!rows) return std::unexpected(rows.error());
    auto chain = client.verify_audit();
    if (!chain) return std::unexpected(chain.error());
    total_ = *total;
    rows_ = std::move(*rows);
    chain_ = *chain;
    page_ = page;
    return {};
}

Result<void> UsersDesk::load(OfficeClient& client, const staff::StaffUser& by) {
    auto users = client.list_users(by);
    if (!users) return std::unexpected(users.error());
    users_ = std::move(*users);
    return {};
}

Result<void> UsersDesk::add(OfficeClient& client, const staff::StaffUser& by,
                            const staff::StaffUser& user, std::string_view password) {
    if (auto r = client.add_user(by, user, password); !r) return r;
    return load(client, by);
}

Result<void> UsersDesk::disable(OfficeClient& client, const staff::StaffUser& by,
                                std::string_view username) {
    if (auto r = client.disable_user(by, username); !r) return r;
    return load(client, by);
}

Result<void> UsersDesk::reset_password(OfficeClient& client, const staff::StaffUser& by,
                                       std::string_view username, std::string_view password) {
    if (!staff::may_manage_users(by.role)) return fail(Errc::permission_denied, "users");
    if (auto r = client.set_password(by, username, password); !r) return r;
    return load(client, by);
}

}  // namespace siang::office
