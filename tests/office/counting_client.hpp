// An OfficeClient that counts the calls made through it, over a real StoreClient: the tests
// check that drawing a view calls nothing. With `failing` set every call answers that error
// instead, and a network one shows as a lost link: the server-down tests over a store.
#pragma once

#include <optional>

#include "office/console/store_client.hpp"

namespace siang::office::testing {

class CountingClient final : public OfficeClient {
  public:
    explicit CountingClient(store::Store& store) : inner_(store) {}
    int calls = 0;
    std::optional<Error> failing;

    LinkState link_state() override {
        if (!failing || failing->code != Errc::server_unreachable) return {};
        return {false, domain::TimePoint{}, failing};
    }

    Result<staff::StaffUser> authenticate(std::string_view username, std::string_view new_password,
                                          std::string_view source) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.authenticate(username, new_password, source);
    }
    Result<store::UserRecord> find_user(std::string_view username) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.find_user(username);
    }
    Result<std::vector<store::UserRecord>> list_users(const staff::StaffUser& by) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.list_users(by);
    }
    Result<void> add_user(const staff::StaffUser& by, const staff::StaffUser& user,
                          std::string_view new_password) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.add_user(by, user, new_password);
    }
    Result<void> disable_user(const staff::StaffUser& by, std::string_view username) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.disable_user(by, username);
    }
    Result<void> set_password(const staff::StaffUser& by, std::string_view username,
                              std::string_view new_password) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.set_password(by, username, new_password);
    }
    Result<store::Page> list(const store::Query& query, const store::Viewer& viewer) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.list(query, viewer);
    }
    Result<store::CaseDetail> get_case(const domain::CaseNumber& number,
                                       const store::Viewer& viewer) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.get_case(number, viewer);
    }
    Result<void> change_status(const domain::CaseNumber& number, const domain::StatusChange& change,
                               const store::Viewer& viewer,
                               std::optional<std::int64_t> expected_version) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.change_status(number, change, viewer, expected_version);
    }
    Result<void> add_note(const domain::CaseNumber& number, const store::Viewer& viewer,
                          std::string_view text, std::optional<std::int64_t> expected_version) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.add_note(number, viewer, text, expected_version);
    }
    Result<void> assign_division(const domain::CaseNumber& number, std::string_view division,
                                 const store::Viewer& viewer,
                                 std::optional<std::int64_t> expected_version) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.assign_division(number, division, viewer, expected_version);
    }
    Result<domain::TrackingCode> reissue_code(const domain::CaseNumber& number,
                                              const store::Viewer& viewer,
                                              std::optional<std::int64_t> expected_version) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.reissue_code(number, viewer, expected_version);
    }
    Result<std::int64_t> case_changes() override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.case_changes();
    }
    Result<std::int64_t> case_changes(const domain::CaseNumber& number,
                                      const store::Viewer& viewer) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.case_changes(number, viewer);
    }
    Result<std::vector<store::HelpRequest>> open_help_requests() override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.open_help_requests();
    }
    Result<void> acknowledge_help_request(std::int64_t id, std::string_view actor,
                                          domain::TimePoint at,
                                          std::string_view audit_detail) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.acknowledge_help_request(id, actor, at, audit_detail);
    }
    Result<std::int64_t> add_help_request(std::string_view kiosk_name) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.add_help_request(kiosk_name);
    }
    Result<reports::ItaReport> ita_report(const store::Viewer& viewer, int fy_be,
                                          const domain::Directory& dir,
                                          domain::TimePoint now) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.ita_report(viewer, fy_be, dir, now);
    }
    Result<void> export_ita_report(std::string_view actor, const reports::ItaReport& report,
                                   reports::ItaFormat format, const std::string& path,
                                   const reports::ItaExportText& text) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.export_ita_report(actor, report, format, path, text);
    }
    Result<std::int64_t> export_cases(std::string_view actor, const store::Viewer& viewer,
                                      const std::string& path, i18n::Lang lang,
                                      const domain::Directory& dir) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.export_cases(actor, viewer, path, lang, dir);
    }
    Result<store::AuditReport> verify_audit() override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.verify_audit();
    }
    Result<std::vector<store::AuditEntry>> audit_rows(std::int64_t offset, int limit) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.audit_rows(offset, limit);
    }
    Result<std::int64_t> audit_row_count() override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.audit_row_count();
    }
    Result<void> logout() override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.logout();
    }
    Result<std::vector<store::KioskRecord>> list_kiosks(const staff::StaffUser& by) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.list_kiosks(by);
    }
    Result<KioskEnrolmentOffer> add_kiosk(const staff::StaffUser& by,
                                          std::string_view name) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.add_kiosk(by, name);
    }
    Result<void> revoke_kiosk(const staff::StaffUser& by, std::string_view name) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.revoke_kiosk(by, name);
    }
    Result<std::vector<store::QuarantinedFiling>> quarantined_filings(
        const staff::StaffUser& by) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.quarantined_filings(by);
    }
    Result<store::BackupRecord> last_backup(const staff::StaffUser& by) override {
        ++calls;
        if (failing) return std::unexpected(*failing);
        return inner_.last_backup(by);
    }

  private:
    StoreClient inner_;
};

}  // namespace siang::office::testing
