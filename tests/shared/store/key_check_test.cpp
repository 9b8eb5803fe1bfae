// The key check value: a store opens only with its own code key; stores from before get one.
#include <gtest/gtest.h>
#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "store/schema_migrations.hpp"
#include "store/sqlite_db.hpp"
#include "store/sqlite_statement.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

namespace fs = std::filesystem;

void write_key(const std::string& path, const domain::CodeKey& key) {
    fs::remove(path);
    {
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(key.data()),
                  static_cast<std::streamsize>(key.size()));
    }
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
}

domain::CodeKey other_key() {
    domain::CodeKey k{};
    k.fill(0x42);
    return k;
}

class KeyCheck : public StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        filed = submit(road_complaint());
        store.reset();
        right_key = slurp(path + ".key");
        ASSERT_EQ(right_key.size(), domain::code_key_size);
    }

    void put_wrong_key() { write_key(path + ".key", other_key()); }
    void put_right_key() {
        domain::CodeKey k{};
        std::copy(right_key.begin(), right_key.end(), k.begin());
        write_key(path + ".key", k);
    }

    Filed filed;
    std::string right_key;
};

TEST_F(KeyCheck, WrongKeyIsRefusedAtOpenNamingTheKeyFile) {
    put_wrong_key();
    auto s = Store::open(path);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, Errc::store_wrong_key);
    EXPECT_EQ(s.error().detail, path + ".key");
}

TEST_F(KeyCheck, WrongKeyIsRefusedForReadOnlyOpensToo) {
    put_wrong_key();
    OpenOptions ro;
    ro.read_only = true;
    auto s = Store::open(path, ro);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, Errc::store_wrong_key);
}

TEST_F(KeyCheck, RightKeyBackEverythingWorksAndNothingWasIssuedMeanwhile) {
    put_wrong_key();
    EXPECT_FALSE(Store::open(path));
    put_right_key();
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->find_by_code(filed.code));
    auto f = s->submit(suggestion(), bangkok(2026, 11, 21), "kiosk");
    ASSERT_TRUE(f);
    EXPECT_TRUE(s->find_by_code(f->code));
    auto check = s->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->ok());
}

TEST_F(KeyCheck, MissingKeyOnAnExistingStoreIsRefusedAndNoNewKeyIsMade) {
    fs::remove(path + ".key");
    for (const bool create : {false, true}) {
        OpenOptions o;
        o.create = create;
        auto s = Store::open(path, o);
        ASSERT_FALSE(s);
        EXPECT_EQ(s.error().code, Errc::store_key_missing);
        EXPECT_EQ(s.error().detail, path + ".key");
        EXPECT_FALSE(fs::exists(path + ".key"));
    }
}

TEST_F(KeyCheck, DeletedCheckValueIsRewrittenWhenTheSealHoldsUnderTheKey) {
    {
        auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec("DELETE FROM key_check"));
    }
    put_wrong_key();
    auto wrong = Store::open(path);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, Errc::store_wrong_key);
    put_right_key();
    ASSERT_TRUE(Store::open(path));
    auto db = SqliteDb::open(path, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->query_int("SELECT count(*) FROM key_check").value_or(0), 1);
}

