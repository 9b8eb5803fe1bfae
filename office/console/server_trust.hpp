// Which office server the console talks to and which certificate it trusts there (SPEC §9,
// trust without a PKI; issue 12 item 2): given, the server box's own, remembered, or confirmed
// by the IT person at the first connection.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "config/config.hpp"
#include "core/error.hpp"
#include "office/console/api_client.hpp"

namespace siang::office {

// "3f9a 1b2c …": the 64 hex digits in lower case as `siang server init` prints them, in groups
// of four for a person to compare; `per_line` groups then a line break (0: one line).
std::string group_fingerprint(std::string_view fingerprint, int per_line = 0);

// The fingerprints this console has confirmed, one "URL FINGERPRINT" a line, in
// $XDG_CONFIG_HOME/siang/office-servers (else ~/.config/siang/office-servers), mode 0600.
class KnownServers {
  public:
    explicit KnownServers(std::filesystem::path file) : file_(std::move(file)) {}
    // The user's file (known_servers_file()).
    static KnownServers for_user();
    // The pin remembered for `url`; nullopt when none (or the file cannot be read).
    std::optional<std::string> find(std::string_view url) const;
    // Remembers `fingerprint` for a `url` that has none yet: a server already known is never
    // re-pinned here (invalid_argument "already_pinned"). Errors: io_error.
    Result<void> remember(std::string_view url, std::string_view fingerprint) const;
    const std::filesystem::path& file() const { return file_; }

  private:
    std::filesystem::path file_;
};

// Where the console goes and whom it trusts there.
struct ServerChoice {
    std::string url;
    std::string fingerprint;  // lower-case hex; empty: unknown, ask at the first connection
    enum class Pin { given, server_box, remembered, unknown } pin = Pin::unknown;
};

// The console's server: `--server`/`--fingerprint` first, then the [office] table; with neither,
// this machine's server (https://<[server] listen>, a wildcard listen reached on loopback)
// pinned to the certificate beside `store_path` when it can be read. Then the fingerprint
// remembered for that URL. Errors: invalid_argument (a fingerprint that is not 64 hex digits).
Result<ServerChoice> choose_server(const std::optional<std::string>& url_option,
                                   const std::optional<std::string>& fingerprint_option,
                                   const config::Config& cfg, const std::string& store_path,
                                   const KnownServers& known);

// The fingerprint the server at `url` presents, read by connecting with a pin nothing matches:
// the TLS handshake is refused before anything is sent. Errors: server_unreachable,
// invalid_argument (not an https://host:port URL).
Result<std::string> presented_fingerprint(const std::string& url);

// The first connection to a server whose certificate nobody has confirmed: the view shows
// presented() grouped and asks the IT person to compare it with what `siang server init`
// printed on the server; confirm() remembers it, refuse() leaves nothing remembered.
class FirstConnection {
  public:
    enum class Phase { asking, confirmed, refused, unreachable };
    FirstConnection(std::string url, KnownServers known)
        : url_(std::move(url)), known_(std::move(known)) {}
    // Reads the server's fingerprint (presented_fingerprint); unreachable on failure (error()).
    void probe();
    Phase phase() const { return phase_; }
    const std::string& url() const { return url_; }
    const std::string& presented() const { return presented_; }
    const std::optional<Error>& error() const { return error_; }
    // Remembers the fingerprint (KnownServers::remember) and answers the address to connect to.
    Result<ServerAddress> confirm();
    void refuse() { phase_ = Phase::refused; }
    // Screenshots only: asks about `fingerprint` as if the server had presented it.
    void preview(std::string fingerprint) {
        presented_ = std::move(fingerprint);
        phase_ = Phase::asking;
    }

  private:
    std::string url_;
    KnownServers known_;
    std::string presented_;
    Phase phase_ = Phase::asking;
    std::optional<Error> error_;
};

}  // namespace siang::office
