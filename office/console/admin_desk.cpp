// Audit log pages and user management for admins.
#include "office/console/admin_desk.hpp"

namespace siang::office {

Result<void> AuditLogPage::load(store::Store& store, const staff::StaffUser& by, int page) {
    if (!staff::may_manage_users(by.role)) return fail(Errc::permission_denied, "audit");
    auto total = store.audit_row_count();
    if (!total) return std::unexpected(total.error());
    auto rows = store.audit_rows(std::int64_t{page} * page_size, page_size);
    if (!rows) return std::unexpected(rows.error());
    auto chain = store.verify_audit();
    if (!chain) return std::unexpected(chain.error());
    total_ = *total;
    rows_ = std::move(*rows);
    chain_ = *chain;
    page_ = page;
    return {};
}

Result<void> UsersDesk::load(store::Store& store, const staff::StaffUser& by) {
    auto users = staff::StaffAccounts(store).list(by);
    if (!users) return std::unexpected(users.error());
    users_ = std::move(*users);
    return {};
}

Result<void> UsersDesk::add(store::Store& store, const staff::StaffUser& by,
                            const staff::StaffUser& user, std::string_view password) {
    if (auto r = staff::StaffAccounts(store).add(by, user, password); !r) return r;
    return load(store, by);
}

Result<void> UsersDesk::disable(store::Store& store, const staff::StaffUser& by,
                                std::string_view username) {
    if (auto r = staff::StaffAccounts(store).disable(by, username); !r) return r;
    return load(store, by);
}

Result<void> UsersDesk::reset_password(store::Store& store, const staff::StaffUser& by,
                                       std::string_view username, std::string_view password) {
    if (!staff::may_manage_users(by.role)) return fail(Errc::permission_denied, "users");
    if (auto r = staff::StaffAccounts(store).set_password(by, username, password); !r) return r;
    return load(store, by);
}

}  // namespace siang::office
