// The kiosk's outbox: filings frozen and committed locally, their state, and the device credential.
#include "sync/outbox.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "store/file_length_check.hpp"
#include "store/private_files.hpp"
#include "store/sqlite_db.hpp"
#include "store/sqlite_statement.hpp"
#include "store/transaction.hpp"
#include "store/wal_check.hpp"
#include "sync/strict_json.hpp"

namespace siang::sync {

namespace {

using store::SqliteDb;
using store::Statement;
using store::Transaction;

// The uploader and the kiosk's UI thread meet for milliseconds; waiting 5 s means a filing never
// fails on a momentary lock (as in the store).
constexpr int busy_timeout_ms = 5000;

constexpr std::string_view db_name = "outbox.db";

// One mutex per outbox file in this process, shared by its connections (the kiosk's UI thread
// and the uploader): their write transactions queue on it and start the moment the other one
// commits, where SQLite's busy handler would sleep 1, 2, 5… ms between tries (a submit meeting
// an acknowledgement waited up to 180 ms). Another process (`siang outbox`) still meets the busy
// timeout.
std::shared_ptr<std::mutex> write_lock_for(const std::string& path) {
    static std::mutex registry_mutex;
    static std::map<std::string, std::weak_ptr<std::mutex>> registry;
    std::error_code ec;
    auto key = std::filesystem::weakly_canonical(path, ec).string();
    if (ec) key = path;
    std::lock_guard lock(registry_mutex);
    std::weak_ptr<std::mutex>& slot = registry[key];
    auto m = slot.lock();
    if (!m) {
        m = std::make_shared<std::mutex>();
        slot = m;
    }
    return m;
}
constexpr std::string_view credential_name = "device.json";

// Schema steps by user_version, as in the store: append, never edit.
// A filing's row lives on after acknowledgement with its content gone (body NULL): uuid → case
// number is what the kiosk keeps. The CHECK makes "acknowledged" and "content deleted" one fact.
constexpr std::string_view schema_v1 = R"sql(
CREATE TABLE filings(
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK(state IN ('pending', 'acknowledged', 'quarantined')),
    filed_at INTEGER NOT NULL,
    due_day INTEGER NOT NULL,
    body TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    case_number TEXT,
    acknowledged_at INTEGER,
    CHECK ((state = 'acknowledged') = (body IS NULL)),
    CHECK ((state = 'acknowledged') = (case_number IS NOT NULL))
);
CREATE INDEX filings_waiting ON filings(state, seq);
CREATE TABLE outbox_state(
    id INTEGER PRIMARY KEY CHECK(id = 1),
    last_success INTEGER,
    last_error TEXT
);
INSERT INTO outbox_state(id) VALUES(1);
)sql";

constexpr std::array<std::string_view, 1> schema_steps{schema_v1};

std::unexpected<Error> io_fail(const std::string& path, int err) {
    return fail(Errc::io_error, path + ": " + std::strerror(err));
}

std::string join(const std::string& dir, std::string_view name) {
    return (std::filesystem::path(dir) / name).string();
}

// RFC 4122 version 4 from libsodium's CSPRNG, lower case.
std::string mint_uuid() {
    std::array<unsigned char, 16> b{};
    randombytes_buf(b.data(), b.size());
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += hex[b[i] >> 4];
        out += hex[b[i] & 0x0F];
    }
    return out;
}

std::int64_t day_number(std::chrono::year_month_day d) {
    return std::chrono::sys_days{d}.time_since_epoch().count();
}
std::chrono::year_month_day from_day_number(std::int64_t n) {
    return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{n}}};
}

// An error as it is kept in the outbox: the office API's error body, read back the same way.
std::string error_text(const Error& e) {
    return encode_error(e);
}
Error error_from_text(const std::string& text) {
    return decode_error(text, 0);
}

