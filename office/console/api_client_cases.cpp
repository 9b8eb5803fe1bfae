// ApiClient's calls of the cases: the queue, a case, its workflow (api_client.hpp). Not built yet: each answers internal
// "not_implemented" until its endpoints exist (issue 12).
#include "office/console/api_client.hpp"

namespace siang::office {

namespace {

std::unexpected<Error> not_yet() {
    return fail(Errc::internal, "not_implemented");
}

}  // namespace

Result<store::Page> ApiClient::list(const store::Query&, const store::Viewer&) {
    return not_yet();
}

Result<store::CaseDetail> ApiClient::get_case(const domain::CaseNumber&, const store::Viewer&) {
    return not_yet();
}

Result<void> ApiClient::change_status(const domain::CaseNumber&, const domain::StatusChange&,
                                      const store::Viewer&) {
    return not_yet();
}

Result<void> ApiClient::add_note(const domain::CaseNumber&, const store::Viewer&, std::string_view) {
    return not_yet();
}

Result<void> ApiClient::assign_division(const domain::CaseNumber&, std::string_view,
                                        const store::Viewer&) {
    return not_yet();
}

Result<domain::TrackingCode> ApiClient::reissue_code(const domain::CaseNumber&, const store::Viewer&) {
    return not_yet();
}

Result<std::int64_t> ApiClient::case_changes() {
    if (auto cached = live_case_changes()) return *cached;  // the live events' (no request)
    return not_yet();
}

Result<std::int64_t> ApiClient::case_changes(const domain::CaseNumber&, const store::Viewer&) {
    return not_yet();
}

}  // namespace siang::office
