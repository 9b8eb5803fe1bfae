// Schema of the store, one SQL script per version.
#include "store/schema_migrations.hpp"

#include <array>

namespace siang::store {

namespace {

// Version 1. Notes on the design:
// - The queue sorts by (filed_at, id). Each filter's index is (column, filed_at), and SQLite
//   appends the rowid, so "filter + date range + newest first" is one index range walked in
//   order, never a sort. Due-date sorting walks cases_by_due (see case_filter_sql.cpp).
// - cases.id follows filing order (import sorts by time; the kiosk files "now"), so a search
//   can walk the FTS index by rowid and mean the same order.
// - Kinds and statuses are stored as their stable ids, readable with the sqlite3 tool.
// - Dates the office reasons about in local time (due_date) are stored as Bangkok "YYYY-MM-DD";
//   instants (filed_at, at) as Unix seconds.
// - Only the keyed hash of a tracking code is stored (SPEC §5).
// - case_text is contentless: it holds the segmented words for search, not a second copy.
// - FTS5's unicode61 treats marks (Mn/Mc) as separators by default, which would cut Thai words
//   at every vowel sign and tone mark; "M*" keeps them inside tokens.
// - The audit log cannot be changed by ordinary SQL; its hash chain exposes other tampering.
constexpr std::string_view v1 = R"sql(
CREATE TABLE case_counter(
  fiscal_year   INTEGER PRIMARY KEY,
  last_sequence INTEGER NOT NULL
);
CREATE TABLE cases(
  id              INTEGER PRIMARY KEY,
  fiscal_year     INTEGER NOT NULL,
  sequence        INTEGER NOT NULL,
  kind            TEXT NOT NULL,
  service         TEXT NOT NULL DEFAULT '',
  division        TEXT NOT NULL DEFAULT '',
  subject         TEXT NOT NULL,
  details         TEXT NOT NULL,
  location        TEXT NOT NULL DEFAULT '',
  occurred_on     TEXT,
  contact_name    TEXT NOT NULL DEFAULT '',
  contact_phone   TEXT NOT NULL DEFAULT '',
  contact_email   TEXT NOT NULL DEFAULT '',
  contact_address TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL,
  filed_at        INTEGER NOT NULL,
  due_date        TEXT NOT NULL,
  code_hash       BLOB NOT NULL UNIQUE,
  UNIQUE(fiscal_year, sequence)
);
CREATE INDEX cases_by_filed_at ON cases(filed_at);
CREATE INDEX cases_by_kind ON cases(kind, filed_at);
CREATE INDEX cases_by_status ON cases(status, filed_at);
CREATE INDEX cases_by_division ON cases(division, filed_at);
CREATE INDEX cases_by_service ON cases(service, filed_at);
CREATE INDEX cases_by_due ON cases(due_date);
CREATE INDEX cases_open_by_due ON cases(due_date)
  WHERE status IN ('received','in_review','in_progress');

CREATE TABLE case_history(
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES cases(id),
  status       TEXT NOT NULL,
  at           INTEGER NOT NULL,
  actor        TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  public_reply TEXT NOT NULL DEFAULT '',
  reason       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_history_by_case ON case_history(case_id);

CREATE TABLE case_notes(
  id      INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  at      INTEGER NOT NULL,
  actor   TEXT NOT NULL,
  body    TEXT NOT NULL
);
CREATE INDEX case_notes_by_case ON case_notes(case_id);

CREATE VIRTUAL TABLE case_text USING fts5(
  body, content='', tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);

CREATE TABLE users(
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at    INTEGER NOT NULL
);

CREATE TABLE audit_log(
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  target    TEXT NOT NULL,
  detail    TEXT NOT NULL,
  prev_hash BLOB NOT NULL,
  hash      BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)sql";

// Version 2: kiosks' "call staff" requests, acknowledged from the console.
constexpr std::string_view v2 = R"sql(
CREATE TABLE help_requests(
  id              INTEGER PRIMARY KEY,
  kiosk           TEXT NOT NULL,
  at              INTEGER NOT NULL,
  acknowledged_at INTEGER,
  acknowledged_by TEXT
);
CREATE INDEX help_requests_open ON help_requests(id) WHERE acknowledged_at IS NULL;
)sql";

// Version 3: the audit log's keyed seal (audit_chain.hpp); one row, rewritten with each append.
// Opening a store migrated from version 2 seals the chain as it is then.
constexpr std::string_view v3 = R"sql(
CREATE TABLE audit_seal(
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  rows INTEGER NOT NULL,
  mac  BLOB NOT NULL
);
)sql";

// Issue 8, store integrity: the code key's check value (one row: BLAKE2b keyed with the code
// key over a fixed label, store_open.cpp), so a wrong key file is refused at open. The open
// that runs this step also writes, in the same transaction, the check value and, into an empty
// log, the genesis audit row; from then on an empty log is tampering, never "a new store".
// Stores from before keep their first row as it was.
constexpr std::string_view v4_key_check = R"sql(
CREATE TABLE key_check(
  id  INTEGER PRIMARY KEY CHECK (id = 1),
  mac BLOB NOT NULL
);
)sql";