// The outbox's folder and files belong to the kiosk's user alone: they hold complainants' names
// and clear tracking codes until sent. A folder others may enter is reported on the database
// file, whose message names the folder's chmod too.
Result<void> check_private(const std::string& dir) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0 && (st.st_mode & 077) != 0)
        return fail(Errc::store_not_private, join(dir, db_name));
    return store::check_private_files(join(dir, db_name), join(dir, credential_name));
}

Result<void> configure(SqliteDb& db) {
    sqlite3_busy_timeout(db.get(), busy_timeout_ms);
    // The first real read of the file: a non-database file fails here with NOTADB.
    auto st = Statement::prepare(db.get(), "PRAGMA journal_mode = WAL");
    if (!st) return std::unexpected(st.error());
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    // A receipt is shown only once the filing is on disk.
    if (auto r = db.exec("PRAGMA synchronous = FULL"); !r) return r;
    // An acknowledged filing's content is overwritten, not merely unlinked from the b-tree: the
    // clear code must not linger in free pages of a stolen kiosk's disk (SPEC §9).
    return db.exec("PRAGMA secure_delete = ON");
}

Result<void> migrate(SqliteDb& db) {
    auto txn = Transaction::begin(db);
    if (!txn) return std::unexpected(txn.error());
    auto version = db.query_int("PRAGMA user_version");
    if (!version) return std::unexpected(version.error());
    if (*version > static_cast<std::int64_t>(schema_steps.size()))
        return fail(Errc::store_too_new, std::to_string(*version));
    for (auto v = static_cast<std::size_t>(*version); v < schema_steps.size(); ++v) {
        if (auto r = db.exec(schema_steps[v]); !r) return r;
        // PRAGMA takes no parameters; the value is our own small integer.
        if (auto r = db.exec("PRAGMA user_version = " + std::to_string(v + 1)); !r) return r;
    }
    return txn->commit();
}

Result<void> quick_check(SqliteDb& db) {
    auto st = Statement::prepare(db.get(), "PRAGMA quick_check");
    if (!st) return std::unexpected(st.error());
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row || st->column_text(0) != "ok") return fail(Errc::store_corrupt, db.path());
    return {};
}

// Writes `text` to `path` so that a crash leaves either the old file or the new one, never a
// torn one: a temporary file (0600) written and fsync'd, renamed over, the folder fsync'd.
Result<void> write_file_atomically(const std::string& path, std::string_view text) {
    const std::string tmp = path + ".tmp";
    ::unlink(tmp.c_str());  // a leftover of a crash; O_EXCL below refuses anything planted
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return io_fail(tmp, errno);
    struct Closer {
        int fd;
        ~Closer() {
            if (fd >= 0) ::close(fd);
        }
    } closer{fd};
    if (::fchmod(fd, 0600) != 0) return io_fail(tmp, errno);
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int err = errno;
            ::unlink(tmp.c_str());
            return err == ENOSPC ? fail(Errc::store_full, tmp) : io_fail(tmp, err);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return io_fail(tmp, err);
    }
    ::close(fd);
    closer.fd = -1;
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return io_fail(path, err);
    }
    const std::string dir = std::filesystem::path(path).parent_path().string();
    const int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) return io_fail(dir, errno);
    const bool synced = ::fsync(dfd) == 0;
    const int err = errno;
    ::close(dfd);
    if (!synced) return io_fail(dir, err);
    return {};
}

}  // namespace

struct Outbox::Impl {
    std::string dir;
    std::shared_ptr<std::mutex> write_lock;  // write_lock_for(the database)
    SqliteDb db;
    std::optional<Statement> insert_filing;  // file()'s INSERT, prepared once (before db closes)

    Result<Statement> prepare(std::string_view sql) { return Statement::prepare(db.get(), sql); }
    std::unique_lock<std::mutex> writing() { return std::unique_lock(*write_lock); }
};

