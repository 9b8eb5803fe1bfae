// The office API spoken over the pinned HTTPS client: one method per request, errors as values.
#include "sync/office_client.hpp"

#include <algorithm>
#include <utility>

#include "sync/enrolment_link.hpp"
#include "sync/staff_api.hpp"

namespace siang::sync {

namespace {

// A reply that is not 200 carries the server's error (decode_error); a 200 whose body does not
// decode is the server failing, never the caller's input.
template <class T, class Decode>
Result<T> answer_of(Result<net::HttpReply> reply, Decode&& decode) {
    if (!reply) return std::unexpected(reply.error());
    if (reply->status != 200) return std::unexpected(decode_error(reply->body, reply->status));
    auto value = decode(reply->body);
    if (!value) return fail(Errc::server_failed, "malformed answer");
    return std::move(*value);
}

Result<net::HttpClient> make_http(const std::string& url, const std::string& fingerprint,
                                  LinkTimeouts timeouts) {
    auto pin = normalize_fingerprint(fingerprint);
    if (!pin) return fail(Errc::invalid_argument, "fingerprint");
    return net::HttpClient::make({.base_url = url,
                                  .fingerprint = *pin,
                                  .connect_timeout = timeouts.connect,
                                  .request_timeout = timeouts.request});
}

}  // namespace

Result<std::unique_ptr<OfficeClient>> OfficeClient::connect(const DeviceCredential& credential,
                                                            LinkTimeouts timeouts) {
    if (!is_token(credential.token)) return fail(Errc::not_enrolled, credential.kiosk);
    auto http = make_http(credential.url, credential.fingerprint, timeouts);
    if (!http) return std::unexpected(http.error());
    return std::unique_ptr<OfficeClient>(new OfficeClient(std::move(*http), credential.token));
}

OfficeClient::OfficeClient(net::HttpClient http, std::string token)
    : http_(std::move(http)), token_(std::move(token)) {}

Result<FilingAck> OfficeClient::send_filing(std::string_view body) {
    return answer_of<FilingAck>(http_.post(path_filings, body, headers()), decode_filing_ack);
}

Result<store::PublicStatus> OfficeClient::track(const domain::TrackingCode& code) {
    return answer_of<store::PublicStatus>(
        http_.post(path_track, encode_track_request(code), headers()), decode_public_status);
}

Result<std::int64_t> OfficeClient::call_help(std::string_view screen) {
    return answer_of<std::int64_t>(http_.post(path_help, encode_help_request(screen), headers()),
                                   decode_help_id);
}

Result<bool> OfficeClient::help_acknowledged(std::int64_t id) {
    return answer_of<bool>(http_.get(std::string(path_help) + "/" + std::to_string(id), headers()),
                           decode_help_state);
}

Result<void> OfficeClient::report_backlog(const Backlog& backlog) {
    auto reply = http_.post(path_heartbeat, encode(backlog), headers());
    if (!reply) return std::unexpected(reply.error());
    if (reply->status != 200) return std::unexpected(decode_error(reply->body, reply->status));
    return {};
}

Result<KioskBoard> OfficeClient::board() {
    return answer_of<KioskBoard>(http_.get(std::string(path_kiosk_board), headers()),
                                 decode_kiosk_board);
}

std::vector<net::Header> OfficeClient::headers() const {
    return {{"Authorization", "Bearer " + token_}, {"Content-Type", "application/json"}};
}

Result<DeviceCredential> enrol(const std::string& url, const std::string& fingerprint,
                               const std::string& enrolment_code) {
    auto http = make_http(url, fingerprint, {});
    if (!http) return std::unexpected(http.error());
    auto reply = answer_of<EnrolReply>(http->post(path_enrol, encode(EnrolRequest{enrolment_code}),
                                                  {{"Content-Type", "application/json"}}),
                                       decode_enrol_reply);
    if (!reply) return std::unexpected(reply.error());
    if (!is_token(reply->token)) return fail(Errc::server_failed, "malformed answer");
    return DeviceCredential{.url = url,
                            .fingerprint = *normalize_fingerprint(fingerprint),
                            .kiosk = std::move(reply->kiosk),
                            .token = std::move(reply->token)};
}

}  // namespace siang::sync
