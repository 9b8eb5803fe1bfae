// Private to siang_store: the Store's state and the helpers its .cpp files share.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/directory.hpp"
#include "domain/tracking_code.hpp"
#include "store/open_in_process.hpp"
#include "store/sqlite_db.hpp"
#include "store/sqlite_statement.hpp"
#include "store/store.hpp"

namespace siang::store {

// Statuses counted as open (not completed): they can become overdue.
inline constexpr std::string_view open_status_sql = "('received','in_review','in_progress')";

struct Store::Impl {
    // Registers the file as open in this process, for the next Store::open (open_in_process.hpp).
    // Declared before db, so it is let go only after the connection has closed.
    std::unique_ptr<OpenInProcess> open_in_process;
    SqliteDb db;
    domain::CodeKey key{};
    std::function<domain::TrackingCode()> code_source;  // set_code_source_for_screenshots
    std::string key_path;                               // named in store_wrong_key
    domain::Directory directory;
    std::unordered_map<std::string, Statement> cache;
    // How the connection was opened, for reconnect().
    int open_flags = 0;
    std::string vfs;
    bool read_only = false;
    bool defer_checkpoints = false;
    bool synchronous_off = false;

    // A prepared statement kept for the life of the connection, reset and ready to bind.
    Result<Statement*> statement(std::string_view sql);

    // Appends a hash-chained audit row; call inside the write transaction of the change.
    // First checks the head against the seal (sealed_audit_head): audit_broken when it does not
    // hold, so the caller's whole write is refused and tampering is never re-sealed.
    Result<void> audit(domain::TimePoint at, std::string_view actor, std::string_view action,
                       std::string_view target, std::string_view detail);

    // Rewrites the audit seal for a chain of `rows` rows ending in `last`; inside the write
    // transaction of the append.
    Result<void> seal_audit(std::int64_t rows, const AuditHash& last);
    // Seals the chain as it stands (a store migrated from before the seal existed); inside
    // the migration's write transaction.
    Result<void> seal_current_audit();

    // The audit log's last row, checked: its own hash recomputed from its fields and prev_hash,
    // and the seal's row count and MAC. One indexed read, one row by key, two hashes.
    // audit_broken (detail: first row id the seal does not vouch for) otherwise; an empty log
    // is broken at row 1. `mac_only` (optional) is set when everything but the seal's MAC holds,
    // which is what a wrong key looks like.
    struct AuditHead {
        std::int64_t id = 0;
        AuditHash hash{};
    };
    Result<AuditHead> sealed_audit_head(bool* mac_only = nullptr);

    // Row 1 of a new store's log, and its seal; inside the transaction creating the schema.
    Result<void> write_audit_genesis(domain::TimePoint at);
    // Inserts `e` linked to `prev` and seals the chain with it; no checks.
    Result<void> append_audit_row(const AuditEntry& e, const AuditHash& prev);

    // Next case number of fiscal year `fy_be`; call inside a write transaction.
    Result<int> next_sequence(domain::Register book, int fy_be);

    // A fresh tracking code whose hash no case has yet; call inside a write transaction.
    Result<std::pair<domain::TrackingCode, domain::CodeHash>> fresh_code();

    // Row id of a case the viewer may see; not_found otherwise. `confidential` tells whether
    // it is a corruption complaint (its reads are audited).
    struct CaseRef {
        std::int64_t id = 0;
        domain::Kind kind = domain::Kind::suggestion;
        domain::Status status = domain::Status::received;
    };
    Result<CaseRef> find_case(const domain::CaseNumber& number, bool may_see_confidential);

    // The change counter of case row `case_id` (0: the whole store); 0 when none yet
    // (store_changes.cpp).
    Result<std::int64_t> change_counter(std::int64_t case_id);
    // The optimistic check of the workflow calls (issue 12 item 4), inside their write
    // transaction: case_changed (detail: the case number) when `expected` is set and the case's
    // counter is not it any more.
    Result<void> check_version(const CaseRef& ref, const domain::CaseNumber& number,
                               std::optional<std::int64_t> expected);

