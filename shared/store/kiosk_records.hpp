// What the store keeps about the office network (SPEC §9): enrolled kiosks, their enrolment codes,
// the filings they upload and the ones the server set aside.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "domain/case_number.hpp"
#include "domain/submission.hpp"
#include "domain/thai_calendar.hpp"
#include "domain/tracking_code.hpp"

namespace siang::store {

// How long an enrolment code from `siang kiosk add` can be redeemed.
inline constexpr std::chrono::hours enrolment_code_lifetime{24};

// A kiosk's clock may run ahead of the server's by this much before the server records the
// filing at its own time instead (store_filings.cpp, "Clocks").
inline constexpr std::chrono::minutes max_kiosk_clock_ahead{5};

// A new enrolment code, in clear only here (`siang kiosk add` prints it once).
struct KioskEnrolment {
    std::string name;
    std::string code;  // "XXXX-XXXX-XXXX-XXXX": 16 Crockford base32 characters, 80 random bits
    domain::TimePoint expires_at{};
};

// A redeemed enrolment: the device credential, in clear only here (the kiosk keeps it 0600).
struct EnrolledKiosk {
    std::string name;
    std::string token;  // 64 lower-case hex digits: 256 random bits
};

// The kiosk an authenticated request comes from.
struct KioskRef {
    std::int64_t id = 0;
    std::string name;
};

// One row of `siang kiosk list`.
struct KioskRecord {
    std::string name;
    domain::TimePoint created_at{};
    std::optional<domain::TimePoint> enrolled_at;   // nullopt: the code was not redeemed yet
    std::optional<domain::TimePoint> last_contact;  // nullopt: never heard from
    std::int64_t filings_received = 0;
    std::int64_t backlog_pending = 0;  // as the kiosk last reported it
    std::int64_t backlog_quarantined = 0;
    std::optional<domain::TimePoint> revoked_at;
    // Since when backlog_pending has been above 0 (the console's "backlogged" alert); nullopt
    // while it is 0.
    std::optional<domain::TimePoint> backlog_since;
    // Filings of this kiosk the server set aside (list_quarantine), beside the kiosk's own
    // count of what its outbox holds back (backlog_quarantined).
    std::int64_t quarantined_by_server = 0;
};

// A filing as the writer hands it to Store::accept_filings: decoded, with the bytes it came in.
struct IncomingFiling {
    KioskRef kiosk;
    std::string uuid;
    domain::TimePoint filed_at{};  // the kiosk's clock
    domain::TrackingCode code;     // minted at the kiosk; only its keyed hash is stored
    domain::Draft draft;           // as decoded: accept_filings validates it again
    std::string body;              // the request's bytes, unchanged on every resend
};

// The server's answer to one filing: the same for the first upload and every resend.
struct AcceptedFiling {
    domain::CaseNumber number;
    std::chrono::year_month_day due_date{};
    bool resent = false;  // true: the uuid was known with the same bytes; nothing was written
};

// One filing the server set aside (`siang kiosk quarantine`). Never its content or code.
struct QuarantinedFiling {
    std::string uuid;
    std::string kiosk;
    domain::TimePoint received_at{};
    std::string error;  // error_name: "filing_conflict", "unknown_service"…
    std::string field;  // the field the error names, when it names one
    std::optional<domain::CaseNumber> existing_case;  // filing_conflict: the uuid's case
};

// A case whose tracking code no longer opens it (a kiosk minted a code another case had): staff
// issue a new one (`Store::reissue_code`), which takes it off the list.
struct CodeToReissue {
    domain::CaseNumber number;
    domain::TimePoint since{};
};

}  // namespace siang::store
