// An HTTPS client for the office API over libcurl: one kept-alive connection, the server's
// certificate pinned by its SHA-256 fingerprint (SPEC §9: no CA, no PKI). Nothing else in the
// project knows libcurl.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace siang::net {

struct ClientOptions {
    std::string base_url;     // "https://192.168.1.10:8443" (no trailing slash)
    std::string fingerprint;  // SHA-256 of the server certificate's DER, 64 lower-case hex digits
    std::chrono::milliseconds connect_timeout{3000};
    std::chrono::milliseconds request_timeout{10000};  // the whole exchange
};

struct HttpReply {
    long status = 0;
    std::string body;
    std::map<std::string, std::string> headers;  // names in lower case
};

using Header = std::pair<std::string, std::string>;

// Not thread-safe: one client per thread. Movable, not copyable.
class HttpClient {
  public:
    // Errors: invalid_argument (a URL that is not https://host:port, a fingerprint that is not 64
    // hex digits), internal (libcurl could not start).
    static Result<HttpClient> make(ClientOptions options);

    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;
    ~HttpClient();

    // Sends one request over the kept-alive connection (reconnecting when it was closed) and
    // returns whatever HTTP status the server answered; a status is never an error here.
    // Errors: server_untrusted (the certificate is not the pinned one; detail: the fingerprint
    // it showed; nothing was sent), server_unreachable (refused, timed out, cut before a whole
    // answer arrived; detail: host:port).
    Result<HttpReply> post(std::string_view path, std::string_view body,
                           const std::vector<Header>& headers = {});
    Result<HttpReply> get(std::string_view path, const std::vector<Header>& headers = {});

  private:
    struct Impl;
    explicit HttpClient(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace siang::net
