// The Siang store: one SQLite database holding cases, their history, codes, users and the audit
// log (SPEC §5–§7). Not thread-safe: one Store per thread or process; many may share one file.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/case_number.hpp"
#include "domain/directory.hpp"
#include "domain/status_change.hpp"
#include "domain/submission.hpp"
#include "domain/thai_calendar.hpp"
#include "domain/tracking_code.hpp"
#include "store/audit_chain.hpp"
#include "store/case_query.hpp"
#include "store/case_views.hpp"
#include "store/check_report.hpp"
#include "store/help_request.hpp"
#include "store/kiosk_records.hpp"
#include "store/stats_row.hpp"
#include "store/user_record.hpp"
#include "store/viewer.hpp"

namespace siang::store {

struct OpenOptions {
    bool create = false;   // create the database and the code key (`siang init`)
    std::string key_path;  // empty: path + ".key"
    bool read_only = false;
    // Service catalogue for due dates; empty: domain::default_directory().
    std::optional<domain::Directory> directory;
    // PRAGMA quick_check reads every page (about 10 s per GB here), so on open it runs only
    // for files up to this size; larger stores get the cheap checks (header, length, schema)
    // and rely on check() (`siang check`) for the full walk.
    std::uint64_t quick_check_max_bytes = 256ull << 20;
    // The connection whose commit fills the write-ahead log to 1000 pages copies it into the
    // database, so every ~60th filing pays a few extra ms. With defer_checkpoints the kiosk
    // raises that bound to 10000 pages and calls checkpoint() while idle instead.
    bool defer_checkpoints = false;
    // Test hook: a registered SQLite VFS for the store's connection (the power-loss tests'
    // crash simulator, tests/shared/store/crash_vfs.hpp); empty: SQLite's default. The programs
    // never set it; an unknown name fails the open.
    std::string vfs;
    // Test hook, honoured only together with `vfs`: PRAGMA synchronous=OFF instead of FULL, so
    // the power-loss test can show that it catches commits that were never made durable.
    bool synchronous_off = false;
};

// What the kiosk prints on the receipt. The code exists in clear only here.
struct Filed {
    domain::CaseNumber number;
    domain::TrackingCode code;
    domain::TimePoint filed_at{};
    std::chrono::year_month_day due_date{};  // Bangkok local date
};

// Failed logins remembered for the back-off.
struct LoginFailures {
    std::vector<domain::TimePoint> by_user;
    std::vector<domain::TimePoint> by_source;
};

// The schema version this program writes (PRAGMA user_version).
int schema_version();

class Store {
  public:
    // Opens (or with create, creates) the store: WAL, synchronous=FULL, foreign keys, 5 s busy
    // timeout, migrations to schema_version(), then integrity checks: the file length against
    // its header, and PRAGMA quick_check (see OpenOptions::quick_check_max_bytes).
    // With create, a new file is made 0600 (missing folders 0700) before SQLite writes, and it
    // gets its genesis audit row and key check value in the schema's transaction. Every open
    // first refuses store files others may use and a WAL that lost committed frames, and then
    // compares the code key with the stored check value.
    // Errors: store_missing (detail: path) when there is no file and no create, store_corrupt
    // (detail: path) for a damaged or non-database file, store_unreadable (permissions),
    // internal (libsodium did not start), store_too_new (detail: version found),
    // store_not_private (detail: the file whose group/other bits are set), store_wal_damaged
    // (detail: the -wal path), store_damaged_value (a migration adding a CHECK met a row that
    // breaks it; detail: that row; nothing migrated),
    // store_wrong_key / store_key_missing (detail: key path; a new key
    // is made only for a new store), io_error for the code key, store_busy, store_failed.
    // Every write after opening is refused with audit_broken (nothing written) while the audit
    // seal does not hold.
    static Result<Store> open(const std::string& path, const OpenOptions& options = {});

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    // --- filing --------------------------------------------------------------------------------

