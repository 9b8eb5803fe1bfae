// Parsing "ADDR:PORT" with the C library's own address parser, so what passes here binds.
#include "config/listen_address.hpp"

#include <arpa/inet.h>

#include <charconv>

namespace siang::config {

std::string ListenAddress::to_string() const {
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::optional<ListenAddress> parse_listen_address(std::string_view text) {
    std::string_view host, port;
    if (text.starts_with('[')) {
        const auto close = text.find("]:");
        if (close == std::string_view::npos) return std::nullopt;
        host = text.substr(1, close - 1);
        port = text.substr(close + 2);
        in6_addr a6{};
        if (::inet_pton(AF_INET6, std::string(host).c_str(), &a6) != 1) return std::nullopt;
    } else {
        const auto colon = text.rfind(':');
        if (colon == std::string_view::npos) return std::nullopt;
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
        in_addr a4{};
        if (::inet_pton(AF_INET, std::string(host).c_str(), &a4) != 1) return std::nullopt;
    }
    if (port.empty() || port.size() > 5) return std::nullopt;
    int n = -1;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), n);
    if (ec != std::errc{} || end != port.data() + port.size() || n < 0 || n > 65535)
        return std::nullopt;
    return ListenAddress{std::string(host), n};
}

std::string office_url(const ListenAddress& where) {
    std::string host = where.host;
    if (host == "0.0.0.0") host = "127.0.0.1";
    if (host == "::") host = "::1";
    if (host.find(':') != std::string::npos) host = "[" + host + "]";
    return "https://" + host + ":" + std::to_string(where.port);
}

}  // namespace siang::config