Result<Outbox> Outbox::open(const std::string& dir, bool create) {
    if (sodium_init() < 0) return fail(Errc::internal, "sodium_init");
    const std::string path = join(dir, db_name);
    if (std::error_code ec; !create && !std::filesystem::exists(path, ec) && !ec)
        return fail(Errc::store_missing, dir);
    // Before SQLite creates anything: the folder 0700 and the file 0600 from their first byte
    // (-wal and -shm take the file's mode).
    if (create)
        if (auto r = store::create_private_store_file(path); !r) return std::unexpected(r.error());
    if (auto r = check_private(dir); !r) return std::unexpected(r.error());
    // Before SQLite's recovery would drop frames the log lacks (committed filings).
    if (auto r = store::check_wal(path); !r) return std::unexpected(r.error());
    if (auto r = store::check_file_length(path); !r) return std::unexpected(r.error());
    auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX);
    if (!db) return std::unexpected(db.error());
    if (auto r = configure(*db); !r) return std::unexpected(r.error());
    if (auto r = migrate(*db); !r) return std::unexpected(r.error());
    if (auto r = quick_check(*db); !r) return std::unexpected(r.error());
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    impl->write_lock = write_lock_for(path);
    impl->db = std::move(*db);
    return Outbox(std::move(impl));
}

Outbox::Outbox(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Outbox::Outbox(Outbox&&) noexcept = default;
Outbox& Outbox::operator=(Outbox&&) noexcept = default;
Outbox::~Outbox() = default;

Result<DeviceCredential> Outbox::credential() const {
    const std::string path = join(impl_->dir, credential_name);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT) return fail(Errc::not_enrolled, impl_->dir);
        return io_fail(path, errno);
    }
    std::string text;
    struct stat st {};
    const bool private_file = ::fstat(fd, &st) == 0 && (st.st_mode & 077) == 0;
    char buf[4096];
    // A credential is a few hundred bytes; anything past 64 KiB is not one.
    while (text.size() < 65536) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        text.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    // The token is this kiosk's identity at the office: refused while others may read it.
    if (!private_file) return fail(Errc::store_not_private, path);
    // A damaged credential is mended by enrolling again, as a missing one is.
    auto j = parse_strict_json(text);
    if (!j) return fail(Errc::not_enrolled, impl_->dir);
    DeviceCredential c;
    const std::pair<const char*, std::string*> fields[] = {
        {"url", &c.url}, {"fingerprint", &c.fingerprint}, {"kiosk", &c.kiosk}, {"token", &c.token}};
    for (const auto& [key, target] : fields) {
        auto it = j->find(key);
        if (it == j->end() || !it->is_string()) return fail(Errc::not_enrolled, impl_->dir);
        *target = it->get<std::string>();
    }
    return c;
}

Result<void> Outbox::save_credential(const DeviceCredential& c) {
    const nlohmann::json j{
        {"url", c.url}, {"fingerprint", c.fingerprint}, {"kiosk", c.kiosk}, {"token", c.token}};
    return write_file_atomically(join(impl_->dir, credential_name), j.dump() + "\n");
}

Result<Receipt> Outbox::file(const domain::Draft& validated, domain::TimePoint now,
                             const domain::Directory& directory) {
    Filing f;
    f.filed_at = now;
    f.draft = validated;
    Receipt receipt;
    receipt.filed_at = now;
    receipt.due_date = domain::due_date(directory, validated.kind, validated.service, now);
    if (!impl_->insert_filing) {
        auto ins = impl_->prepare(
            "INSERT INTO filings(uuid, state, filed_at, due_day, body) VALUES(?, 'pending', ?, ?, "
            "?)");
        if (!ins) return std::unexpected(ins.error());
        impl_->insert_filing.emplace(std::move(*ins));
    }
    Statement* ins = &*impl_->insert_filing;
    // A second draw only if 122 random bits ever met an earlier uuid here.
    for (int tries = 0;; ++tries) {
        f.uuid = mint_uuid();
        f.code = domain::generate_tracking_code();
        const std::string body = encode(f);
        auto writing = impl_->writing();
        auto txn = Transaction::begin(impl_->db);
        if (!txn) return std::unexpected(txn.error());
        ins->bind_all(f.uuid, now.time_since_epoch().count(), day_number(receipt.due_date), body);
        auto r = ins->run();
        if (!r) {
            if (tries < 3 && sqlite3_extended_errcode(impl_->db.get()) == SQLITE_CONSTRAINT_UNIQUE)
                continue;
            return std::unexpected(r.error());
        }
        if (auto c = txn->commit(); !c) return std::unexpected(c.error());
        break;
    }
    receipt.uuid = f.uuid;
    receipt.code = f.code;
    return receipt;
}