    // Records a validated draft in one IMMEDIATE transaction: next case number of the fiscal
    // year of `now` in the draft's register (domain::register_for; gap-free across processes), the
    // submission, its "received" history row, the keyed hash of a fresh tracking code, the search
    // row and an audit row. Durable (fsync'd) when it returns; show the receipt only after success.
    Result<Filed> submit(const domain::Draft& validated, domain::TimePoint now,
                         std::string_view actor);

    // Bulk load (for `siang demo`): sorted by filed_at, numbered per fiscal year and register
    // after any existing cases, random codes whose clear text is discarded. Batched transactions;
    // the durability of commits is relaxed only during the call. Returns the number loaded.
    // Order holds within one call only: pass the whole set at once (1,000,000 demo cases take
    // about 2.5 GB), or calls in filing order, so that case numbers and case ids (which the
    // queue's "newest first" search walks) follow filing time. Errors from check_transition
    // for an impossible history and from domain::clean_status_change for text over its limits;
    // batches committed before an error stay. The load is audited (action "import") under
    // `actor`: the administrator who ran `siang demo` (issue 10 item 3).
    Result<std::size_t> import_cases(std::span<const domain::CaseHistory> cases,
                                     std::string_view actor = "siang");

    // --- reading -------------------------------------------------------------------------------

    // Every read below, and every write that looks a case up first, fails closed: a stored kind,
    // status, register or date the program does not know refuses the whole answer with
    // store_damaged_value (detail "table.column row N"), never a default (check() lists them).

    // Everything about one case. not_found when it does not exist or the viewer may not see it
    // (a corruption complaint without may_see_confidential). Reading a corruption complaint is
    // recorded in the audit log.
    Result<CaseDetail> get_case(const domain::CaseNumber& number, const Viewer& viewer);

    // What the kiosk shows for a tracking code; unknown_code when no case has it.
    Result<PublicStatus> find_by_code(const domain::TrackingCode& code);

    // One page of the queue.
    Result<Page> list(const Query& query, const Viewer& viewer);

    // Streams every row matching `query` (limit/offset ignored) in its sort order, for export.
    // The callback returns false to stop early; it runs inside a read transaction, so it must
    // not write to this Store. Record the export with append_audit after the walk.
    Result<void> for_each_case(const Query& query, const Viewer& viewer,
                               const std::function<bool(const ListRow&)>& callback);

    // Counts grouped by (local month of filing, kind, service, division, current status) for
    // filings between the two local dates, inclusive. Corruption complaints are counted (the ITA
    // publishes their number), but for a viewer without may_see_confidential their service and
    // division are blanked, and those filed in the local month of `now` (zero: the system clock)
    // are left out until it is over, so the counts cannot single out a case: a running count,
    // watched, would time each filing.
    Result<std::vector<StatsRow>> stats_rows(std::chrono::year_month_day from,
                                             std::chrono::year_month_day to, const Viewer& viewer,
                                             domain::TimePoint now = {});

    // --- workflow ------------------------------------------------------------------------------

    // Optimistic check (issue 12 item 4): each call below given `expected_version` (the
    // case_changes(number, viewer) its caller read) refuses with case_changed (detail: the case
    // number), writing nothing, when the case's counter is not that any more. The check runs in
    // the call's write transaction, so of two racing callers with the same version one wins.

    // Moves a case to change.to after domain::check_transition; history row, current status and
    // audit row in one transaction; nothing is written when refused (illegal_transition,
    // reason_required). The note, reply and reason are cleaned and limited first by
    // domain::clean_status_change (field_too_long, too_many_marks, field_too_large…) and stored
    // cleaned. not_found also when the viewer may not see the case.
    Result<void> change_status(const domain::CaseNumber& number, const domain::StatusChange& change,
                               const Viewer& viewer,
                               std::optional<std::int64_t> expected_version = {});

    // The changes below are recorded under viewer.actor and, like every read, refused with
    // not_found when the viewer may not see the case (a clerk and a corruption complaint).

