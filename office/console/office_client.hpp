// The one interface through which the console reads and changes cases, help requests, reports,
// the audit log and staff accounts: today over the store file, later over the server's API.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "reports/ita_export.hpp"
#include "reports/ita_stats.hpp"
#include "staff/staff_accounts.hpp"
#include "store/backup_record.hpp"
#include "store/kiosk_records.hpp"
#include "store/store.hpp"

namespace siang::office {

// Everything the console's models ask of the office's data, nothing of how it is kept. The
// console's controller and models hold only this (views hold nothing of it), so moving the
// console onto the server (issue 12) is a second implementation of this class. Each call says
// what the store call of the same name says; errors are the store's and staff::StaffAccounts'.
// Over the office API (ApiClient) the server decides every role rule: the viewer and `by`
// arguments are what the console believes, the session is what counts; errors add the
// network's (server_unreachable, server_untrusted, server_failed) and session_expired.

// A new kiosk's one-time enrolment (`siang kiosk add`, the console's kiosks panel).
struct KioskEnrolmentOffer {
    std::string name;
    std::string enrolment_code;
    std::string url;          // the office API as the kiosk reaches it
    std::string fingerprint;  // the server certificate's SHA-256, lower-case hex
    domain::TimePoint expires_at{};
};

// How the console's link to its office data stands (the server-down banner).
struct LinkState {
    bool connected = true;
    std::optional<domain::TimePoint> lost_since;  // when the link was lost; nullopt: connected
    std::optional<Error> last_error;              // why (server_unreachable, server_untrusted…)
};

class OfficeClient {
  public:
    virtual ~OfficeClient() = default;

    // --- staff ---------------------------------------------------------------------------------
    // Checks a password (audited, held back after repeated failures): StaffAccounts::authenticate.
    virtual Result<staff::StaffUser> authenticate(std::string_view username,
                                                  std::string_view password,
                                                  std::string_view source) = 0;
    // An account by name (screenshots render as one): not_found when there is none.
    virtual Result<store::UserRecord> find_user(std::string_view username) = 0;
    // Admin only (StaffAccounts): list, add, disable, set a password.
    virtual Result<std::vector<store::UserRecord>> list_users(const staff::StaffUser& by) = 0;
    virtual Result<void> add_user(const staff::StaffUser& by, const staff::StaffUser& user,
                                  std::string_view password) = 0;
    virtual Result<void> disable_user(const staff::StaffUser& by, std::string_view username) = 0;
    virtual Result<void> set_password(const staff::StaffUser& by, std::string_view username,
                                      std::string_view password) = 0;

    // --- cases ---------------------------------------------------------------------------------
    // The four changes carry `expected_version`: the case_changes(number, viewer) the caller
    // read with the case (nullopt: no check). A case changed since is refused with case_changed
    // and nothing is written (store::Store's workflow calls; issue 12 item 4).
    virtual Result<store::Page> list(const store::Query& query, const store::Viewer& viewer) = 0;
    virtual Result<store::CaseDetail> get_case(const domain::CaseNumber& number,
                                               const store::Viewer& viewer) = 0;
    virtual Result<void> change_status(const domain::CaseNumber& number,
                                       const domain::StatusChange& change,
                                       const store::Viewer& viewer,
                                       std::optional<std::int64_t> expected_version) = 0;
    virtual Result<void> add_note(const domain::CaseNumber& number, const store::Viewer& viewer,
                                  std::string_view text,
                                  std::optional<std::int64_t> expected_version) = 0;
    virtual Result<void> assign_division(const domain::CaseNumber& number,
                                         std::string_view division,
                                         const store::Viewer& viewer,
                                         std::optional<std::int64_t> expected_version) = 0;
    virtual Result<domain::TrackingCode> reissue_code(
        const domain::CaseNumber& number, const store::Viewer& viewer,
        std::optional<std::int64_t> expected_version) = 0;
    // The change counters of issue 9 item 15: all cases, and one case through `viewer`.
    virtual Result<std::int64_t> case_changes() = 0;
    virtual Result<std::int64_t> case_changes(const domain::CaseNumber& number,
                                              const store::Viewer& viewer) = 0;

    // --- help requests -------------------------------------------------------------------------
    virtual Result<std::vector<store::HelpRequest>> open_help_requests() = 0;
    virtual Result<void> acknowledge_help_request(std::int64_t id, std::string_view actor,
                                                  domain::TimePoint at = {},
                                                  std::string_view audit_detail = "") = 0;
    // Screenshots of the lock screen in their own throwaway store only: a kiosk calling.
    virtual Result<std::int64_t> add_help_request(std::string_view kiosk_name) = 0;

    // --- statistics and the audit log ----------------------------------------------------------
    // reports::load_ita_report through `viewer`.
    virtual Result<reports::ItaReport> ita_report(const store::Viewer& viewer, int fy_be,
                                                  const domain::Directory& dir,
                                                  domain::TimePoint now) = 0;
    // reports::export_ita_report under `actor`: the file at `path` appears only with its audit
    // row. (No free-form audit append: every row the console causes is written by the action.)
    virtual Result<void> export_ita_report(std::string_view actor, const reports::ItaReport& report,
                                           reports::ItaFormat format, const std::string& path,
                                           const reports::ItaExportText& text) = 0;
    // reports::export_cases_csv through `viewer` under `actor`: the cases as CSV at `path`, which
    // appears only with its audit row; returns how many. Over the API the server's session
    // decides both and writes the row; the file is renamed into place whole.
    virtual Result<std::int64_t> export_cases(std::string_view actor, const store::Viewer& viewer,
                                              const std::string& path, i18n::Lang lang,
                                              const domain::Directory& dir) = 0;
    virtual Result<store::AuditReport> verify_audit() = 0;
    virtual Result<std::vector<store::AuditEntry>> audit_rows(std::int64_t offset, int limit) = 0;
    virtual Result<std::int64_t> audit_row_count() = 0;

    // --- session and link (issue 12) -----------------------------------------------------------
    // Ends the session authenticate opened (the server forgets its token); nothing on a store.
    virtual Result<void> logout() = 0;
    // Whether the office data can be reached now; a store file always can.
    virtual LinkState link_state() { return {}; }
    // `wake` is called, possibly from another thread, whenever something the console shows may
    // have changed (a case, a help request, the link): the frame pacer's wake-up. A store client
    // never calls it (the console polls the store's change counter each frame).
    virtual void set_wake(std::function<void()> wake) { (void)wake; }

    // --- kiosks (admin; issue 12) ----------------------------------------------------------------
    virtual Result<std::vector<store::KioskRecord>> list_kiosks(const staff::StaffUser& by) = 0;
    virtual Result<KioskEnrolmentOffer> add_kiosk(const staff::StaffUser& by,
                                                  std::string_view name) = 0;
    virtual Result<void> revoke_kiosk(const staff::StaffUser& by, std::string_view name) = 0;
    virtual Result<std::vector<store::QuarantinedFiling>> quarantined_filings(
        const staff::StaffUser& by) = 0;
    // The last nightly backup as siang-backup recorded it beside the store (admin; issue 15).
    virtual Result<store::BackupRecord> last_backup(const staff::StaffUser& by) = 0;
};

}  // namespace siang::office
