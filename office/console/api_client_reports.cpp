// ApiClient's calls of help requests, statistics, exports and the audit log (api_client.hpp). Not built yet: each answers internal
// "not_implemented" until its endpoints exist (issue 12).
#include "office/console/api_client.hpp"

namespace siang::office {

namespace {

std::unexpected<Error> not_yet() {
    return fail(Errc::internal, "not_implemented");
}

}  // namespace

Result<std::vector<store::HelpRequest>> ApiClient::open_help_requests() {
    return not_yet();
}

Result<void> ApiClient::acknowledge_help_request(std::int64_t, std::string_view, domain::TimePoint,
                                                 std::string_view) {
    return not_yet();
}

Result<std::int64_t> ApiClient::add_help_request(std::string_view) {
    return not_yet();
}

Result<reports::ItaReport> ApiClient::ita_report(const store::Viewer&, int, const domain::Directory&,
                                                 domain::TimePoint) {
    return not_yet();
}

Result<void> ApiClient::export_ita_report(std::string_view, const reports::ItaReport&, reports::ItaFormat,
                                          const std::string&, const reports::ItaExportText&) {
    return not_yet();
}

Result<store::AuditReport> ApiClient::verify_audit() {
    return not_yet();
}

Result<std::vector<store::AuditEntry>> ApiClient::audit_rows(std::int64_t, int) {
    return not_yet();
}

Result<std::int64_t> ApiClient::audit_row_count() {
    return not_yet();
}

}  // namespace siang::office
