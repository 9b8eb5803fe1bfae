// The kiosk's outbox (SPEC §9): filings committed locally (SQLite, synchronous=FULL) before the
// receipt shows, waiting in filing order for the office server's acknowledgement. Used by the
// kiosk and by `siang outbox`. The store never knows about it; it knows nothing of the network.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/case_number.hpp"
#include "domain/directory.hpp"
#include "domain/submission.hpp"
#include "domain/thai_calendar.hpp"
#include "domain/tracking_code.hpp"
#include "sync/office_api.hpp"

namespace siang::sync {

// Where this outbox sends to: what enrolment gave it. Kept in DIR/device.json, mode 0600.
struct DeviceCredential {
    std::string url;          // "https://host:8443"
    std::string fingerprint;  // the server certificate's SHA-256, lower-case hex
    std::string kiosk;        // the name the office gave this device
    std::string token;        // 64 hex digits; only its hash is on the server
};

// What the receipt shows. The clear code exists only here and in the pending filing.
struct Receipt {
    std::string uuid;
    domain::TrackingCode code;
    domain::TimePoint filed_at{};
    std::chrono::year_month_day due_date{};         // computed from the local directory
    std::optional<domain::CaseNumber> case_number;  // once the office acknowledged it
};

enum class FilingState { pending, acknowledged, quarantined };

// One filing as the uploader sees it: the frozen bytes, sent unchanged on every attempt.
struct PendingFiling {
    std::int64_t seq = 0;  // filing order
    std::string uuid;
    std::string body;  // encode(Filing)
    int attempts = 0;
};

struct OutboxStatus {
    std::int64_t pending = 0;
    std::int64_t quarantined = 0;
    std::optional<domain::TimePoint> last_success;  // the last acknowledgement received
    std::optional<Error> last_error;                // of the last attempt, when it failed
};

// One connection to DIR/outbox.db; not thread-safe: the kiosk's UI thread and the uploader each
// open their own (WAL; a busy timeout covers the moments they meet).
class Outbox {
  public:
    // Opens (with create, makes DIR 0700 and the database 0600) the outbox in `dir`.
    // Errors: store_missing (no outbox and no create), store_corrupt, store_unreadable,
    // store_not_private (group/other bits on DIR or its files), store_busy, store_failed.
    static Result<Outbox> open(const std::string& dir, bool create = false);
    Outbox(Outbox&&) noexcept;
    Outbox& operator=(Outbox&&) noexcept;
    ~Outbox();

    // The device credential, not_enrolled (detail: dir) before enrolment.
    Result<DeviceCredential> credential() const;
    // Writes DIR/device.json (0600, written to a temporary file, fsync'd and renamed).
    Result<void> save_credential(const DeviceCredential& c);

    // Mints the UUID and the tracking code, freezes the filing's bytes and commits them durably
    // (fsync) before returning the receipt. `validated` has passed domain::validate_draft.
    // Errors: store_full, store_busy, store_failed (nothing filed).
    Result<Receipt> file(const domain::Draft& validated, domain::TimePoint now,
                         const domain::Directory& directory);

    // The oldest pending filing, or nullopt when none is pending.
    Result<std::optional<PendingFiling>> next_pending();
    // The office acknowledged `uuid`: keeps uuid → case number, deletes the filing's content
    // (the clear code included) in the same transaction.
    Result<void> acknowledge(const FilingAck& ack, domain::TimePoint now);
    // The office refused `uuid` for good (refused_for_good): it leaves the queue, keeps its
    // content for the administrator, and the error is recorded.
    Result<void> quarantine(const std::string& uuid, const Error& why);
    // An attempt failed in a way that is retried: counts it and remembers the error.
    Result<void> note_attempt_failed(const std::string& uuid, const Error& why);

    // Copies the write-ahead log into the database and truncates it: acknowledged filings'
    // content, already zeroed in the database's pages (secure_delete), leaves the log's older
    // frames as well. The uploader calls it when the queue has drained. Errors: store_busy
    // (another connection was reading; try again later), store_failed.
    Result<void> scrub();

    // The case number once acknowledged; nullopt while pending; not_found for an unknown uuid.
    Result<std::optional<domain::CaseNumber>> case_number_of(const std::string& uuid);
    // Whether `code` belongs to a filing still pending here (answered locally at the kiosk:
    // "received, being sent to the office"); its receipt then.
    Result<std::optional<Receipt>> find_pending(const domain::TrackingCode& code);
    Result<OutboxStatus> status();
    // Quarantined filings, oldest first, for `siang outbox status` and the administrator.
    Result<std::vector<std::pair<std::string, Error>>> quarantined();

  private:
    struct Impl;
    explicit Outbox(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace siang::sync
