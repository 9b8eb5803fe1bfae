// An "ADDR:PORT" a listener binds to ("127.0.0.1:8443", "[::1]:8443"), parsed in one place for
// the configuration file and siang-server's command line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace siang::config {

struct ListenAddress {
    std::string host;  // a numeric IPv4 or IPv6 address, without brackets
    int port = 0;      // 0: any free port (tests)

    // "127.0.0.1:8443" or "[::1]:8443".
    std::string to_string() const;
    bool operator==(const ListenAddress&) const = default;
};

// The address and port of "IPv4:PORT" or "[IPv6]:PORT" (port 0-65535, decimal); nullopt for
// anything else, host names included (a listener binds to an address, never a name to resolve).
std::optional<ListenAddress> parse_listen_address(std::string_view text);

// The office API's URL as a kiosk on the same box reaches a listener at `where`: "https://HOST:PORT"
// with loopback for an address that listens on every interface (kiosks elsewhere need the LAN
// address: `siang kiosk add --url`). One rule for `siang kiosk add` (from the configuration's
// listen address) and siang-server's enrolment offers (from the address it bound).
std::string office_url(const ListenAddress& where);

}  // namespace siang::config
