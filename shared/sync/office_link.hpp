// The office server as the uploader and the kiosk's ports see it: one call per API request.
// OfficeClient (office_client.hpp) implements it over HTTPS; tests implement it in memory to
// script failures.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "store/case_views.hpp"
#include "sync/kiosk_board.hpp"
#include "sync/office_api.hpp"

namespace siang::sync {

struct OfficeLink {
    virtual ~OfficeLink() = default;
    // Sends a filing's frozen bytes. The ack, or the server's error (decode_error) or the
    // transport's (server_unreachable, server_untrusted).
    virtual Result<FilingAck> send_filing(std::string_view body) = 0;
    virtual Result<store::PublicStatus> track(const domain::TrackingCode& code) = 0;
    virtual Result<std::int64_t> call_help(std::string_view screen) = 0;
    virtual Result<bool> help_acknowledged(std::int64_t id) = 0;
    virtual Result<void> report_backlog(const Backlog& backlog) = 0;
    // The information board's counts (GET path_kiosk_board). Links that only upload (the
    // uploader's, the tests' in-memory ones) need not speak it: not_found by default.
    virtual Result<KioskBoard> board() { return fail(Errc::not_found, "board"); }
};

}  // namespace siang::sync
