// ApiClient's calls of the cases: the queue, a case, its workflow and the change counters
// (api_client.hpp; the endpoints are sync/staff_api.hpp's, their JSON sync/staff_wire_cases.hpp).
// The viewer arguments are not sent: the server reads through the session's own.
#include <utility>

#include "office/console/api_client.hpp"
#include "sync/staff_api.hpp"
#include "sync/staff_wire_cases.hpp"

namespace siang::office {

namespace {

std::string case_path(const domain::CaseNumber& number, std::string_view action = {}) {
    std::string p = std::string(sync::path_staff_cases) + "/" + sync::path_form(number);
    if (!action.empty()) p.append("/").append(action);
    return p;
}

// A 200 whose body is not what the endpoint answers: the server is not one we speak to.
template <class T>
Result<T> decoded(Result<T> value) {
    if (!value) return fail(Errc::server_failed, "malformed answer");
    return value;
}

// The body of a change's answer ({"version"}); the number is not kept (the desk reads the case
// again, see staff_wire_cases.hpp).
Result<void> changed(Result<std::string> body) {
    if (!body) return std::unexpected(body.error());
    if (auto v = decoded(sync::decode_version(*body)); !v) return std::unexpected(v.error());
    return {};
}

}  // namespace

Result<store::Page> ApiClient::list(const store::Query& query, const store::Viewer&) {
    auto body = post(std::string(sync::path_staff_cases) + "/query", sync::encode(query));
    if (!body) return std::unexpected(body.error());
    return decoded(sync::decode_page(*body));
}

Result<store::CaseDetail> ApiClient::get_case(const domain::CaseNumber& number,
                                              const store::Viewer&) {
    auto body = get(case_path(number));
    if (!body) return std::unexpected(body.error());
    auto c = decoded(sync::decode_versioned_case(*body));
    if (!c) return std::unexpected(c.error());
    return std::move(c->detail);
}

Result<void> ApiClient::change_status(const domain::CaseNumber& number,
                                      const domain::StatusChange& change, const store::Viewer&,
                                      std::optional<std::int64_t> expected_version) {
    // Who and when are the server's: the session's user, the server's clock.
    return changed(post(case_path(number, "status"), sync::encode(sync::StatusChangeRequest{
                                                         expected_version, change.to, change.note,
                                                         change.public_reply, change.reason})));
}

Result<void> ApiClient::add_note(const domain::CaseNumber& number, const store::Viewer&,
                                 std::string_view text,
                                 std::optional<std::int64_t> expected_version) {
    return changed(post(case_path(number, "notes"),
                        sync::encode(sync::NoteRequest{expected_version, std::string(text)})));
}

Result<void> ApiClient::assign_division(const domain::CaseNumber& number, std::string_view division,
                                        const store::Viewer&,
                                        std::optional<std::int64_t> expected_version) {
    return changed(
        post(case_path(number, "division"),
             sync::encode(sync::DivisionRequest{expected_version, std::string(division)})));
}

Result<domain::TrackingCode> ApiClient::reissue_code(const domain::CaseNumber& number,
                                                     const store::Viewer&,
                                                     std::optional<std::int64_t> expected_version) {
    auto body = post(case_path(number, "reissue"), sync::encode_reissue_request(expected_version));
    if (!body) return std::unexpected(body.error());
    auto r = decoded(sync::decode_reissued(*body));
    if (!r) return std::unexpected(r.error());
    return r->code;
}

Result<std::int64_t> ApiClient::case_changes() {
    if (auto cached = live_case_changes()) return *cached;  // the live events' (no request)
    auto body = get(sync::path_staff_changes);
    if (!body) return std::unexpected(body.error());
    return decoded(sync::decode_changes(*body));
}

Result<std::int64_t> ApiClient::case_changes(const domain::CaseNumber& number,
                                             const store::Viewer&) {
    auto body = get(std::string(sync::path_staff_changes) + "?" +
                    std::string(sync::changes_case_arg) + "=" + sync::path_form(number));
    if (!body) return std::unexpected(body.error());
    return decoded(sync::decode_changes(*body));
}

}  // namespace siang::office
