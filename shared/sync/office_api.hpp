// The office API's wire format (SPEC §9), written once for siang-server and its clients: the
// paths, the JSON of each request and answer, the HTTP status of each error. Every body is a
// JSON object in UTF-8; clients authenticate with "Authorization: Bearer <device token>".
//
//   POST /api/v1/enrol      no token. {"enrolment_code"} → 200 {"kiosk","token"}
//                           403 enrolment_refused · 429 rate_limited (Retry-After)
//   POST /api/v1/filings    a Filing (encode_filing) → 200 FilingAck, also for a resend of the
//                           same bytes · 409 filing_conflict (same uuid, other content:
//                           quarantined at the server) · 422 a draft the server refuses (field
//                           errors) · 503 store_busy/store_full/store_failed (try again)
//   POST /api/v1/track      {"tracking_code"} → 200 PublicStatus · 404 unknown_code ·
//                           422 malformed_code/bad_check_digit · 429 rate_limited
//   POST /api/v1/help       {"screen"} → 200 {"id"}
//   GET  /api/v1/help/{id}  → 200 {"acknowledged": bool} · 404 not_found
//   POST /api/v1/heartbeat  {"pending","quarantined"} (the kiosk's backlog) → 200 {}
//   any                     401 device_refused (no, unknown, forged or revoked token) ·
//                           400 invalid_input (not JSON, unknown key, wrong type) ·
//                           413 input_too_large · 411/415 chunked or compressed bodies
//
// An error answer is {"error": {"code": NAME, "detail"?, "field"?, "count"?, "limit"?, "from"?,
// "to"?}} (error_facts in core/error.hpp); the client turns it back into the same Error.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/case_number.hpp"
#include "domain/submission.hpp"
#include "domain/thai_calendar.hpp"
#include "domain/tracking_code.hpp"
#include "store/case_views.hpp"

namespace siang::sync {

inline constexpr std::string_view path_enrol = "/api/v1/enrol";
inline constexpr std::string_view path_filings = "/api/v1/filings";
inline constexpr std::string_view path_track = "/api/v1/track";
inline constexpr std::string_view path_help = "/api/v1/help";  // GET path_help + "/" + id
inline constexpr std::string_view path_heartbeat = "/api/v1/heartbeat";

// The largest request body the office API takes: a filing at every limit, escaped as wastefully
// as JSON allows, fits several times over.
inline constexpr std::size_t max_request_bytes = std::size_t{256} << 10;

// --- enrolment ---------------------------------------------------------------------------------

struct EnrolRequest {
    std::string enrolment_code;
};
struct EnrolReply {
    std::string kiosk;  // the name the administrator gave (`siang kiosk add NAME`)
    std::string token;  // the device credential: 64 lower-case hex digits (256 random bits)
};

// --- filing --------------------------------------------------------------------------------------

// A filing as it travels, frozen at the kiosk when the citizen confirmed it.
struct Filing {
    std::string uuid;              // RFC 4122 version 4, lower case, minted at the kiosk
    domain::TimePoint filed_at{};  // the kiosk's clock when the citizen filed
    domain::TrackingCode code;     // in clear only inside TLS; the server keeps its keyed hash
    domain::Draft draft;           // validated at the kiosk; the server validates it again
};

// The server's acknowledgement: the filing is durable in the office store.
struct FilingAck {
    std::string uuid;
    domain::CaseNumber case_number;
    std::chrono::year_month_day due_date{};
};

// --- errors and statuses ---------------------------------------------------------------------

// The HTTP status an error is sent with (the table above; 500 for internal and anything else).
int http_status(Errc code);
// Whether a filing refused with `code` can never be accepted as it is (conflict, a draft the
// server's rules refuse): the outbox quarantines it and goes on. Everything else (network,
// busy, full, rate-limited, server failures) is retried with the same bytes.
bool refused_for_good(Errc code);

// --- encoding ----------------------------------------------------------------------------------
// encode_* write compact JSON with keys in a fixed order, so the same value gives the same bytes.
// decode_* are strict: not an object, a NUL byte, a key twice, an unknown or missing key, or a
// value of the wrong type is invalid_input (detail: "not_object", "unknown_key", "missing_key",
// "not_string"…, field: the key) or json_nul_byte / json_duplicate_key; text that is not UTF-8 is
// invalid_utf8. They never check a draft against the directory: validate_draft does that.

std::string encode(const EnrolRequest& r);
Result<EnrolRequest> decode_enrol_request(std::string_view body);
std::string encode(const EnrolReply& r);
Result<EnrolReply> decode_enrol_reply(std::string_view body);

// The bytes an outbox stores and sends, unchanged on every resend.
std::string encode(const Filing& f);
Result<Filing> decode_filing(std::string_view body);
std::string encode(const FilingAck& a);
Result<FilingAck> decode_filing_ack(std::string_view body);

// {"tracking_code": "123456789012"}
std::string encode_track_request(const domain::TrackingCode& code);
Result<domain::TrackingCode> decode_track_request(std::string_view body);
// A PublicStatus: kind, service, division, filed_at, due_date, status, timeline, public_reply
// (what `siang status --json` prints).
std::string encode(const store::PublicStatus& s);
Result<store::PublicStatus> decode_public_status(std::string_view body);

// {"screen": "review"} → {"id": 12}; {"acknowledged": true}
std::string encode_help_request(std::string_view screen);
Result<std::string> decode_help_request(std::string_view body);
std::string encode_help_id(std::int64_t id);
Result<std::int64_t> decode_help_id(std::string_view body);
std::string encode_help_state(bool acknowledged);
Result<bool> decode_help_state(std::string_view body);

// {"pending": 3, "quarantined": 0}
struct Backlog {
    std::int64_t pending = 0;
    std::int64_t quarantined = 0;
};
std::string encode(const Backlog& b);
Result<Backlog> decode_backlog(std::string_view body);

// {"error": {...}} from error_facts, and back. decode_error on a body that is not such an
// object gives server_failed (detail: the HTTP status) so a client always has an Error.
std::string encode_error(const Error& e);
Error decode_error(std::string_view body, long http_status);

}  // namespace siang::sync
