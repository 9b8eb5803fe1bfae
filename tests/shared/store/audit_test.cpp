// The audit log: append-only for ordinary SQL, and tampering found by walking the hash chain.
#include <gtest/gtest.h>

#include <cstdlib>

#include "store/sqlite_db.hpp"
#include "store/sqlite_statement.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

using domain::Status;

// A store with its genesis row and seven more audit rows, closed, ready to be tampered with.
class AuditTamper : public StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        const Filed a = submit(road_complaint());  // row 2 (row 1: genesis)
        submit(streetlight_request());             // row 3
        ASSERT_TRUE(
            store->add_note(a.number, Viewer{"staff1", true}, "ตรวจสอบหน้างานแล้ว"));  // row 4
        ASSERT_TRUE(store->change_status(a.number, {Status::in_review, {}, "s", "", "", ""},
                                         clerk()));                                      // row 5
        ASSERT_TRUE(store->append_audit("staff1", "export", "queue.csv", "2 rows"));     // row 6
        ASSERT_TRUE(store->assign_division(a.number, "clerk", Viewer{"staff1", true}));  // row 7
        ASSERT_TRUE(store->reissue_code(a.number, Viewer{"staff1", true}));              // row 8
        auto report = store->verify_audit();
        ASSERT_TRUE(report);
        ASSERT_EQ(report->rows, 8);
        ASSERT_TRUE(report->ok());
        store.reset();
    }

    AuditReport reopen_and_verify() {
        auto s = Store::open(path);
        EXPECT_TRUE(s);
        auto report = s->verify_audit();
        EXPECT_TRUE(report);
        return report.value_or(AuditReport{});
    }
};

TEST_F(AuditTamper, OrdinarySqlCannotUpdateOrDeleteAuditRows) {
    auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    auto upd = db->exec("UPDATE audit_log SET actor = 'nobody' WHERE id = 3");
    ASSERT_FALSE(upd);
    EXPECT_NE(upd.error().detail.find("append-only"), std::string::npos);
    EXPECT_FALSE(db->exec("DELETE FROM audit_log WHERE id = 3"));
    EXPECT_EQ(db->query_int("SELECT count(*) FROM audit_log").value_or(0), 8);
}

TEST_F(AuditTamper, EditedRowIsNamed) {
    tamper(
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"
        "UPDATE audit_log SET detail = '0 rows' WHERE id = 6;");
    const auto report = reopen_and_verify();
    EXPECT_EQ(report.first_broken, 6);
}

TEST_F(AuditTamper, EditedTimestampIsNamed) {
    // Changing only the timestamp, as someone hiding when a read happened would.
    tamper(
        "DROP TRIGGER audit_log_no_update;"
        "UPDATE audit_log SET at = at - 86400 WHERE id = 4;");
    EXPECT_EQ(reopen_and_verify().first_broken, 4);
}

TEST_F(AuditTamper, DeletedRowIsDetectedAtTheNextRow) {
    tamper("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 5;");
    EXPECT_EQ(reopen_and_verify().first_broken, 6);
}

TEST_F(AuditTamper, DeletedLastRowsAreDetectedByTheSeal) {
    // The chain of rows 1–6 still holds by itself; only the seal knows there were eight.
    tamper("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id >= 7;");
    EXPECT_EQ(reopen_and_verify().first_broken, 7);
}

TEST_F(AuditTamper, ChainRebuiltWithoutTheKeyIsDetected) {
    // An attacker with the database but not the key edits row 6 and recomputes every hash from
    // there on, so each link holds again.
    auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec("DROP TRIGGER audit_log_no_update;"));
    auto rows = Statement::prepare(
        db->get(), "SELECT id, at, actor, action, target, detail FROM audit_log ORDER BY id");
    ASSERT_TRUE(rows);
    std::vector<AuditEntry> entries;
    ASSERT_TRUE(rows->for_each_row([&](const Statement& s) {
        entries.push_back({s.column_int64(0),
                           domain::TimePoint{std::chrono::seconds{s.column_int64(1)}},
                           s.column_text(2), s.column_text(3), s.column_text(4), s.column_text(5)});
        return true;
    }));
    rows = std::unexpected(Error{});
    entries[5].detail = "0 rows";
    AuditHash prev = audit_genesis;
    for (const AuditEntry& e : entries) {
        const AuditHash hash = audit_link_hash(prev, e);
        auto up = Statement::prepare(db->get(),
                                     "UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? "
                                     "WHERE id = ?");
        ASSERT_TRUE(up);
        up->bind_all(e.detail, std::span<const std::uint8_t>(prev),
                     std::span<const std::uint8_t>(hash), e.id);
        ASSERT_TRUE(up->run());
        prev = hash;
    }
    db = std::unexpected(Error{});
    EXPECT_EQ(reopen_and_verify().first_broken, 8);  // the last row no longer matches the seal
}

TEST_F(AuditTamper, RemovedSealIsDetected) {
    tamper("DELETE FROM audit_seal;");
    EXPECT_EQ(reopen_and_verify().first_broken, 1);
}

TEST_F(AuditTamper, ReorderedRowsAreDetected) {
    tamper(
        "DROP TRIGGER audit_log_no_update;"
        "UPDATE audit_log SET id = -3 WHERE id = 3;"
        "UPDATE audit_log SET id = 3 WHERE id = 4;"
        "UPDATE audit_log SET id = 4 WHERE id = -3;");
    EXPECT_EQ(reopen_and_verify().first_broken, 3);
}

TEST_F(AuditTamper, TamperingWithTheSqliteCommandLineToolIsDetected) {
    const std::string cmd = "sqlite3 '" + path +
                            "' \"DROP TRIGGER audit_log_no_update; "
                            "UPDATE audit_log SET actor = 'someone_else' WHERE id = 7;\"";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    EXPECT_EQ(reopen_and_verify().first_broken, 7);
}

TEST_F(AuditTamper, CheckReportsTheBrokenChain) {
    tamper("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;");
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    auto report = s->check();
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok());
    EXPECT_TRUE(report->integrity_problems.empty());
    EXPECT_EQ(report->audit.first_broken, 3);
}

TEST_F(AuditTamper, UntouchedLogVerifiesAndAppendsContinueTheChain) {
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    ASSERT_TRUE(s->append_audit("staff2", "export", "stats.xlsx", ""));
    auto report = s->verify_audit();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok());
    EXPECT_EQ(report->rows, 9);
    auto check = s->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->ok());
}

}  // namespace
}  // namespace siang::store::testing
