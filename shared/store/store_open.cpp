// Opening the store: file modes, the WAL, connection settings, migrations, the quick check and
// the code key with its check value.
#include <fmt/format.h>
#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "store/file_length_check.hpp"
#include "store/private_files.hpp"
#include "store/schema_migrations.hpp"
#include "store/store_files.hpp"
#include "store/store_impl.hpp"
#include "store/transaction.hpp"
#include "store/wal_check.hpp"

namespace siang::store {

namespace {

// Kiosk and console share the file; a writer holds the lock for milliseconds, so waiting 5 s
// means "never fails on a momentary lock".
constexpr int busy_timeout_ms = 5000;

bool table_exists(SqliteDb& db, std::string_view name) {
    auto st = Statement::prepare(db.get(),
                                 "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    if (!st) return false;
    st->bind_all(name);
    auto row = st->step();
    return row && *row;
}

bool column_exists(SqliteDb& db, std::string_view table, std::string_view column) {
    auto st = Statement::prepare(db.get(), "SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
    if (!st) return false;
    st->bind_all(table, column);
    auto row = st->step();
    return row && *row;
}

// The key check value: a MAC of a fixed label under the code key. It says nothing about the
// key (BLAKE2b is a PRF) but tells the right key from any other.
AuditHash key_check_mac(const domain::CodeKey& key) {
    constexpr std::string_view label = "siang key check v1";
    AuditHash out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(label.data()),
                       label.size(), key.data(), key.size());
    return out;
}

// Compares the stored check value with the key: store_wrong_key when it differs. A store
// without one (from before, or its row deleted) is judged by its audit seal instead: a seal
// whose MAC alone does not hold was made with another key. `write` stores the value once the
// key is known good; `new_log` (the migration that made the table ran just now) marks the one
// moment an empty log is a new one and gets its genesis row.
Result<void> check_key(Store::Impl& impl, bool write, bool new_log) {
    auto kcv = Statement::prepare(impl.db.get(), "SELECT mac FROM key_check WHERE id = 1");
    if (!kcv) return std::unexpected(kcv.error());
    auto row = kcv->step();
    if (!row) return std::unexpected(row.error());
    const AuditHash expected = key_check_mac(impl.key);
    if (*row) {
        const auto stored = kcv->column_blob(0);
        if (stored.size() != expected.size() ||
            !std::equal(stored.begin(), stored.end(), expected.begin()))
            return fail(Errc::store_wrong_key, impl.key_path);
        return {};
    }
    auto rows = impl.db.query_int("SELECT count(*) FROM audit_log");
    if (!rows) return std::unexpected(rows.error());
    if (*rows == 0) {
        // Emptied after the fact: nothing vouches for the key; every write is refused anyway.
        if (!new_log || !write) return {};
        // Every user and case ever added was audited: a log from before that is empty beside
        // them was emptied (rows and seal deleted), and a genesis row would bless that.
        auto data =
            impl.db.query_int("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM cases)");
        if (!data) return std::unexpected(data.error());
        if (*data > 0) return {};
        if (auto r = impl.write_audit_genesis(now_seconds()); !r) return r;
    } else {
        bool mac_only = false;
        if (!impl.sealed_audit_head(&mac_only)) {
            if (mac_only) return fail(Errc::store_wrong_key, impl.key_path);
            return {};  // tampered: opens so that `siang audit verify` can say where
        }
    }
    if (!write) return {};
    auto ins = Statement::prepare(impl.db.get(), "INSERT INTO key_check(id, mac) VALUES(1, ?)");
    if (!ins) return std::unexpected(ins.error());
    ins->bind_all(std::span<const std::uint8_t>(expected));
    return ins->run();
}

// Foreign keys off for the lifetime of a migration. A step may rebuild a table that others
// reference (SQLite's 12-step ALTER TABLE): with them on, dropping the old table counts a
// violation per child row that renaming the copy never takes back, even deferred. The pragma is
// a no-op inside a transaction, so this must outlive the migration's transaction.
class ForeignKeysOff {
  public:
    explicit ForeignKeysOff(SqliteDb& db) : db_(db) { (void)db_.exec("PRAGMA foreign_keys = OFF"); }
    ~ForeignKeysOff() { (void)db_.exec("PRAGMA foreign_keys = ON"); }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

  private:
    SqliteDb& db_;
};

// Every trigger of the schema, name and SQL as created.
Result<std::vector<std::pair<std::string, std::string>>> schema_triggers(SqliteDb& db) {
    auto st =
        Statement::prepare(db.get(), "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'");
    if (!st) return std::unexpected(st.error());
    std::vector<std::pair<std::string, std::string>> out;
    auto rows = st->for_each_row(
        [&](const Statement& s) { out.emplace_back(s.column_text(0), s.column_text(1)); });
    if (!rows) return std::unexpected(rows.error());
    return out;
}

// A step that rebuilds a table (DROP TABLE, then the copy renamed) drops the triggers on it
// too, whichever step made them (the audit log's, the change counters'): they are made again
// as they were, so a rebuild changes constraints, never what fires.
Result<void> restore_triggers(SqliteDb& db,
                              const std::vector<std::pair<std::string, std::string>>& before) {
    for (const auto& [name, sql] : before) {
        auto st = Statement::prepare(
            db.get(), "SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = ?");
        if (!st) return std::unexpected(st.error());
        st->bind_all(name);
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
        if (*row) continue;
        // The schema's own text, as SQLite stored it when the trigger was made.
        if (auto r = db.exec(sql); !r) return r;
    }
    return {};
}

Result<void> migrate(Store::Impl& impl) {
    SqliteDb& db = impl.db;
    const auto steps = schema_migrations();
    ForeignKeysOff rebuilding(db);
    auto txn = Transaction::begin(db);
    if (!txn) return std::unexpected(txn.error());
    // Read inside the write lock: another process may have migrated meanwhile.
    auto version = db.query_int("PRAGMA user_version");
    if (!version) return std::unexpected(version.error());
    if (*version > static_cast<std::int64_t>(steps.size()))
        return fail(Errc::store_too_new, std::to_string(*version));
    // What the steps are about to add decides the one-off work below, whatever their numbers.
    const bool had_seal = *version > 0 && table_exists(db, "audit_seal");
    const bool had_key_check = *version > 0 && table_exists(db, "key_check");
    for (auto v = static_cast<std::size_t>(*version); v < steps.size(); ++v) {
        auto triggers = schema_triggers(db);
        if (!triggers) return std::unexpected(triggers.error());
        const auto added = column_added_by(steps[v]);
        if (added && column_exists(db, added->table, added->column)) {
            // Already there (a folded or re-run step): nothing to add.
        } else if (auto r = db.exec(steps[v]); !r) {
            // A step adding a CHECK met a row that breaks it: name the row, change nothing.
            if (sqlite3_extended_errcode(db.get()) != SQLITE_CONSTRAINT_CHECK) return r;
            auto damaged = find_damaged_values(db);
            if (!damaged) return std::unexpected(damaged.error());
            return fail(Errc::store_damaged_value,
                        damaged->empty() ? std::string("migration ") + std::to_string(v + 1)
                                         : damaged->front());
        }
        if (auto r = restore_triggers(db, *triggers); !r) return r;
        // PRAGMA takes no parameters; the value is our own integer, not input.
        if (auto r = db.exec(fmt::format("PRAGMA user_version = {}", v + 1)); !r) return r;
    }
    // What foreign keys would have enforced: a rebuild must have kept every reference.
    if (*version < static_cast<std::int64_t>(steps.size())) {
        auto broken = db.query_int("SELECT count(*) FROM pragma_foreign_key_check");
        if (!broken) return std::unexpected(broken.error());
        if (*broken != 0)
            return fail(Errc::store_failed,
                        "foreign keys do not hold after the migration; store left unchanged");
    }
    // A log from before the seal existed is sealed as it stands (its chain was checked link by
    // link as before).
    if (!had_seal)
        if (auto r = impl.seal_current_audit(); !r) return r;
    // All in this transaction: a refused key leaves the store exactly as it was.
    if (auto r = check_key(impl, true, !had_key_check); !r) return r;
    return txn->commit();
}

Result<void> quick_check(SqliteDb& db) {
    // A row breaking a CHECK (a kind the program does not know) is not a damaged file: the
    // store opens, every reader refuses that row (store_damaged_value) and check() names it.
    // Refusing the whole store here would keep `siang check` from saying which row it is.
    if (auto r = db.exec("PRAGMA ignore_check_constraints = ON"); !r) return r;
    auto st = Statement::prepare(db.get(), "PRAGMA quick_check");
    if (!st) return std::unexpected(st.error());
    auto row = st->step();
    const bool ok = row && *row && st->column_text(0) == "ok";
    st.value().reset();
    if (auto r = db.exec("PRAGMA ignore_check_constraints = OFF"); !r) return r;
    if (!row) return std::unexpected(row.error());
    if (!ok) return fail(Errc::store_corrupt, db.path());
    return {};
}

Result<void> configure(SqliteDb& db, bool read_only, bool defer_checkpoints, bool synchronous_off) {
    sqlite3_busy_timeout(db.get(), busy_timeout_ms);
    if (defer_checkpoints) sqlite3_wal_autocheckpoint(db.get(), 10000);
    if (!read_only) {
        // The first real read of the file: a non-database file fails here with NOTADB.
        auto st = Statement::prepare(db.get(), "PRAGMA journal_mode = WAL");
        if (!st) return std::unexpected(st.error());
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
    }
    if (auto r =
            db.exec(synchronous_off ? "PRAGMA synchronous = OFF" : "PRAGMA synchronous = FULL");
        !r)
        return r;
    return db.exec("PRAGMA foreign_keys = ON");
}

}  // namespace

int schema_version() {
    return static_cast<int>(schema_migrations().size());
}

Result<Store> Store::open(const std::string& path, const OpenOptions& options) {
    if (sodium_init() < 0) return fail(Errc::internal, "sodium_init");
    // From here on no output of this process may replace the store or its key.
    protect_store_files(path, options.key_path);
    const bool may_create = options.create && !options.read_only;
    // Said as such (not as an unreadable or damaged store) in all three programs.
    if (std::error_code ec; !may_create && !std::filesystem::exists(path, ec) && !ec)
        return fail(Errc::store_missing, path);
    const std::string key_path = options.key_path.empty() ? path + ".key" : options.key_path;
    // Before SQLite creates anything: the file is 0600 from its first byte, and -wal/-shm
    // inherit its mode.
    if (may_create)
        if (auto r = create_private_store_file(path); !r) return std::unexpected(r.error());
    if (auto r = check_private_files(path, key_path); !r) return std::unexpected(r.error());
    // Another Store of this process has the file open: its open checked the files, and reading
    // them again here would drop that connection's locks (open_in_process.hpp).
    const bool already_open = OpenInProcess::is_open(path);
    // Before SQLite's recovery would discard frames the WAL lacks.
    if (!already_open)
        if (auto r = check_wal(path); !r) return std::unexpected(r.error());
    int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (may_create) flags |= SQLITE_OPEN_CREATE;
    // Before SQLite touches it: a truncated file must be reported, not half-read.
    if (!already_open)
        if (auto r = check_file_length(path); !r) return std::unexpected(r.error());
    if (!options.create) {
        // An empty file with no write-ahead log to replay holds no store. SQLite would write a
        // fresh header into it; refuse first, so it stays as the fault left it.
        std::error_code ec, wal_ec;
        const auto size = std::filesystem::file_size(path, ec);
        const auto wal = std::filesystem::file_size(path + "-wal", wal_ec);
        if (!ec && size == 0 && (wal_ec || wal <= 32)) return fail(Errc::store_corrupt, path);
    }
    auto db = SqliteDb::open(path, flags, options.vfs);
    if (!db) return std::unexpected(db.error());

    // synchronous_off only ever with a test VFS (OpenOptions).
    const bool synchronous_off = !options.vfs.empty() && options.synchronous_off;
    if (auto r = configure(*db, options.read_only, options.defer_checkpoints, synchronous_off); !r)
        return std::unexpected(r.error());
    auto version = db->query_int("PRAGMA user_version");
    if (!version) return std::unexpected(version.error());
    if (*version > schema_version()) return fail(Errc::store_too_new, std::to_string(*version));
    if (*version == 0 && !options.create) {
        // A valid but empty SQLite file (e.g. truncated to nothing) holds no Siang data.
        return fail(Errc::store_corrupt, path);
    }
    if (options.read_only && *version != schema_version())
        return fail(Errc::store_failed, "schema needs migration; open read-write once");

    // Only a new store gets a new key: a new key for an existing store would orphan every
    // tracking code issued and re-seal its audit log under a key nobody else has.
    const bool new_store = *version == 0;
    struct stat key_st {};
    if (!new_store && ::stat(key_path.c_str(), &key_st) != 0 && errno == ENOENT)
        return fail(Errc::store_key_missing, key_path);
    auto key = domain::load_code_key(key_path, new_store && may_create);
    if (!key) return std::unexpected(key.error());

    auto impl = std::make_unique<Impl>();
    impl->db = std::move(*db);
    impl->key = *key;
    impl->key_path = key_path;
    impl->directory = options.directory ? *options.directory : domain::default_directory();
    impl->open_flags = flags & ~SQLITE_OPEN_CREATE;
    impl->open_in_process = std::make_unique<OpenInProcess>(path);
    impl->vfs = options.vfs;
    impl->read_only = options.read_only;
    impl->defer_checkpoints = options.defer_checkpoints;
    impl->synchronous_off = synchronous_off;
    if (options.read_only) {
        auto txn = Transaction::begin(impl->db, false);
        if (!txn) return std::unexpected(txn.error());
        if (auto r = check_key(*impl, false, false); !r) return std::unexpected(r.error());
        if (auto r = txn->commit(); !r) return std::unexpected(r.error());
    } else if (auto r = migrate(*impl); !r) {
        return std::unexpected(r.error());
    }
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size <= options.quick_check_max_bytes) {
        if (auto r = quick_check(impl->db); !r) return std::unexpected(r.error());
    } else if (auto r = impl->db.query_int("SELECT count(*) FROM sqlite_schema"); !r) {
        return std::unexpected(r.error());
    }
    return Store(std::move(impl));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Result<void> Store::reconnect() {
    auto fresh = SqliteDb::open(impl_->db.path(), impl_->open_flags, impl_->vfs);
    if (!fresh) return std::unexpected(fresh.error());
    if (auto r =
            configure(*fresh, impl_->read_only, impl_->defer_checkpoints, impl_->synchronous_off);
        !r)
        return r;
    impl_->cache.clear();  // finalized before their connection closes
    impl_->db = std::move(*fresh);
    return {};
}

const std::string& Store::path() const {
    return impl_->db.path();
}

}  // namespace siang::store
