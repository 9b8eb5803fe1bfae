// The console's client calls on the local store, one to one.
#include "office/console/store_client.hpp"

#include "reports/case_export.hpp"
#include "staff/role.hpp"

namespace siang::office {

Result<staff::StaffUser> StoreClient::authenticate(std::string_view username,
                                                   std::string_view password,
                                                   std::string_view source) {
    return staff::StaffAccounts(store_).authenticate(username, password, source);
}

Result<store::UserRecord> StoreClient::find_user(std::string_view username) {
    return store_.find_user(username);
}

Result<std::vector<store::UserRecord>> StoreClient::list_users(const staff::StaffUser& by) {
    return staff::StaffAccounts(store_).list(by);
}

Result<void> StoreClient::add_user(const staff::StaffUser& by, const staff::StaffUser& user,
                                   std::string_view password) {
    return staff::StaffAccounts(store_).add(by, user, password);
}

Result<void> StoreClient::disable_user(const staff::StaffUser& by, std::string_view username) {
    return staff::StaffAccounts(store_).disable(by, username);
}

Result<void> StoreClient::set_password(const staff::StaffUser& by, std::string_view username,
                                       std::string_view password) {
    return staff::StaffAccounts(store_).set_password(by, username, password);
}

Result<store::Page> StoreClient::list(const store::Query& query, const store::Viewer& viewer) {
    return store_.list(query, viewer);
}

Result<store::CaseDetail> StoreClient::get_case(const domain::CaseNumber& number,
                                                const store::Viewer& viewer) {
    return store_.get_case(number, viewer);
}

Result<void> StoreClient::change_status(const domain::CaseNumber& number,
                                        const domain::StatusChange& change,
                                        const store::Viewer& viewer,
                                        std::optional<std::int64_t> expected_version) {
    return store_.change_status(number, change, viewer, expected_version);
}

Result<void> StoreClient::add_note(const domain::CaseNumber& number, const store::Viewer& viewer,
                                   std::string_view text, std::optional<std::int64_t> expected_version) {
    return store_.add_note(number, viewer, text, {}, expected_version);
}

Result<void> StoreClient::assign_division(const domain::CaseNumber& number,
                                          std::string_view division, const store::Viewer& viewer,
                                          std::optional<std::int64_t> expected_version) {
    return store_.assign_division(number, division, viewer, expected_version);
}

Result<domain::TrackingCode> StoreClient::reissue_code(const domain::CaseNumber& number,
                                                       const store::Viewer& viewer,
                                                       std::optional<std::int64_t> expected_version) {
    return store_.reissue_code(number, viewer, expected_version);
}

Result<std::int64_t> StoreClient::case_changes() {
    return store_.case_changes();
}

Result<std::int64_t> StoreClient::case_changes(const domain::CaseNumber& number,
                                               const store::Viewer& viewer) {
    return store_.case_changes(number, viewer);
}

Result<std::vector<store::HelpRequest>> StoreClient::open_help_requests() {
    return store_.open_help_requests();
}

Result<void> StoreClient::acknowledge_help_request(std::int64_t id, std::string_view actor,
                                                   domain::TimePoint at,
                                                   std::string_view audit_detail) {
    return store_.acknowledge_help_request(id, actor, at, audit_detail);
}

Result<std::int64_t> StoreClient::add_help_request(std::string_view kiosk_name) {
    return store_.add_help_request(kiosk_name);
}

Result<reports::ItaReport> StoreClient::ita_report(const store::Viewer& viewer, int fy_be,
                                                   const domain::Directory& dir,
                                                   domain::TimePoint now) {
    return reports::load_ita_report(store_, viewer, fy_be, dir, now);
}

Result<void> StoreClient::export_ita_report(std::string_view actor,
                                            const reports::ItaReport& report,
                                            reports::ItaFormat format, const std::string& path,
                                            const reports::ItaExportText& text) {
    return reports::export_ita_report(store_, actor, report, format, path, text);
}

Result<std::int64_t> StoreClient::export_cases(std::string_view actor, const store::Viewer& viewer,
                                               const std::string& path, i18n::Lang lang,
                                               const domain::Directory& dir) {
    return reports::export_cases_csv(store_, viewer, actor, path, lang, dir);
}

Result<store::AuditReport> StoreClient::verify_audit() {
    return store_.verify_audit();
}

Result<std::vector<store::AuditEntry>> StoreClient::audit_rows(std::int64_t offset, int limit) {
    return store_.audit_rows(offset, limit);
}

Result<std::int64_t> StoreClient::audit_row_count() {
    return store_.audit_row_count();
}

namespace {

Result<void> admin_only(const staff::StaffUser& by) {
    if (!staff::may_administer_store(by.role)) return fail(Errc::permission_denied, "admin");
    return {};
}

domain::TimePoint now_s() {
    return std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
}

}  // namespace

Result<store::BackupRecord> StoreClient::last_backup(const staff::StaffUser& by) {
    if (auto ok = admin_only(by); !ok) return std::unexpected(ok.error());
    return store::read_backup_record(store::default_backup_dir(store_.path()),
                                     std::chrono::system_clock::now());
}

Result<std::vector<store::KioskRecord>> StoreClient::list_kiosks(const staff::StaffUser& by) {
    if (auto ok = admin_only(by); !ok) return std::unexpected(ok.error());
    return store_.list_kiosks();
}

Result<KioskEnrolmentOffer> StoreClient::add_kiosk(const staff::StaffUser& by,
                                                   std::string_view name) {
    if (auto ok = admin_only(by); !ok) return std::unexpected(ok.error());
    auto added = store_.add_kiosk_enrolment(name, now_s(), by.username);
    if (!added) return std::unexpected(added.error());
    return KioskEnrolmentOffer{.name = added->name,
                               .enrolment_code = added->code,
                               .url = {},
                               .fingerprint = {},
                               .expires_at = added->expires_at};
}

Result<void> StoreClient::revoke_kiosk(const staff::StaffUser& by, std::string_view name) {
    if (auto ok = admin_only(by); !ok) return std::unexpected(ok.error());
    return store_.revoke_kiosk(name, now_s(), by.username);
}

Result<std::vector<store::QuarantinedFiling>> StoreClient::quarantined_filings(
    const staff::StaffUser& by) {
    if (auto ok = admin_only(by); !ok) return std::unexpected(ok.error());
    return store_.list_quarantine();
}

}  // namespace siang::office
