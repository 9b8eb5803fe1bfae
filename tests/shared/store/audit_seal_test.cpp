// The audit seal checked before every append: tampering is never re-sealed by a later write.
#include <gtest/gtest.h>

#include "store/sqlite_db.hpp"
#include "store/sqlite_statement.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

// A store with a genesis row and four more audit rows, closed, ready to be tampered with.
class AuditSeal : public StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        first = submit(road_complaint());                                             // row 2
        submit(streetlight_request());                                                // row 3
        ASSERT_TRUE(store->append_audit("staff1", "export", "queue.csv", "2 rows"));  // row 4
        submit(suggestion());                                                         // row 5
        auto report = store->verify_audit();
        ASSERT_TRUE(report);
        ASSERT_EQ(report->rows, 5);
        ASSERT_TRUE(report->ok());
        store.reset();
    }

    // Rewrites row `edit`'s detail and recomputes every hash from there on, as someone with the
    // database but not the key would.
    void edit_and_rebuild_chain(std::int64_t edit) {
        auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec("DROP TRIGGER audit_log_no_update;"));
        std::vector<AuditEntry> entries;
        {
            auto rows = Statement::prepare(
                db->get(),
                "SELECT id, at, actor, action, target, detail FROM audit_log ORDER BY id");
            ASSERT_TRUE(rows);
            ASSERT_TRUE(rows->for_each_row([&](const Statement& s) {
                entries.push_back({s.column_int64(0), from_unix(s.column_int64(1)),
                                   s.column_text(2), s.column_text(3), s.column_text(4),
                                   s.column_text(5)});
                return true;
            }));
        }
        AuditHash prev = audit_genesis;
        for (AuditEntry& e : entries) {
            if (e.id == edit) e.detail = "0 rows";
            const AuditHash hash = audit_link_hash(prev, e);
            auto up = Statement::prepare(
                db->get(), "UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?");
            ASSERT_TRUE(up);
            up->bind_all(e.detail, std::span<const std::uint8_t>(prev),
                         std::span<const std::uint8_t>(hash), e.id);
            ASSERT_TRUE(up->run());
            prev = hash;
        }
    }

    static domain::TimePoint from_unix(std::int64_t s) {
        return domain::TimePoint{std::chrono::seconds{s}};
    }

    std::int64_t count(const std::string& sql) {
        auto db = SqliteDb::open(path, SQLITE_OPEN_READONLY);
        EXPECT_TRUE(db);
        return db ? db->query_int(sql).value_or(-1) : -1;
    }

    // Opens the store and tries one ordinary write; returns its error code (store_failed if it
    // went through).
    Errc try_write() {
        auto s = Store::open(path);
        EXPECT_TRUE(s) << (s ? "" : s.error().detail);
        if (!s) return Errc::store_failed;
        auto f = s->submit(road_complaint(), bangkok(2026, 11, 21), "kiosk");
        return f ? Errc::store_failed : f.error().code;
    }

    AuditReport verify() {
        auto s = Store::open(path);
        EXPECT_TRUE(s);
        auto report = s->verify_audit();
        EXPECT_TRUE(report);
        return report.value_or(AuditReport{});
    }

    Filed first;
};

TEST(AuditGenesis, NewStoreStartsWithAGenesisRowThatVerifies) {
    const auto dir = test_dir();
    OpenOptions create;
    create.create = true;
    auto s = Store::open((dir / "siang.db").string(), create);
    ASSERT_TRUE(s);
    auto report = s->verify_audit();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok());
    EXPECT_EQ(report->rows, 1);
    auto rows = s->audit_rows(0, 10);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].id, 1);
    EXPECT_EQ((*rows)[0].action, "genesis");
}

TEST_F(AuditSeal, CutTailThenAWriteIsRefusedAndVerifyStillFails) {
    tamper("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id >= 4;");
    const auto cases = count("SELECT count(*) FROM cases");
    EXPECT_EQ(try_write(), Errc::audit_broken);
    EXPECT_EQ(count("SELECT count(*) FROM cases"), cases);  // nothing written
    EXPECT_EQ(count("SELECT count(*) FROM audit_log"), 3);
    EXPECT_EQ(verify().first_broken, 4);
}

TEST_F(AuditSeal, AppendAuditAfterACutIsRefusedToo) {
    tamper("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 5;");
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    auto r = s->append_audit("siang", "login_failed", "nobody", "");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::audit_broken);
    EXPECT_FALSE(s->verify_audit()->ok());
}

TEST_F(AuditSeal, EditedMiddleRowWithTheChainRebuiltThenAWriteIsRefused) {
    edit_and_rebuild_chain(4);
    EXPECT_EQ(try_write(), Errc::audit_broken);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log"), 5);
    EXPECT_FALSE(verify().ok());
}

TEST_F(AuditSeal, EditedLastRowIsCaughtBeforeTheAppend) {
    // Only the last row changes, its stored hash left alone: its own hash no longer holds.
    tamper("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'x' WHERE id = 5;");
    EXPECT_EQ(try_write(), Errc::audit_broken);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log"), 5);
}

TEST_F(AuditSeal, WorkflowChangesAreRefusedOnABrokenSeal) {
    tamper("UPDATE audit_seal SET rows = rows + 1;");
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    auto r = s->add_note(first.number, integrity(), "บันทึก");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::audit_broken);
    EXPECT_EQ(count("SELECT count(*) FROM case_notes"), 0);
}

TEST_F(AuditSeal, DeletingAllRowsAndTheSealFailsVerifyAndRefusesWrites) {
    tamper("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log; DELETE FROM audit_seal;");
    EXPECT_EQ(verify().first_broken, 1);
    EXPECT_EQ(try_write(), Errc::audit_broken);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log"), 0);
}

TEST_F(AuditSeal, DeletingAllRowsButKeepingTheSealFailsVerify) {
    tamper("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log;");
    EXPECT_EQ(verify().first_broken, 1);
    EXPECT_EQ(try_write(), Errc::audit_broken);
}

TEST_F(AuditSeal, UntouchedLogAcceptsWritesAndStaysSealed) {
    EXPECT_EQ(try_write(), Errc::store_failed);  // i.e. it went through
    const auto report = verify();
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.rows, 6);
}

TEST_F(AuditSeal, CheckNamesDroppedAuditTriggers) {
    tamper("DROP TRIGGER audit_log_no_delete;");
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    auto report = s->check();
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok());
    EXPECT_EQ(report->audit_trigger_problems, std::vector<std::string>{"audit_log_no_delete"});
}

TEST_F(AuditSeal, CheckNamesAnAlteredAuditTrigger) {
    // Same name, but it no longer stops anything.
    tamper(
        "DROP TRIGGER audit_log_no_update;"
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END;");
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    auto report = s->check();
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok());
    EXPECT_EQ(report->audit_trigger_problems, std::vector<std::string>{"audit_log_no_update"});
}

TEST_F(AuditSeal, CheckOfAnUntouchedStoreFindsBothTriggers) {
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    auto report = s->check();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->audit_trigger_problems.empty());
    EXPECT_TRUE(report->ok());
}

TEST_F(AuditSeal, HeadCheckForDoctorReportsTheBrokenRow) {
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->check_audit_head());
    tamper("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 5;");
    auto r = s->check_audit_head();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::audit_broken);
    EXPECT_EQ(r.error().detail, "5");
}

}  // namespace
}  // namespace siang::store::testing
