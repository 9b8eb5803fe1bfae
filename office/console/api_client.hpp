// The console's client over the office API (SPEC §9; issue 12): siang-office on any office PC.
// One class, its calls kept by area: api_client.cpp (the link and the session),
// api_client_cases.cpp, api_client_reports.cpp (help, statistics, exports, audit, live events),
// api_client_admin.cpp (users, kiosks).
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "net/http_client.hpp"
#include "office/console/office_client.hpp"

namespace siang::office {

// Where the office server is and the certificate to expect there.
struct ServerAddress {
    std::string url;          // "https://127.0.0.1:8443"
    std::string fingerprint;  // SHA-256 of its certificate, 64 hex digits (any case, colons allowed)
};

// Not thread-safe: the console's UI thread makes every call. The live events run on one thread
// of the client's own, with a connection of its own, while a session is open: a long poll of
// GET /api/v1/staff/events that keeps the change counter and the open help requests, so
// case_changes() and open_help_requests() answer from it without a request, and calls the
// set_wake callback when something arrived or the link went or came back.
class ApiClient final : public OfficeClient {
  public:
    // Errors: invalid_argument (a URL or fingerprint that is not one). Nothing is sent yet.
    static Result<std::unique_ptr<ApiClient>> connect(const ServerAddress& server);
    ~ApiClient() override;

    // Logs in at the server (argon2id there; `source` is ignored: the server takes the address
    // it sees). The session lasts until logout() or sync::staff_session_idle without a call.
    Result<staff::StaffUser> authenticate(std::string_view username, std::string_view password,
                                          std::string_view source) override;
    Result<void> logout() override;
    LinkState link_state() override;
    void set_wake(std::function<void()> wake) override;
    // The user of the session this client holds, if any.
    const std::optional<staff::StaffUser>& session_user() const { return user_; }

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

    Result<std::vector<store::KioskRecord>> list_kiosks(const staff::StaffUser& by) override;
    Result<KioskEnrolmentOffer> add_kiosk(const staff::StaffUser& by,
                                          std::string_view name) override;
    Result<void> revoke_kiosk(const staff::StaffUser& by, std::string_view name) override;
    Result<store::BackupRecord> last_backup(const staff::StaffUser& by) override;
    Result<std::vector<store::QuarantinedFiling>> quarantined_filings(
        const staff::StaffUser& by) override;

  private:
    struct Live;  // the live events' thread and what it keeps (api_client_reports.cpp)
    ApiClient(net::HttpClient http, net::HttpClient events_http);

    // One request with the session's token. The answer's body on 200; otherwise the server's
    // error (sync::decode_error), or the network's. A session_expired answer forgets the
    // session; a network error marks the link lost (link_state) until a request gets through.
    Result<std::string> get(std::string_view path);
    Result<std::string> post(std::string_view path, std::string_view body);
    Result<std::string> answer(Result<net::HttpReply> reply);

    // The live events (api_client_reports.cpp): start with the session's token (after a login),
    // stop and join (at logout and in the destructor; bounded: a logout wakes the server's long
    // polls, and libcurl's timeout bounds the rest). The counter and help requests the thread
    // last received, when it is connected and has received any.
    void start_live();
    void stop_live();
    std::optional<std::int64_t> live_case_changes() const;
    std::optional<std::vector<store::HelpRequest>> live_help_requests() const;

    net::HttpClient http_;
    std::string token_;
    std::optional<staff::StaffUser> user_;
    LinkState link_;
    std::chrono::steady_clock::time_point link_seen_{};  // when link_ was last observed
    std::unique_ptr<Live> live_;
};

}  // namespace siang::office
