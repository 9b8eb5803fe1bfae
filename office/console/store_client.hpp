// The console's client over a store file on this machine (the only one until the server).
#pragma once

#include "office/console/office_client.hpp"

namespace siang::office {

// Each call is the store's (or StaffAccounts') of the same name, on `store`, which must outlive
// the client.
class StoreClient final : public OfficeClient {
  public:
    explicit StoreClient(store::Store& store) : store_(store) {}

    Result<staff::StaffUser> authenticate(std::string_view username, std::string_view password,
                                          std::string_view source) override;
    Result<store::UserRecord> find_user(std::string_view username) override;
    Result<std::vector<store::UserRecord>> list_users(const staff::StaffUser& by) override;
    Result<void> add_user(const staff::StaffUser& by, const staff::StaffUser& user,
                          std::string_view password) override;
    Result<void> disable_user(const staff::StaffUser& by, std::string_view username) override;
    Result<void> set_password(const staff::StaffUser& by, std::string_view username,
                              std::string_view password) override;

    Result<store::Page> list(const store::Query& query, const store::Viewer& viewer) override;
    Result<store::CaseDetail> get_case(const domain::CaseNumber& number,
                                       const store::Viewer& viewer) override;
    Result<void> change_status(const domain::CaseNumber& number, const domain::StatusChange& change,
                               const store::Viewer& viewer,
                               std::optional<std::int64_t> expected_version) override;
    Result<void> add_note(const domain::CaseNumber& number, const store::Viewer& viewer,
                          std::string_view text, std::optional<std::int64_t> expected_version) override;
    Result<void> assign_division(const domain::CaseNumber& number, std::string_view division,
                                 const store::Viewer& viewer,
                                 std::optional<std::int64_t> expected_version) override;
    Result<domain::TrackingCode> reissue_code(const domain::CaseNumber& number,
                                              const store::Viewer& viewer,
                                              std::optional<std::int64_t> expected_version) override;
    Result<std::int64_t> case_changes() override;
    Result<std::int64_t> case_changes(const domain::CaseNumber& number,
                                      const store::Viewer& viewer) override;

    Result<std::vector<store::HelpRequest>> open_help_requests() override;
    Result<void> acknowledge_help_request(std::int64_t id, std::string_view actor,
                                          domain::TimePoint at,
                                          std::string_view audit_detail) override;
    Result<std::int64_t> add_help_request(std::string_view kiosk_name) override;

    Result<reports::ItaReport> ita_report(const store::Viewer& viewer, int fy_be,
                                          const domain::Directory& dir,
                                          domain::TimePoint now) override;
    Result<void> export_ita_report(std::string_view actor, const reports::ItaReport& report,
                                   reports::ItaFormat format, const std::string& path,
                                   const reports::ItaExportText& text) override;
    Result<std::int64_t> export_cases(std::string_view actor, const store::Viewer& viewer,
                                      const std::string& path, i18n::Lang lang,
                                      const domain::Directory& dir) override;
    Result<store::AuditReport> verify_audit() override;
    Result<std::vector<store::AuditEntry>> audit_rows(std::int64_t offset, int limit) override;
    Result<std::int64_t> audit_row_count() override;

    Result<void> logout() override { return {}; }

    // Admin only (permission_denied otherwise). add_kiosk's offer has no url or fingerprint: on
    // a store file there is no server to name (`siang kiosk add` adds them from the config).
    Result<std::vector<store::KioskRecord>> list_kiosks(const staff::StaffUser& by) override;
    Result<KioskEnrolmentOffer> add_kiosk(const staff::StaffUser& by,
                                          std::string_view name) override;
    Result<void> revoke_kiosk(const staff::StaffUser& by, std::string_view name) override;
    Result<std::vector<store::QuarantinedFiling>> quarantined_filings(
        const staff::StaffUser& by) override;
    // backups/ beside the store file (where siang-backup writes by default).
    Result<store::BackupRecord> last_backup(const staff::StaffUser& by) override;

  private:
    store::Store& store_;
};

}  // namespace siang::office