// A store as version 3 of the schema left it: no genesis row, no key check value, sealed.
class LegacyStore : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_GE(sodium_init(), 0);
        dir = test_dir();
        path = (dir / "siang.db").string();
        randombytes_buf(key.data(), key.size());
        write_key(path + ".key", key);
        auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        ASSERT_TRUE(db);
        ::chmod(path.c_str(), 0600);
        ASSERT_TRUE(db->exec("PRAGMA journal_mode = WAL"));
        const auto steps = schema_migrations();
        for (std::size_t v = 0; v < 3; ++v) ASSERT_TRUE(db->exec(steps[v]));
        ASSERT_TRUE(db->exec("PRAGMA user_version = 3"));
        AuditHash prev = audit_genesis;
        for (std::int64_t id = 1; id <= rows; ++id) {
            const AuditEntry e{id, bangkok(2026, 1, 5), "siang", "add_user", "admin", ""};
            const AuditHash hash = audit_link_hash(prev, e);
            auto ins =
                Statement::prepare(db->get(),
                                   "INSERT INTO audit_log(id, at, actor, action, target, "
                                   "detail, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
            ASSERT_TRUE(ins);
            ins->bind_all(id, e.at.time_since_epoch().count(), e.actor, e.action, e.target,
                          e.detail, std::span<const std::uint8_t>(prev),
                          std::span<const std::uint8_t>(hash));
            ASSERT_TRUE(ins->run());
            prev = hash;
        }
        if (rows > 0) {
            const AuditHash mac = audit_seal_mac(key, rows, prev);
            auto seal = Statement::prepare(db->get(), "INSERT INTO audit_seal VALUES(1, ?, ?)");
            ASSERT_TRUE(seal);
            seal->bind_all(rows, std::span<const std::uint8_t>(mac));
            ASSERT_TRUE(seal->run());
        }
    }

    fs::path dir;
    std::string path;
    domain::CodeKey key{};
    std::int64_t rows = 3;
};

TEST_F(LegacyStore, MigratesWithoutAGenesisRowAndKeepsWorking) {
    auto s = Store::open(path);
    ASSERT_TRUE(s) << s.error().detail;
    auto report = s->verify_audit();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok());
    EXPECT_EQ(report->rows, 3);
    ASSERT_TRUE(s->submit(road_complaint(), bangkok(2026, 11, 20), "kiosk"));
    EXPECT_TRUE(s->verify_audit()->ok());
    EXPECT_EQ(s->verify_audit()->rows, 4);
    s = std::unexpected(Error{});
    // The check value was written on that first open: a wrong key is now refused at once.
    write_key(path + ".key", other_key());
    auto wrong = Store::open(path);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, Errc::store_wrong_key);
}

TEST_F(LegacyStore, FirstOpenWithAKeyTheSealDoesNotVerifyUnderIsRefused) {
    write_key(path + ".key", other_key());
    auto s = Store::open(path);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, Errc::store_wrong_key);
    auto db = SqliteDb::open(path, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(db);
    // Refused before anything was migrated or sealed under the wrong key.
    EXPECT_EQ(db->query_int("PRAGMA user_version").value_or(0), 3);
}

class EmptyLegacyStore : public LegacyStore {
  protected:
    void SetUp() override {
        rows = 0;
        LegacyStore::SetUp();
    }
};

TEST_F(EmptyLegacyStore, AnEmptyLogFromBeforeGetsItsGenesisRowOnMigration) {
    auto s = Store::open(path);
    ASSERT_TRUE(s) << s.error().detail;
    auto report = s->verify_audit();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok());
    EXPECT_EQ(report->rows, 1);
    EXPECT_EQ(s->audit_rows(0, 1)->at(0).action, "genesis");
}

TEST_F(EmptyLegacyStore, AnEmptiedLogBesideUsersFromBeforeIsNotBlessedWithAGenesisRow) {
    // Version 3 let the rows and the seal be deleted together unnoticed; the users stay.
    {
        auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
        ASSERT_TRUE(db);
        ASSERT_TRUE(
            db->exec("INSERT INTO users(username, display_name, role, password_hash, created_at) "
                     "VALUES('admin', 'ผู้ดูแลระบบ', 'admin', 'x', 0)"));
    }
    auto s = Store::open(path);
    ASSERT_TRUE(s) << s.error().detail;
    EXPECT_EQ(s->verify_audit()->first_broken, 1);
    auto w = s->append_audit("siang", "export", "x", "");
    ASSERT_FALSE(w);
    EXPECT_EQ(w.error().code, Errc::audit_broken);
}

}  // namespace
}  // namespace siang::store::testing