    // Appends an internal note (never shown at the kiosk), cleaned and limited by
    // domain::clean_note: field_required "note" for text that is empty or invisible only.
    // `now` zero means the system clock.
    Result<void> add_note(const domain::CaseNumber& number, const Viewer& viewer,
                          std::string_view text, domain::TimePoint now = {},
                          std::optional<std::int64_t> expected_version = {});

    // Hands the case to another division (code as in the directory; unknown_division otherwise).
    Result<void> assign_division(const domain::CaseNumber& number, std::string_view division,
                                 const Viewer& viewer,
                                 std::optional<std::int64_t> expected_version = {});

    // Issues a new tracking code; the old one stops working at once.
    Result<domain::TrackingCode> reissue_code(const domain::CaseNumber& number,
                                              const Viewer& viewer,
                                              std::optional<std::int64_t> expected_version = {});

    // --- change counters (issue 9 item 15: views that never lie) -------------------------------

    // How many times any case was filed or changed (status, division, code, note), by any
    // connection or process: a view loaded at another value may be out of date. One indexed row;
    // no transaction held. 0 for a store where nothing happened yet.
    Result<std::int64_t> case_changes();
    // The same counted only over the cases `viewer` may see: for a viewer without confidential
    // rights, filing or handling a corruption complaint does not move it (what the staff API
    // tells a clerk's console; SPEC §5). Counted since schema version 12.
    Result<std::int64_t> case_changes(const Viewer& viewer);
    // The same for one case (its filing counts); not_found when the viewer may not see it.
    // Nothing is audited: the number says only that something changed.
    Result<std::int64_t> case_changes(const domain::CaseNumber& number, const Viewer& viewer);

    // --- users ---------------------------------------------------------------------------------

    // Adds a user; returns its id. username_taken (detail: the name), invalid_username if empty.
    // `actor` (who did it) goes into the audit log; the password hash never does.
    Result<std::int64_t> add_user(const UserRecord& user, std::string_view actor = "siang");
    // not_found when there is no such username.
    Result<UserRecord> find_user(std::string_view username);
    // Replaces display name, role, password hash and disabled of user.username; not_found when
    // there is no such user.
    Result<void> update_user(const UserRecord& user, std::string_view actor = "siang");
    // All users, by username.
    Result<std::vector<UserRecord>> list_users();

    // --- login back-off (staff/login_throttle.hpp) ---------------------------------------------

    // Times of the failed logins at or after `since`: those of `username` and those of `source`.
    Result<LoginFailures> login_failures(std::string_view username, std::string_view source,
                                         domain::TimePoint since);
    // Remembers a failed login and appends its audit row (actor and target the username, action
    // "login_failed", `audit_detail`) in one transaction; forgets failures before
    // `forget_before`, so the table holds only the window.
    Result<void> record_login_failure(std::string_view username, std::string_view source,
                                      domain::TimePoint at, std::string_view audit_detail,
                                      domain::TimePoint forget_before);
    // Forgets the failures of `username` (after a successful login); its sources keep theirs.
    Result<void> clear_login_failures(std::string_view username);

    // --- audit, backup, checks -----------------------------------------------------------------

    // Appends an audit row (e.g. action "export"); hash-chained to the previous row.
    Result<void> append_audit(std::string_view actor, std::string_view action,
                              std::string_view target, std::string_view detail);

    // Walks the whole audit chain and names the first row whose link does not hold. An empty
    // log is broken at row 1: every store starts with a genesis row.
    Result<AuditReport> verify_audit();

    // The cheap check every append makes first (for `siang doctor`): the last row's own hash
    // and the seal (row count and MAC of the last hash). audit_broken (detail: first row id
    // not covered by the seal) when it does not hold.
    Result<void> check_audit_head();

    // One page of the audit log, newest first: rows with id <= (last id - offset), at most
    // `limit` of them (the admin's audit view).
    Result<std::vector<AuditEntry>> audit_rows(std::int64_t offset, int limit);
    // Number of audit rows (ids run 1..n without gaps).
    Result<std::int64_t> audit_row_count();