    // BLAKE2b keyed with the code key over `label`, a NUL and `bytes`: the stored form of
    // enrolment codes, device tokens and kiosk filings' bytes (store_kiosks.cpp). The label keeps
    // the three apart.
    domain::CodeHash keyed_hash(std::string_view label, std::string_view bytes) const;
};

// A fresh 256-bit credential as 64 lower-case hex digits (kiosk tokens, Open311 API keys), and
// whether a presented one has that form (store_kiosks.cpp).
std::string new_token();
bool well_formed_token(std::string_view token);
// A kiosk's or an integration's name: 1–32 of A-Z a-z 0-9 . _ - (store_kiosks.cpp).
bool valid_kiosk_name(std::string_view name);

// A case just inserted by insert_case: its row id and what its receipt shows.
struct InsertedCase {
    std::int64_t id = 0;
    Filed filed;
};

// Inserts the case (status received, filed at `filed_at`, tracking code `code` stored as
// `code_hash`) and its first history row under `actor`; index_case_text() adds its search words.
// The caller holds an IMMEDIATE transaction and has drawn `number` (store_submit.cpp).
Result<InsertedCase> insert_case(Store::Impl& impl, const domain::Draft& d,
                                 domain::TimePoint filed_at, std::string_view actor,
                                 domain::CaseNumber number, const domain::TrackingCode& code,
                                 const domain::CodeHash& code_hash);
// Adds a case's words (fts_index_text) to the search index; call after every other statement of
// the filing (store_submit.cpp says why).
Result<void> index_case_text(Store::Impl& impl, std::int64_t id, std::string_view words);

// The current time, to the second, as stored.
domain::TimePoint now_seconds();
// A stored instant (Unix seconds).
inline domain::TimePoint from_seconds(std::int64_t s) {
    return domain::TimePoint{std::chrono::seconds{s}};
}
inline std::int64_t to_seconds(domain::TimePoint t) {
    return t.time_since_epoch().count();
}

// Open (not completed) and due before the local date of `now`.
inline bool is_overdue(domain::Status s, std::chrono::year_month_day due, domain::TimePoint now) {
    return !domain::counts_as_completed(s) && due < domain::local_date(now);
}

// "YYYY-MM-DD" of a date and back (stored form of local dates); nullopt for anything else.
std::string date_text(std::chrono::year_month_day d);
std::optional<std::chrono::year_month_day> date_from_text(std::string_view s);

// Stored values read back. A value the program does not know (damaged, NULL, written by a tool)
// is refused with store_damaged_value, detail "table.column row N" (no row: "table.column"),
// never read as a default: a damaged kind read as a suggestion would show a corruption
// complaint to a clerk. Callers pass the error on; nothing of such a row is shown.
Result<domain::Kind> stored_kind(std::string_view text, std::string_view column,
                                 std::optional<std::int64_t> row = {});
Result<domain::Status> stored_status(std::string_view text, std::string_view column,
                                     std::optional<std::int64_t> row = {});
Result<domain::Register> stored_register(std::string_view text, std::string_view column,
                                         std::optional<std::int64_t> row = {});
Result<std::chrono::year_month_day> stored_date(std::string_view text, std::string_view column,
                                                std::optional<std::int64_t> row = {});

// SQL list "('a','b')" of the stable ids of `kinds` / `statuses` (our own constants, not input).
std::string kind_list_sql(std::span<const domain::Kind> kinds);
std::string status_list_sql(std::span<const domain::Status> statuses);

// SQL list of the roles the users table accepts (user_record.hpp: stored_roles).
std::string role_list_sql();

// Every stored kind, status, register, date and role a reader above would refuse, as
// "table.column row N", in table order. Columns a store from before lacks are skipped.
Result<std::vector<std::string>> find_damaged_values(SqliteDb& db);

// SQL truth of "the kind in `column` is confidential", made from domain::confidential_kinds so
// SQL and C++ (domain::is_confidential) cannot disagree. A damaged kind is not in the list: a
// query excluding confidential rows still returns it, and reading it refuses the whole result
// (stored_kind), so it is never shown as some other kind.
std::string confidential_kind_sql(std::string_view column);

// First second (UTC) of a Bangkok local date.
domain::TimePoint local_midnight(std::chrono::year_month_day d);

}  // namespace siang::store
