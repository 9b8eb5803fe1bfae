// ApiClient: the pinned HTTPS link to siang-server and the staff session over it.
#include "office/console/api_client.hpp"

#include <utility>

#include "sync/enrolment_link.hpp"
#include "sync/office_api.hpp"
#include "sync/staff_api.hpp"

namespace siang::office {

namespace {

domain::TimePoint now_s() {
    return std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
}

bool network_error(Errc code) {
    return code == Errc::server_unreachable || code == Errc::server_untrusted;
}

}  // namespace

Result<std::unique_ptr<ApiClient>> ApiClient::connect(const ServerAddress& server) {
    auto pin = sync::normalize_fingerprint(server.fingerprint);
    if (!pin) return fail(Errc::invalid_argument, "fingerprint");
    auto http = net::HttpClient::make({.base_url = server.url, .fingerprint = *pin});
    if (!http) return std::unexpected(http.error());
    // The live events' own connection: a long poll holds it up to staff_event_wait.
    auto events = net::HttpClient::make(
        {.base_url = server.url,
         .fingerprint = *pin,
         .request_timeout = std::chrono::duration_cast<std::chrono::milliseconds>(
             sync::staff_event_wait + std::chrono::seconds{10})});
    if (!events) return std::unexpected(events.error());
    return std::unique_ptr<ApiClient>(new ApiClient(std::move(*http), std::move(*events)));
}

Result<std::string> ApiClient::answer(Result<net::HttpReply> reply) {
    link_seen_ = std::chrono::steady_clock::now();
    if (!reply) {
        if (network_error(reply.error().code)) {
            if (link_.connected) link_.lost_since = now_s();
            link_.connected = false;
            link_.last_error = reply.error();
        }
        return std::unexpected(reply.error());
    }
    link_ = {};
    if (reply->status == 200) return std::move(reply->body);
    Error e = sync::decode_error(reply->body, reply->status);
    if (e.code == Errc::session_expired) {
        token_.clear();
        user_.reset();
    }
    return std::unexpected(std::move(e));
}

Result<std::string> ApiClient::get(std::string_view path) {
    if (token_.empty()) return fail(Errc::session_expired);
    return answer(http_.get(path, {{"Authorization", "Bearer " + token_}}));
}

Result<std::string> ApiClient::post(std::string_view path, std::string_view body) {
    if (token_.empty()) return fail(Errc::session_expired);
    return answer(http_.post(path, body,
                             {{"Authorization", "Bearer " + token_},
                              {"Content-Type", "application/json"}}));
}

Result<staff::StaffUser> ApiClient::authenticate(std::string_view username,
                                                 std::string_view password, std::string_view) {
    auto body = answer(http_.post(
        sync::path_staff_login,
        sync::encode(sync::LoginRequest{std::string(username), std::string(password)}),
        {{"Content-Type", "application/json"}}));
    if (!body) return std::unexpected(body.error());
    auto login = sync::decode_login(*body);
    if (!login) return fail(Errc::server_failed, "malformed answer");
    stop_live();
    token_ = std::move(login->token);
    user_ = login->user;
    start_live();
    return std::move(login->user);
}

Result<void> ApiClient::logout() {
    if (token_.empty()) return {};
    auto body = post(sync::path_staff_logout, "{}");  // the server wakes the long poll
    stop_live();
    token_.clear();
    user_.reset();
    if (!body && body.error().code != Errc::session_expired) return std::unexpected(body.error());
    return {};
}


}  // namespace siang::office