    // --- help requests (SPEC §4.10) ---------------------------------------------------------

    // Records a kiosk's "call staff" press from `screen` (the kiosk's screen id, e.g. "review";
    // empty when unknown); returns its id. `at` zero means now.
    // invalid_argument for an empty kiosk name.
    Result<std::int64_t> add_help_request(std::string_view kiosk_name, domain::TimePoint at = {},
                                          std::string_view screen = {});
    // Requests nobody has acknowledged yet, oldest first (polled by the console).
    Result<std::vector<HelpRequest>> open_help_requests();
    // Marks a request handled (audited, with `audit_detail`, e.g. "lock_screen"). Acknowledging
    // one already acknowledged is not an error.
    Result<void> acknowledge_help_request(std::int64_t id, std::string_view actor,
                                          domain::TimePoint at = {},
                                          std::string_view audit_detail = "");
    // Issue 9, help note: whether request `id` has been acknowledged (the kiosk polls this to
    // tell the citizen staff are on their way); not_found for an id that was never recorded.
    Result<bool> help_request_acknowledged(std::int64_t id);
    // Issue 11: the same for the office API, answering only the kiosk that made the request:
    // not_found also for another kiosk's.
    Result<bool> help_request_acknowledged(std::int64_t id, std::string_view kiosk_name);

    // --- office network (issue 11, SPEC §9) ------------------------------------------------
    // Codes and tokens are stored only as hashes keyed with the installation's code key.

    // ---- Open311 integrations (issue 14; store_integrations.cpp) ----

    // Makes an integration allowed to POST Open311 requests and its API key, in clear only in
    // the answer (`siang integration add` prints it once); only its keyed hash is kept.
    // invalid_argument (detail "integration_name") for a name that is not 1–32 of
    // A-Z a-z 0-9 . _ -; integration_exists for a name in use (revoke it first). Audited.
    Result<std::string> add_integration(std::string_view name, domain::TimePoint now,
                                        std::string_view actor = "siang");
    // The name of the integration whose key this is: device_refused for a malformed, unknown or
    // revoked key.
    Result<std::string> integration_by_key(std::string_view api_key);
    // Revokes the integration: its key stops working at once. not_found for no such active one.
    Result<void> revoke_integration(std::string_view name, domain::TimePoint now,
                                    std::string_view actor = "siang");
    // Names of the integrations not revoked, sorted.
    Result<std::vector<std::string>> list_integrations();

    // A one-time enrolment code for kiosk `name`, valid enrolment_code_lifetime from `now`
    // (audited under `actor`). A name whose kiosk is enrolled and not revoked is refused with
    // kiosk_exists (revoke it first); a name added but not enrolled yet gets a new code and its
    // earlier codes stop working. invalid_argument (detail "kiosk_name") for a name that is not
    // 1–32 of A–Z a–z 0–9 . _ -.
    Result<KioskEnrolment> add_kiosk_enrolment(std::string_view name, domain::TimePoint now,
                                               std::string_view actor = "siang");
    // Exchanges a code (as printed; case, dashes and spaces do not matter) for the device
    // credential; the code is used up in the same transaction. enrolment_refused for a code that
    // is unknown, used, expired or whose kiosk was revoked (never saying which).
    Result<EnrolledKiosk> redeem_enrolment(std::string_view code, domain::TimePoint now);
    // The kiosk a device token belongs to. device_refused for a malformed or unknown token, and
    // at once for a revoked kiosk (detail: its name). A read; no lock held.
    Result<KioskRef> kiosk_by_token(std::string_view token);
    // Every kiosk ever added, revoked ones included, by name, with the count of its filings in
    // the quarantine.
    Result<std::vector<KioskRecord>> list_kiosks();
    // Its token and unused codes stop working at once; what it filed stays. not_found (detail:
    // the name) when no kiosk of that name is active. Audited under `actor`.
    Result<void> revoke_kiosk(std::string_view name, domain::TimePoint now,
                              std::string_view actor = "siang");
    // The backlog the kiosk reported (its outbox's pending and quarantined filings) and its last
    // contact; backlog_since becomes `now` when pending goes from 0 to more, 0 clears it.
    Result<void> record_backlog(std::int64_t kiosk_id, std::int64_t pending,
                                std::int64_t quarantined, domain::TimePoint now);