Result<std::optional<PendingFiling>> Outbox::next_pending() {
    auto st = impl_->prepare(
        "SELECT seq, uuid, body, attempts FROM filings WHERE state = 'pending' ORDER BY seq "
        "LIMIT 1");
    if (!st) return std::unexpected(st.error());
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<PendingFiling>{};
    return std::optional<PendingFiling>{PendingFiling{.seq = st->column_int64(0),
                                                      .uuid = st->column_text(1),
                                                      .body = st->column_text(2),
                                                      .attempts = st->column_int(3)}};
}

Result<void> Outbox::acknowledge(const FilingAck& ack, domain::TimePoint now) {
    auto writing = impl_->writing();
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    // A quarantined filing the office later acknowledges is at the office after all.
    auto upd = impl_->prepare(
        "UPDATE filings SET state = 'acknowledged', body = NULL, case_number = ?, due_day = ?, "
        "acknowledged_at = ?, last_error = NULL WHERE uuid = ? AND state <> 'acknowledged'");
    if (!upd) return std::unexpected(upd.error());
    upd->bind_all(ack.case_number.str(), day_number(ack.due_date), now.time_since_epoch().count(),
                  ack.uuid);
    if (auto r = upd->run(); !r) return r;
    if (sqlite3_changes(impl_->db.get()) == 0) {
        auto known = case_number_of(ack.uuid);
        if (!known) return std::unexpected(known.error());  // not_found
        // Acknowledged before (a second answer to a resend): nothing more to keep.
        return {};
    }
    auto state =
        impl_->prepare("UPDATE outbox_state SET last_success = ?, last_error = NULL WHERE id = 1");
    if (!state) return std::unexpected(state.error());
    state->bind_all(now.time_since_epoch().count());
    if (auto r = state->run(); !r) return r;
    return txn->commit();
}

Result<void> Outbox::quarantine(const std::string& uuid, const Error& why) {
    auto writing = impl_->writing();
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto upd = impl_->prepare(
        "UPDATE filings SET state = 'quarantined', attempts = attempts + 1, last_error = ? "
        "WHERE uuid = ? AND state = 'pending'");
    if (!upd) return std::unexpected(upd.error());
    upd->bind_all(error_text(why), uuid);
    if (auto r = upd->run(); !r) return r;
    if (sqlite3_changes(impl_->db.get()) == 0) {
        auto known = case_number_of(uuid);
        if (!known) return std::unexpected(known.error());
        return {};  // already out of the queue
    }
    auto state = impl_->prepare("UPDATE outbox_state SET last_error = ? WHERE id = 1");
    if (!state) return std::unexpected(state.error());
    state->bind_all(error_text(why));
    if (auto r = state->run(); !r) return r;
    return txn->commit();
}

Result<void> Outbox::note_attempt_failed(const std::string& uuid, const Error& why) {
    auto writing = impl_->writing();
    auto txn = Transaction::begin(impl_->db);
    if (!txn) return std::unexpected(txn.error());
    auto upd = impl_->prepare(
        "UPDATE filings SET attempts = attempts + 1, last_error = ? WHERE uuid = ? AND state = "
        "'pending'");
    if (!upd) return std::unexpected(upd.error());
    upd->bind_all(error_text(why), uuid);
    if (auto r = upd->run(); !r) return r;
    auto state = impl_->prepare("UPDATE outbox_state SET last_error = ? WHERE id = 1");
    if (!state) return std::unexpected(state.error());
    state->bind_all(error_text(why));
    if (auto r = state->run(); !r) return r;
    return txn->commit();
}

