// One HTTP request as a handler sees it: parsed, size-checked and complete. The libmicrohttpd
// adapter (http_server.cpp) makes these; nothing else in the server knows libmicrohttpd.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace siang::server::http {

struct Request {
    std::string method;                         // "GET", "POST"
    std::string path;                           // "/api/v1/filings", without the query
    std::map<std::string, std::string> params;  // captures of the route pattern ("{id}" → "id")
    std::map<std::string, std::string> query;   // decoded query arguments
    std::map<std::string, std::string> headers;  // names in lower case
    std::string body;                            // at most the listener's body limit
    std::string peer;                            // the client's address, "127.0.0.1" or "::1"

    // The header's value, or nullopt. `name` in lower case.
    std::optional<std::string_view> header(std::string_view name) const {
        auto it = headers.find(std::string(name));
        if (it == headers.end()) return std::nullopt;
        return it->second;
    }
    // The token of "Authorization: Bearer TOKEN", or nullopt.
    std::optional<std::string_view> bearer_token() const {
        auto h = header("authorization");
        if (!h || !h->starts_with("Bearer ")) return std::nullopt;
        return h->substr(7);
    }
};

}  // namespace siang::server::http
