// The console's server and its pin: chosen, remembered in a 0600 file, confirmed once.
#include "office/console/server_trust.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "config/listen_address.hpp"
#include "net/http_client.hpp"
#include "net/server_identity.hpp"
#include "store/store_files.hpp"
#include "sync/enrolment_link.hpp"

namespace siang::office {

namespace fs = std::filesystem;

std::string group_fingerprint(std::string_view fingerprint, int per_line) {
    std::string out;
    int digits = 0;
    for (char c : fingerprint) {
        if (std::isxdigit(static_cast<unsigned char>(c)) == 0) continue;
        if (digits > 0 && digits % 4 == 0)
            out += (per_line > 0 && digits % (4 * per_line) == 0) ? '\n' : ' ';
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        ++digits;
    }
    return out;
}

KnownServers KnownServers::for_user() {
    fs::path base;
    if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x)
        base = x;
    else if (const char* h = std::getenv("HOME"); h && *h)
        base = fs::path(h) / ".config";
    else
        base = ".";
    return KnownServers(base / "siang" / "office-servers");
}

std::optional<std::string> KnownServers::find(std::string_view url) const {
    std::ifstream in(file_);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string u, fp;
        if (fields >> u >> fp && u == url) return sync::normalize_fingerprint(fp);
    }
    return std::nullopt;
}

Result<void> KnownServers::remember(std::string_view url, std::string_view fingerprint) const {
    if (find(url)) return fail(Errc::invalid_argument, "already_pinned");
    auto pin = sync::normalize_fingerprint(fingerprint);
    if (!pin) return fail(Errc::invalid_argument, "fingerprint");
    std::error_code ec;
    fs::create_directories(file_.parent_path(), ec);
    // 0600 from its creation: which servers this desk trusts is nobody else's to change.
    const int fd = ::open(file_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) return fail(Errc::io_error, file_.string());
    ::fchmod(fd, 0600);
    const std::string line = std::string(url) + " " + *pin + "\n";
    const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!written || !synced) return fail(Errc::io_error, file_.string());
    return {};
}

namespace {

// https://<listen> of this machine; a wildcard address is reached on loopback.
std::string local_server_url(const config::Config& cfg) {
    auto listen = config::parse_listen_address(cfg.server.listen);
    if (!listen) return "https://127.0.0.1:8443";
    if (listen->host == "0.0.0.0") listen->host = "127.0.0.1";
    if (listen->host == "::") listen->host = "::1";
    return "https://" + listen->to_string();
}

// The certificate beside the store, when this user may read it (the key is not needed).
std::optional<std::string> local_certificate_fingerprint(const std::string& store_path) {
    if (store_path.empty()) return std::nullopt;
    std::ifstream in(store::server_cert_path(store_path), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream pem;
    pem << in.rdbuf();
    auto fp = net::certificate_fingerprint(pem.str());
    if (!fp) return std::nullopt;
    return std::move(*fp);
}

}  // namespace

Result<ServerChoice> choose_server(const std::optional<std::string>& url_option,
                                   const std::optional<std::string>& fingerprint_option,
                                   const config::Config& cfg, const std::string& store_path,
                                   const KnownServers& known) {
    ServerChoice c;
    const std::string given_fp = fingerprint_option.value_or(cfg.office.server_fingerprint);
    const bool local = !url_option && cfg.office.server.empty();
    c.url = url_option ? *url_option : local ? local_server_url(cfg) : cfg.office.server;
    while (c.url.ends_with('/')) c.url.pop_back();
    if (!given_fp.empty()) {
        auto pin = sync::normalize_fingerprint(given_fp);
        if (!pin) return fail(Errc::invalid_argument, "fingerprint");
        c.fingerprint = *pin;
        c.pin = ServerChoice::Pin::given;
        return c;
    }
    if (local) {
        if (auto fp = local_certificate_fingerprint(store_path)) {
            c.fingerprint = *fp;
            c.pin = ServerChoice::Pin::server_box;
            return c;
        }
    }
    if (auto fp = known.find(c.url)) {
        c.fingerprint = *fp;
        c.pin = ServerChoice::Pin::remembered;
    }
    return c;
}

Result<std::string> presented_fingerprint(const std::string& url) {
    auto http = net::HttpClient::make({.base_url = url, .fingerprint = std::string(64, '0')});
    if (!http) return std::unexpected(http.error());
    auto reply = http->get("/healthz");
    if (!reply && reply.error().code == Errc::server_untrusted) {
        if (auto fp = sync::normalize_fingerprint(reply.error().detail)) return *fp;
        return fail(Errc::server_failed, "fingerprint");
    }
    if (!reply) return std::unexpected(reply.error());
    // A certificate whose SHA-256 is all zeros: no server presents one.
    return fail(Errc::server_untrusted, std::string(64, '0'));
}

void FirstConnection::probe() {
    auto fp = presented_fingerprint(url_);
    if (!fp) {
        error_ = fp.error();
        phase_ = Phase::unreachable;
        return;
    }
    presented_ = std::move(*fp);
    error_.reset();
    phase_ = Phase::asking;
}

Result<ServerAddress> FirstConnection::confirm() {
    if (presented_.empty()) return fail(Errc::invalid_argument, "not_probed");
    if (auto r = known_.remember(url_, presented_); !r) return std::unexpected(r.error());
    phase_ = Phase::confirmed;
    return ServerAddress{url_, presented_};
}

}  // namespace siang::office
