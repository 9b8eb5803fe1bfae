// Opening the store: connection settings, migrations, the quick check and the code key.
#include <fmt/format.h>
#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>

#include "store/file_length_check.hpp"
#include "store/schema_migrations.hpp"
#include "store/store_impl.hpp"
#include "store/transaction.hpp"

namespace siang::store {

namespace {

// Kiosk and console share the file; a writer holds the lock for milliseconds, so waiting 5 s
// means "never fails on a momentary lock".
constexpr int busy_timeout_ms = 5000;

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

Result<void> migrate(SqliteDb& db) {
    const auto steps = schema_migrations();
    ForeignKeysOff rebuilding(db);
    auto txn = Transaction::begin(db);
    if (!txn) return std::unexpected(txn.error());
    // Read inside the write lock: another process may have migrated meanwhile.
    auto version = db.query_int("PRAGMA user_version");
    if (!version) return std::unexpected(version.error());
    if (*version > static_cast<std::int64_t>(steps.size()))
        return fail(Errc::store_too_new, std::to_string(*version));
    for (auto v = static_cast<std::size_t>(*version); v < steps.size(); ++v) {
        if (auto r = db.exec(steps[v]); !r) return r;
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

Result<void> configure(SqliteDb& db, bool read_only, bool defer_checkpoints) {
    sqlite3_busy_timeout(db.get(), busy_timeout_ms);
    if (defer_checkpoints) sqlite3_wal_autocheckpoint(db.get(), 10000);
    if (!read_only) {
        // The first real read of the file: a non-database file fails here with NOTADB.
        auto st = Statement::prepare(db.get(), "PRAGMA journal_mode = WAL");
        if (!st) return std::unexpected(st.error());
        auto row = st->step();
        if (!row) return std::unexpected(row.error());
    }
    if (auto r = db.exec("PRAGMA synchronous = FULL"); !r) return r;
    return db.exec("PRAGMA foreign_keys = ON");
}

}  // namespace

int schema_version() {
    return static_cast<int>(schema_migrations().size());
}

Result<Store> Store::open(const std::string& path, const OpenOptions& options) {
    if (sodium_init() < 0) return fail(Errc::store_failed, "libsodium could not initialise");
    int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.read_only) flags |= SQLITE_OPEN_CREATE;
    // Before SQLite touches it: a truncated file must be reported, not half-read.
    if (auto r = check_file_length(path); !r) return std::unexpected(r.error());
    auto db = SqliteDb::open(path, flags);
    if (!db) return std::unexpected(db.error());

    if (auto r = configure(*db, options.read_only, options.defer_checkpoints); !r)
        return std::unexpected(r.error());
    auto version = db->query_int("PRAGMA user_version");
    if (!version) return std::unexpected(version.error());
    if (*version > schema_version()) return fail(Errc::store_too_new, std::to_string(*version));
    if (*version == 0 && !options.create) {
        // A valid but empty SQLite file (e.g. truncated to nothing) holds no Siang data.
        return fail(Errc::store_corrupt, path);
    }
    if (options.read_only) {
        if (*version != schema_version())
            return fail(Errc::store_failed, "schema needs migration; open read-write once");
    } else if (auto r = migrate(*db); !r) {
        return std::unexpected(r.error());
    }
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size <= options.quick_check_max_bytes) {
        if (auto r = quick_check(*db); !r) return std::unexpected(r.error());
    } else if (auto r = db->query_int("SELECT count(*) FROM sqlite_schema"); !r) {
        return std::unexpected(r.error());
    }

    const std::string key_path = options.key_path.empty() ? path + ".key" : options.key_path;
    auto key = domain::load_code_key(key_path, options.create && !options.read_only);
    if (!key) return std::unexpected(key.error());

    auto impl = std::make_unique<Impl>();
    impl->db = std::move(*db);
    impl->key = *key;
    impl->directory = options.directory ? *options.directory : domain::default_directory();
    // The audit seal came with schema version 3: a store migrated from before it is sealed as
    // it stands now (its chain was checked link by link as before).
    constexpr int first_sealed_version = 3;
    if (!options.read_only && *version > 0 && *version < first_sealed_version) {
        if (auto r = impl->seal_current_audit(); !r) return std::unexpected(r.error());
    }
    return Store(std::move(impl));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

const std::string& Store::path() const {
    return impl_->db.path();
}

}  // namespace siang::store
