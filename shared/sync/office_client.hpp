// OfficeLink over HTTPS (net::HttpClient, the server's certificate pinned), and enrolment.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "net/http_client.hpp"
#include "sync/office_link.hpp"
#include "sync/outbox.hpp"

namespace siang::sync {

// How long a link waits (net::ClientOptions): the kiosk's uploader the defaults, the CLI's
// one upload attempt after `siang outbox submit` less.
struct LinkTimeouts {
    std::chrono::milliseconds connect{3000};
    std::chrono::milliseconds request{10000};
};

class OfficeClient final : public OfficeLink {
  public:
    // Errors as net::HttpClient::make. Nothing is sent before the first call.
    static Result<std::unique_ptr<OfficeClient>> connect(const DeviceCredential& credential,
                                                         LinkTimeouts timeouts = {});

    Result<FilingAck> send_filing(std::string_view body) override;
    Result<store::PublicStatus> track(const domain::TrackingCode& code) override;
    Result<std::int64_t> call_help(std::string_view screen) override;
    Result<bool> help_acknowledged(std::int64_t id) override;
    Result<void> report_backlog(const Backlog& backlog) override;
    Result<KioskBoard> board() override;

  private:
    OfficeClient(net::HttpClient http, std::string token);
    std::vector<net::Header> headers() const;  // the bearer token and the JSON content type
    net::HttpClient http_;
    std::string token_;
};

// Exchanges a one-time enrolment code at `url` (the server pinned to `fingerprint` from the
// first byte) for this device's credential. Errors: enrolment_refused, rate_limited,
// server_untrusted, server_unreachable, server_failed.
Result<DeviceCredential> enrol(const std::string& url, const std::string& fingerprint,
                               const std::string& enrolment_code);

}  // namespace siang::sync