// Staff login back-off (issue 8 item 6): failed logins of the last minutes, per username and per
// source (console machine, CLI user and terminal, later a client address), so the wait holds
// across processes. Rows older than the window are deleted as new ones arrive. IF NOT EXISTS so
// the step stands alone whichever version it ends up in.
constexpr std::string_view login_failures = R"sql(
CREATE TABLE IF NOT EXISTS login_failures(
  id       INTEGER PRIMARY KEY,
  username TEXT NOT NULL,
  source   TEXT NOT NULL,
  at       INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_by_user ON login_failures(username, at);
CREATE INDEX IF NOT EXISTS login_failures_by_source ON login_failures(source, at);
CREATE INDEX IF NOT EXISTS login_failures_by_at ON login_failures(at);
)sql";

// Issue 8, corruption register (SPEC §5): corruption complaints get their own running numbers
// per fiscal year, so a clerk's general numbers have no gaps that point at one. Case numbers
// become unique per (register, fiscal_year, sequence) and the counter is keyed the same way.
// SQLite cannot drop the old UNIQUE(fiscal_year, sequence), so both tables are rebuilt by its
// documented 12-step ALTER TABLE procedure: migrate() runs every step with foreign keys off and
// checks them before committing (case_history and case_notes reference cases(id), which the copy
// keeps, as it keeps the FTS rowids). Existing cases stay in the general register with the
// numbers their receipts were printed with, corruption complaints filed before this step too;
// the corruption register of a store starts at 1 with its first new corruption complaint.
constexpr std::string_view corruption_register = R"sql(
CREATE TABLE case_counter_new(
  register      TEXT NOT NULL,
  fiscal_year   INTEGER NOT NULL,
  last_sequence INTEGER NOT NULL,
  PRIMARY KEY(register, fiscal_year)
);
INSERT INTO case_counter_new(register, fiscal_year, last_sequence)
  SELECT 'general', fiscal_year, last_sequence FROM case_counter;
DROP TABLE case_counter;
ALTER TABLE case_counter_new RENAME TO case_counter;

CREATE TABLE cases_new(
  id              INTEGER PRIMARY KEY,
  register        TEXT NOT NULL DEFAULT 'general',
  fiscal_year     INTEGER NOT NULL,
  sequence        INTEGER NOT NULL,
  kind            TEXT NOT NULL,
  service         TEXT NOT NULL DEFAULT '',
  division        TEXT NOT NULL DEFAULT '',
  subject         TEXT NOT NULL,
  details         TEXT NOT NULL,
  location        TEXT NOT NULL DEFAULT '',
  occurred_on     TEXT,
  contact_name    TEXT NOT NULL DEFAULT '',
  contact_phone   TEXT NOT NULL DEFAULT '',
  contact_email   TEXT NOT NULL DEFAULT '',
  contact_address TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL,
  filed_at        INTEGER NOT NULL,
  due_date        TEXT NOT NULL,
  code_hash       BLOB NOT NULL UNIQUE,
  UNIQUE(register, fiscal_year, sequence)
);
INSERT INTO cases_new(id, register, fiscal_year, sequence, kind, service, division, subject,
                      details, location, occurred_on, contact_name, contact_phone, contact_email,
                      contact_address, status, filed_at, due_date, code_hash)
  SELECT id, 'general', fiscal_year, sequence, kind, service, division, subject, details,
         location, occurred_on, contact_name, contact_phone, contact_email, contact_address,
         status, filed_at, due_date, code_hash
  FROM cases;
DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
CREATE INDEX cases_by_filed_at ON cases(filed_at);
CREATE INDEX cases_by_kind ON cases(kind, filed_at);
CREATE INDEX cases_by_status ON cases(status, filed_at);
CREATE INDEX cases_by_division ON cases(division, filed_at);
CREATE INDEX cases_by_service ON cases(service, filed_at);
CREATE INDEX cases_by_due ON cases(due_date);
CREATE INDEX cases_open_by_due ON cases(due_date)
  WHERE status IN ('received','in_review','in_progress');
)sql";