    // Files a batch of kiosk filings in ONE IMMEDIATE transaction (one fsync for all: group
    // commit), each in its own savepoint so one refused filing never fails the others. Per
    // filing, in order: its uuid known with the same bytes from the same kiosk → the first
    // answer again, nothing written; known otherwise → quarantined, filing_conflict (detail: the
    // uuid); else validate_draft against the directory with the kiosk's filed_at as "now" (its
    // errors; quarantined too), then the case numbered in the fiscal year of filed_at (the
    // server's `now` instead when the kiosk's clock is more than max_kiosk_clock_ahead ahead),
    // its "received" history row (actor "kiosk:NAME"), the keyed hash of the kiosk's code, the
    // search row and an audit row naming the kiosk. A code another case already has opens
    // neither case afterwards (both are put on codes_to_reissue and audited "code_collision"):
    // the filing is kept. Durable when it returns. The outer error (store_busy, store_full,
    // store_failed, audit_broken…) means nothing of the batch was written.
    Result<std::vector<Result<AcceptedFiling>>> accept_filings(
        std::span<const IncomingFiling> batch, domain::TimePoint now);
    // Filings set aside, newest first.
    Result<std::vector<QuarantinedFiling>> list_quarantine();
    // Cases waiting for a new tracking code (see accept_filings), oldest first.
    Result<std::vector<CodeToReissue>> codes_to_reissue();

    // Online backup to `dest` while other processes keep writing: copies a consistent snapshot
    // in small steps into a private temporary beside dest (mode 0600), fsyncs it and renames it
    // over dest; a failure leaves no copy. Errors: output_protected (dest is the store, its
    // -wal/-shm or key, by any name), output_not_regular, io_error, the store's errors.
    Result<void> backup_to(const std::string& dest);

    // PRAGMA integrity_check + foreign_key_check + verify_audit + the audit log's append-only
    // triggers as created + the write-ahead log against the -shm (check_wal) + stored values
    // the program does not know (damaged_values).
    Result<CheckReport> check();

    // Copies the write-ahead log into the database as far as readers allow, without waiting
    // for anyone (PASSIVE). For idle moments; see OpenOptions::defer_checkpoints.
    Result<void> checkpoint();

    // Closes the connection and opens a fresh one on the same file, configured as at open()
    // (without open()'s checks: the file was in use a moment ago). Everything SQLite held in
    // memory goes with the old connection: the page cache, the b-tree's buffer that built the
    // last filed row, the lookaside slots, the prepared statements. For the kiosk's end of a
    // visit, where a zeroing free() turns that into zeroed memory (core/sensitive_memory.hpp);
    // sqlite3_db_release_memory alone leaves the row in the b-tree's buffer. Errors of the new
    // open (the store stays on the old connection then).
    Result<void> reconnect();

    const std::string& path() const;

    // Screenshots only (issue 10 item 12): fresh tracking codes come from `next` instead of the
    // random generator, so a scratch store's receipt and QR are the same on every run. The kiosk
    // sets it only on the scratch store its screenshot mode makes; never on a store with real
    // cases. An empty function restores random codes.
    void set_code_source_for_screenshots(std::function<domain::TrackingCode()> next);

    struct Impl;

  private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// The local month whose corruption complaints Store::stats_rows leaves out for `viewer` at `now`
// (zero: the system clock): the month in progress for a viewer without may_see_confidential,
// none for one who may see them. The one statement of that rule; reports use it to say so.
std::optional<std::chrono::year_month> corruption_month_withheld(const Viewer& viewer,
                                                                 domain::TimePoint now = {});

}  // namespace siang::store