Result<void> Outbox::scrub() {
    auto writing = impl_->writing();
    auto st = impl_->prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!st) return std::unexpected(st.error());
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    // The first column is 1 when a reader kept the checkpoint from finishing.
    if (*row && st->column_int(0) != 0) return fail(Errc::store_busy, impl_->db.path());
    return {};
}

Result<std::optional<domain::CaseNumber>> Outbox::case_number_of(const std::string& uuid) {
    auto st = impl_->prepare("SELECT case_number FROM filings WHERE uuid = ?");
    if (!st) return std::unexpected(st.error());
    st->bind_all(uuid);
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return fail(Errc::not_found, uuid);
    if (st->column_is_null(0)) return std::optional<domain::CaseNumber>{};
    auto number = domain::parse_case_number(st->column_text(0));
    if (!number) return fail(Errc::store_damaged_value, "filings.case_number");
    return std::optional<domain::CaseNumber>{*number};
}

Result<std::optional<Receipt>> Outbox::find_pending(const domain::TrackingCode& code) {
    auto st = impl_->prepare(
        "SELECT uuid, filed_at, due_day, body FROM filings WHERE state = 'pending' ORDER BY seq");
    if (!st) return std::unexpected(st.error());
    std::optional<Receipt> found;
    std::optional<Error> damaged;
    auto rows = st->for_each_row([&](const Statement& s) {
        auto f = decode_filing(s.column_text(3));
        if (!f) {
            damaged = Error{Errc::store_damaged_value, "filings.body"};
            return false;
        }
        // Every pending code is compared, in constant time, so timing says nothing about which.
        if (sodium_memcmp(f->code.digits.data(), code.digits.data(), code.digits.size()) == 0 &&
            !found)
            found = Receipt{.uuid = s.column_text(0),
                            .code = f->code,
                            .filed_at = domain::TimePoint{std::chrono::seconds{s.column_int64(1)}},
                            .due_date = from_day_number(s.column_int64(2)),
                            .case_number = std::nullopt};
        return true;
    });
    if (!rows) return std::unexpected(rows.error());
    if (damaged) return std::unexpected(*damaged);
    return found;
}

Result<OutboxStatus> Outbox::status() {
    auto txn = Transaction::begin(impl_->db, false);
    if (!txn) return std::unexpected(txn.error());
    OutboxStatus out;
    auto counts = impl_->prepare(
        "SELECT coalesce(sum(state = 'pending'), 0), coalesce(sum(state = 'quarantined'), 0) "
        "FROM filings");
    if (!counts) return std::unexpected(counts.error());
    auto row = counts->step();
    if (!row) return std::unexpected(row.error());
    out.pending = counts->column_int64(0);
    out.quarantined = counts->column_int64(1);
    auto state = impl_->prepare("SELECT last_success, last_error FROM outbox_state WHERE id = 1");
    if (!state) return std::unexpected(state.error());
    row = state->step();
    if (!row) return std::unexpected(row.error());
    if (*row) {
        if (!state->column_is_null(0))
            out.last_success = domain::TimePoint{std::chrono::seconds{state->column_int64(0)}};
        if (!state->column_is_null(1)) out.last_error = error_from_text(state->column_text(1));
    }
    return out;
}

Result<std::vector<std::pair<std::string, Error>>> Outbox::quarantined() {
    auto st = impl_->prepare(
        "SELECT uuid, last_error FROM filings WHERE state = 'quarantined' ORDER BY seq");
    if (!st) return std::unexpected(st.error());
    std::vector<std::pair<std::string, Error>> out;
    auto rows = st->for_each_row([&](const Statement& s) {
        out.emplace_back(s.column_text(0), s.column_is_null(1) ? Error{Errc::server_failed}
                                                               : error_from_text(s.column_text(1)));
    });
    if (!rows) return std::unexpected(rows.error());
    return out;
}

}  // namespace siang::sync