// Issue 9 item 15, console freshness: a change counter per case (case_id) and for the whole
// store (case_id 0), raised by triggers whenever a case is filed or changed (status, division,
// code, history, notes), whichever connection or process does it. The console compares it with
// the value a view was loaded at, so every view shows the truth on the next refresh; the audit
// log, help requests and logins do not count, so reading a corruption complaint (audited) never
// makes the console reload it again. IF NOT EXISTS so the step stands alone in any version.
constexpr std::string_view case_changes = R"sql(
CREATE TABLE IF NOT EXISTS case_changes(
  case_id INTEGER PRIMARY KEY,
  n       INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS case_changes_filed AFTER INSERT ON cases
BEGIN
  INSERT INTO case_changes(case_id, n) VALUES(0, 1), (NEW.id, 1)
    ON CONFLICT(case_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS case_changes_updated AFTER UPDATE ON cases
BEGIN
  INSERT INTO case_changes(case_id, n) VALUES(0, 1), (NEW.id, 1)
    ON CONFLICT(case_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS case_changes_history AFTER INSERT ON case_history
BEGIN
  INSERT INTO case_changes(case_id, n) VALUES(0, 1), (NEW.case_id, 1)
    ON CONFLICT(case_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS case_changes_notes AFTER INSERT ON case_notes
BEGIN
  INSERT INTO case_changes(case_id, n) VALUES(0, 1), (NEW.case_id, 1)
    ON CONFLICT(case_id) DO UPDATE SET n = n + 1;
END;
)sql";

// Issue 10 item 4, a store that fails closed: the columns holding stable ids accept only the
// ids the program knows, so a tool writing 'corruptionx' or '' is refused on write as well as
// on read (stored_kind and friends in store_support.cpp). SQLite cannot add a CHECK to a table,
// so cases, case_history and users are rebuilt by the 12-step procedure as corruption_register
// does: foreign keys off (migrate()), every row copied with its id (case_history and case_notes
// reference cases(id); the FTS rowids are case ids), the indexes made again, foreign keys
// checked before commit. A row the CHECK refuses stops the copy: migrate() reports it as
// store_damaged_value and the store stays as it was. The lists are written out because a step's
// text is history: a new kind or status needs a step of its own; DamagedValue tests that they
// match domain::all_kinds and all_statuses. Which kinds are confidential is not here: that is
// domain::confidential_kinds alone.
constexpr std::string_view known_values = R"sql(
CREATE TABLE cases_new(
  id              INTEGER PRIMARY KEY,
  register        TEXT NOT NULL DEFAULT 'general'
                  CHECK (register IN ('general','corruption')),
  fiscal_year     INTEGER NOT NULL,
  sequence        INTEGER NOT NULL,
  kind            TEXT NOT NULL
                  CHECK (kind IN ('eservice','suggestion','complaint','corruption')),
  service         TEXT NOT NULL DEFAULT '',
  division        TEXT NOT NULL DEFAULT '',
  subject         TEXT NOT NULL,
  details         TEXT NOT NULL,
  location        TEXT NOT NULL DEFAULT '',
  occurred_on     TEXT,
  contact_name    TEXT NOT NULL DEFAULT '',
  contact_phone   TEXT NOT NULL DEFAULT '',
  contact_email   TEXT NOT NULL DEFAULT '',
  contact_address TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL CHECK (status IN ('received','in_review','in_progress',
                                                  'forwarded','resolved','rejected')),
  filed_at        INTEGER NOT NULL,
  due_date        TEXT NOT NULL,
  code_hash       BLOB NOT NULL UNIQUE,
  UNIQUE(register, fiscal_year, sequence)
);
INSERT INTO cases_new(id, register, fiscal_year, sequence, kind, service, division, subject,
                      details, location, occurred_on, contact_name, contact_phone, contact_email,
                      contact_address, status, filed_at, due_date, code_hash)
  SELECT id, register, fiscal_year, sequence, kind, service, division, subject, details,
         location, occurred_on, contact_name, contact_phone, contact_email, contact_address,
         status, filed_at, due_date, code_hash
  FROM cases;
DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
CREATE INDEX cases_by_filed_at ON cases(filed_at);
CREATE INDEX cases_by_kind ON cases(kind, filed_at);
CREATE INDEX cases_by_status ON cases(status, filed_at);
CREATE INDEX cases_by_division ON cases(division, filed_at);
CREATE INDEX cases_by_service ON cases(service, filed_at);
CREATE INDEX cases_by_due ON cases(due_date);
CREATE INDEX cases_open_by_due ON cases(due_date)
  WHERE status IN ('received','in_review','in_progress');

CREATE TABLE case_history_new(
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES cases(id),
  status       TEXT NOT NULL CHECK (status IN ('received','in_review','in_progress',
                                               'forwarded','resolved','rejected')),
  at           INTEGER NOT NULL,
  actor        TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  public_reply TEXT NOT NULL DEFAULT '',
  reason       TEXT NOT NULL DEFAULT ''
);
INSERT INTO case_history_new(id, case_id, status, at, actor, note, public_reply, reason)
  SELECT id, case_id, status, at, actor, note, public_reply, reason FROM case_history;
DROP TABLE case_history;
ALTER TABLE case_history_new RENAME TO case_history;
CREATE INDEX case_history_by_case ON case_history(case_id);

CREATE TABLE users_new(
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('clerk','integrity','admin')),
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at    INTEGER NOT NULL
);
INSERT INTO users_new(id, username, display_name, role, password_hash, disabled, created_at)
  SELECT id, username, display_name, role, password_hash, disabled, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
)sql";

// Issue 10 item 2, call staff: a help request carries the kiosk screen the citizen called from,
// so the console can say where to go. One column; SQLite has no ADD COLUMN IF NOT EXISTS, so
// migrate() skips the step when the column is there already (column_added_by below): it keys
// off the column, not the version number, wherever the step ends up.
constexpr std::string_view help_request_screen = R"sql(
ALTER TABLE help_requests ADD COLUMN screen TEXT NOT NULL DEFAULT '';
)sql";

