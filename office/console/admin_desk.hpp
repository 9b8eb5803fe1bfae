// The admin-only views' model: the audit log with its chain status, and staff accounts.
#pragma once

#include <optional>
#include <vector>

#include "core/error.hpp"
#include "staff/staff_accounts.hpp"
#include "office/console/office_client.hpp"
#include "store/store.hpp"

namespace siang::office {

class AuditLogPage {
  public:
    static constexpr int page_size = 100;

    // Loads one page (newest first) and verifies the whole hash chain. Admins only:
    // permission_denied "audit" for anyone else, before anything is read.
    Result<void> load(OfficeClient& client, const staff::StaffUser& by, int page);
    const std::vector<store::AuditEntry>& rows() const { return rows_; }
    const std::optional<store::AuditReport>& chain() const { return chain_; }
    std::int64_t total() const { return total_; }
    int page() const { return page_; }

  private:
    std::vector<store::AuditEntry> rows_;
    std::optional<store::AuditReport> chain_;
    std::int64_t total_ = 0;
    int page_ = 0;
};

// The users view: a thin layer over StaffAccounts (which checks the admin role and audits).
class UsersDesk {
  public:
    Result<void> load(OfficeClient& client, const staff::StaffUser& by);
    const std::vector<store::UserRecord>& users() const { return users_; }

    Result<void> add(OfficeClient& client, const staff::StaffUser& by, const staff::StaffUser& user,
                     std::string_view password);
    Result<void> disable(OfficeClient& client, const staff::StaffUser& by,
                         std::string_view username);
    Result<void> reset_password(OfficeClient& client, const staff::StaffUser& by,
                                std::string_view username, std::string_view password);

  private:
    std::vector<store::UserRecord> users_;
};

}  // namespace siang::office