// Issue 11, the office network (SPEC §9): kiosks enrolled to siang-server, their one-time
// enrolment codes, filings received from them, and what the server set aside.
// - Codes and tokens are stored only as hashes keyed with the installation key (store_kiosks.cpp),
//   so a copied database neither enrols a kiosk nor impersonates one.
// - A kiosk name is unique among kiosks not revoked; a revoked kiosk's row stays (what it filed
//   names it) and the name may be enrolled again.
// - kiosk_filings is a table of its own beside cases (case_id as its key) instead of columns on
//   cases: the step stands alone (no rebuild of cases, no ADD COLUMN to skip), cases filed at the
//   counter or by the CLI simply have no row, and the UNIQUE uuid is the schema's guarantee that
//   one filing becomes one case. content_hash is keyed too: the bytes hold the tracking code.
// - filing_quarantine holds what the admin needs to look into a refused filing (the uuid, the
//   kiosk, the error and field, the case a conflicting uuid already has), never its content.
// - codes_to_reissue lists the cases whose tracking code stopped working because a kiosk minted
//   a code another case already had (store_filings.cpp); reissue_code takes a case off it.
// IF NOT EXISTS so the step stands alone whichever version it ends up in.
constexpr std::string_view office_network = R"sql(
CREATE TABLE IF NOT EXISTS kiosks(
  id                  INTEGER PRIMARY KEY,
  name                TEXT NOT NULL,
  token_hash          BLOB UNIQUE,
  created_at          INTEGER NOT NULL,
  enrolled_at         INTEGER,
  last_contact        INTEGER,
  filings_received    INTEGER NOT NULL DEFAULT 0,
  backlog_pending     INTEGER NOT NULL DEFAULT 0,
  backlog_quarantined INTEGER NOT NULL DEFAULT 0,
  revoked_at          INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS kiosks_active_name ON kiosks(name) WHERE revoked_at IS NULL;

CREATE TABLE IF NOT EXISTS enrolment_codes(
  code_hash  BLOB PRIMARY KEY,
  kiosk_id   INTEGER NOT NULL REFERENCES kiosks(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at    INTEGER
);
CREATE INDEX IF NOT EXISTS enrolment_codes_by_kiosk ON enrolment_codes(kiosk_id);

CREATE TABLE IF NOT EXISTS kiosk_filings(
  case_id      INTEGER PRIMARY KEY REFERENCES cases(id),
  uuid         TEXT NOT NULL UNIQUE,
  kiosk_id     INTEGER NOT NULL REFERENCES kiosks(id),
  content_hash BLOB NOT NULL,
  received_at  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS filing_quarantine(
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL,
  kiosk_id    INTEGER NOT NULL REFERENCES kiosks(id),
  received_at INTEGER NOT NULL,
  error       TEXT NOT NULL,
  field       TEXT NOT NULL DEFAULT '',
  case_id     INTEGER REFERENCES cases(id),
  UNIQUE(uuid, kiosk_id, error, field)
);

CREATE TABLE IF NOT EXISTS codes_to_reissue(
  case_id INTEGER PRIMARY KEY REFERENCES cases(id),
  since   INTEGER NOT NULL
);
)sql";

// Issue 12, the console's kiosks panel: since when a kiosk's reported backlog has been non-zero
// (record_backlog sets it when pending goes from 0 to more, clears it at 0), for the "backlogged
// for 10 minutes" alert. One column, skipped like help_request_screen when it is there already.
constexpr std::string_view kiosk_backlog_since = R"sql(
ALTER TABLE kiosks ADD COLUMN backlog_since INTEGER;
)sql";

// Issue 12, the staff API's live events: a second store-wide counter (case_id -1) that only
// cases a clerk may see raise. A clerk's console is told "something changed" from this one, so
// the moment a corruption complaint is filed or handled never reaches a clerk (SPEC §5: nothing
// a clerk sees brings the corruption register's gaps back, neighbouring times included).
// 'corruption' is domain::confidential_kinds (case_changes_test holds the two equal). The
// history and notes triggers look into cases: a later step that rebuilds cases (drop, rename the
// copy) must drop these two first and make them again after, or the rename fails on them.
constexpr std::string_view open_case_changes = R"sql(
CREATE TRIGGER IF NOT EXISTS case_changes_open_filed AFTER INSERT ON cases
WHEN NEW.kind <> 'corruption'
BEGIN
  INSERT INTO case_changes(case_id, n) VALUES(-1, 1) ON CONFLICT(case_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS case_changes_open_updated AFTER UPDATE ON cases
WHEN NEW.kind <> 'corruption'
BEGIN
  INSERT INTO case_changes(case_id, n) VALUES(-1, 1) ON CONFLICT(case_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS case_changes_open_history AFTER INSERT ON case_history
WHEN (SELECT kind FROM cases WHERE id = NEW.case_id) <> 'corruption'
BEGIN
  INSERT INTO case_changes(case_id, n) VALUES(-1, 1) ON CONFLICT(case_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS case_changes_open_notes AFTER INSERT ON case_notes
WHEN (SELECT kind FROM cases WHERE id = NEW.case_id) <> 'corruption'
BEGIN
  INSERT INTO case_changes(case_id, n) VALUES(-1, 1) ON CONFLICT(case_id) DO UPDATE SET n = n + 1;
END;
)sql";

// Issue 14, Open311 (SPEC §13): the integrations allowed to POST requests, each with its own
// API key (`siang integration add NAME`), kept only as a hash keyed with the installation key
// like kiosk tokens (store_integrations.cpp), so a copied database posts nothing. A revoked
// integration's row stays (the audit log names it). IF NOT EXISTS so the step stands alone
// whichever version it ends up in.
constexpr std::string_view open311_integrations = R"sql(
CREATE TABLE IF NOT EXISTS integrations(
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  key_hash   BLOB NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS integrations_active_name ON integrations(name)
  WHERE revoked_at IS NULL;
)sql";

// Versions 4–6 came with issue 8, 7 with issue 9 and 8–9 with issue 10. known_values rebuilds
// cases and case_history after case_changes put its triggers on them; migrate() makes again
// every trigger a step's rebuild dropped.
constexpr std::array<std::string_view, 13> steps{
    v1,           v2,          v3, v4_key_check, login_failures, corruption_register, case_changes,
    known_values, help_request_screen, office_network, kiosk_backlog_since, open_case_changes,
    open311_integrations};

}  // namespace

std::span<const std::string_view> schema_migrations() {
    return steps;
}

std::optional<AddedColumn> column_added_by(std::string_view step) {
    if (step == help_request_screen) return AddedColumn{"help_requests", "screen"};
    if (step == kiosk_backlog_since) return AddedColumn{"kiosks", "backlog_since"};
    return std::nullopt;
}

std::vector<std::pair<std::string_view, std::string_view>> audit_log_triggers() {
    // Read from v1 itself, so the text compared is the text that ran.
    std::vector<std::pair<std::string_view, std::string_view>> out;
    constexpr std::string_view create = "CREATE TRIGGER ", end = "END;";
    for (auto at = v1.find(create); at != std::string_view::npos; at = v1.find(create, at + 1)) {
        const auto name_at = at + create.size();
        const auto name = v1.substr(name_at, v1.find(' ', name_at) - name_at);
        const auto stop = v1.find(end, at);
        out.emplace_back(name, v1.substr(at, stop + end.size() - 1 - at));  // without the ';'
    }
    return out;
}

}  // namespace siang::store
