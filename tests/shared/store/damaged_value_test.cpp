// A store that fails closed: a kind, status, register or date the program does not know is
// refused on every read path, never read as a default; the schema refuses them on write.
#include <sqlite3.h>

#include <string>
#include <vector>

#include "old_store.hpp"
#include "store/sqlite_db.hpp"
#include "store/sqlite_statement.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

using domain::CaseNumber;

class DamagedValue : public StoreTest {
  protected:
    // Writes `sql` past the CHECK constraints, as a tool editing the file directly would, and
    // opens the store again: a damaged value is refused row by row, not the whole file.
    void damage(const std::string& sql) {
        store.reset();
        tamper("PRAGMA ignore_check_constraints = ON; " + sql);
        auto s = Store::open(path);
        ASSERT_TRUE(s) << error_name(s.error().code) << " " << s.error().detail;
        store.emplace(std::move(*s));
    }

    // Runs `sql` through a raw connection with the constraints in force; false when refused.
    bool raw_write_succeeds(const std::string& sql, const std::string& file = {}) {
        auto db = SqliteDb::open(file.empty() ? path : file, SQLITE_OPEN_READWRITE);
        EXPECT_TRUE(db);
        return db && db->exec(sql).has_value();
    }

    // Every way a staff member or the kiosk reads cases, as `viewer`; each must refuse.
    void expect_every_read_refused(const Filed& f, const Viewer& viewer, const std::string& what) {
        SCOPED_TRACE(what + " as " + viewer.actor);
        auto detail = store->get_case(f.number, viewer);
        ASSERT_FALSE(detail) << "detail read as kind " << domain::kind_id(detail->filed.kind);
        EXPECT_EQ(detail.error().code, Errc::store_damaged_value) << detail.error().detail;

        Query page;
        auto listed = store->list(page, viewer);
        ASSERT_FALSE(listed) << "queue page of " << listed->rows.size() << " rows";
        EXPECT_EQ(listed.error().code, Errc::store_damaged_value);

        Query search;
        search.search = "ถนน";
        auto found = store->list(search, viewer);
        ASSERT_FALSE(found) << "search found " << found->rows.size() << " rows";
        EXPECT_EQ(found.error().code, Errc::store_damaged_value);

        std::size_t exported = 0;
        auto walk = store->for_each_case(Query{}, viewer, [&](const ListRow&) {
            ++exported;
            return true;
        });
        ASSERT_FALSE(walk) << "export walked " << exported << " rows";
        EXPECT_EQ(walk.error().code, Errc::store_damaged_value);

        auto stats =
            store->stats_rows(std::chrono::year{2026} / 11 / 1, std::chrono::year{2026} / 11 / 30,
                              viewer, bangkok(2027, 1, 5));
        ASSERT_FALSE(stats) << "statistics of " << stats->size() << " groups";
        EXPECT_EQ(stats.error().code, Errc::store_damaged_value);
    }

    // Names of the damaged values check() reports.
    std::vector<std::string> reported() {
        auto r = store->check();
        EXPECT_TRUE(r);
        if (!r) return {};
        EXPECT_FALSE(r->ok());
        return r->damaged_values;
    }
};

TEST_F(DamagedValue, ADamagedKindIsRefusedOnEveryReadPathNeverShownAsASuggestion) {
    for (const std::string bad : {"corruptionx", "", "Corruption", "corruption "}) {
        store.reset();
        std::filesystem::remove_all(dir);
        SetUp();
        const Filed f = submit(road_complaint());
        damage("UPDATE cases SET kind = '" + bad + "' WHERE id = 1");
        expect_every_read_refused(f, clerk(), "kind '" + bad + "'");
        expect_every_read_refused(f, integrity(), "kind '" + bad + "'");
        auto status = store->find_by_code(f.code);
        ASSERT_FALSE(status) << "kiosk status of kind " << domain::kind_id(status->kind);
        EXPECT_EQ(status.error().code, Errc::store_damaged_value);
        // Writes go through the same lookup.
        auto noted = store->add_note(f.number, clerk(), "โทรแจ้งผู้ร้องแล้ว");
        ASSERT_FALSE(noted);
        EXPECT_EQ(noted.error().code, Errc::store_damaged_value);
        EXPECT_EQ(reported(), std::vector<std::string>{"cases.kind row 1"});
    }
}

// NOT NULL stops a NULL kind; a schema edited to drop it must still not make one a suggestion.
TEST_F(DamagedValue, ANullKindIsRefusedToo) {
    const Filed f = submit(road_complaint());
    damage(
        "PRAGMA writable_schema = ON; "
        "UPDATE sqlite_schema SET sql = replace(sql, 'kind            TEXT NOT NULL', "
        "'kind TEXT') WHERE type = 'table' AND name = 'cases'");
    damage("UPDATE cases SET kind = NULL WHERE id = 1");
    expect_every_read_refused(f, clerk(), "kind NULL");
    expect_every_read_refused(f, integrity(), "kind NULL");
}

TEST_F(DamagedValue, ADamagedStatusIsRefusedNeverReadAsReceived) {
    const Filed f = submit(road_complaint());
    damage("UPDATE cases SET status = 'resolvedx' WHERE id = 1");
    expect_every_read_refused(f, clerk(), "case status");
    EXPECT_EQ(reported(), std::vector<std::string>{"cases.status row 1"});
}

TEST_F(DamagedValue, ADamagedHistoryStatusIsRefusedInTheDetailAndOnTheKiosk) {
    const Filed f = submit(road_complaint());
    damage("UPDATE case_history SET status = 'in_reveiw' WHERE case_id = 1");
    auto detail = store->get_case(f.number, clerk());
    ASSERT_FALSE(detail);
    EXPECT_EQ(detail.error().code, Errc::store_damaged_value);
    auto status = store->find_by_code(f.code);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, Errc::store_damaged_value);
    EXPECT_EQ(reported(), std::vector<std::string>{"case_history.status row 1"});
}

// A corruption complaint whose register is damaged must not turn into a general number.
TEST_F(DamagedValue, ADamagedRegisterIsRefusedNeverReadAsTheGeneralRegister) {
    submit(corruption_complaint());
    damage("UPDATE cases SET register = 'generalx' WHERE id = 1");
    auto listed = store->list(Query{}, integrity());
    ASSERT_FALSE(listed) << listed->rows.at(0).number.str();
    EXPECT_EQ(listed.error().code, Errc::store_damaged_value);
    EXPECT_EQ(reported(), std::vector<std::string>{"cases.register row 1"});
}

TEST_F(DamagedValue, ADamagedDueDateIsRefusedNeverReadAs1970) {
    const Filed f = submit(road_complaint());
    damage("UPDATE cases SET due_date = '2026-13-45' WHERE id = 1");
    auto detail = store->get_case(f.number, clerk());
    ASSERT_FALSE(detail);
    EXPECT_EQ(detail.error().code, Errc::store_damaged_value);
    auto listed = store->list(Query{}, clerk());
    ASSERT_FALSE(listed);
    EXPECT_EQ(listed.error().code, Errc::store_damaged_value);
    EXPECT_EQ(reported(), std::vector<std::string>{"cases.due_date row 1"});
}

TEST_F(DamagedValue, TheSchemaRefusesUnknownKindsStatusesRegistersAndRoles) {
    submit(road_complaint());
    EXPECT_FALSE(raw_write_succeeds("UPDATE cases SET kind = 'corruptionx'"));
    EXPECT_FALSE(raw_write_succeeds("UPDATE cases SET kind = ''"));
    EXPECT_FALSE(raw_write_succeeds("UPDATE cases SET status = 'done'"));
    EXPECT_FALSE(raw_write_succeeds("UPDATE cases SET register = 'secret'"));
    EXPECT_FALSE(raw_write_succeeds("UPDATE case_history SET status = 'done'"));
    EXPECT_FALSE(raw_write_succeeds(
        "INSERT INTO users(username, display_name, role, password_hash, created_at) "
        "VALUES('x', 'x', 'superuser', 'h', 0)"));
    // Every value the program writes passes: the CHECK lists agree with the domain's.
    for (const auto k : domain::all_kinds)
        EXPECT_TRUE(
            raw_write_succeeds("UPDATE cases SET kind = '" + std::string(domain::kind_id(k)) + "'"))
            << domain::kind_id(k);
    for (const auto s : domain::all_statuses) {
        EXPECT_TRUE(raw_write_succeeds("UPDATE cases SET status = '" +
                                       std::string(domain::status_id(s)) + "'"))
            << domain::status_id(s);
        EXPECT_TRUE(raw_write_succeeds("UPDATE case_history SET status = '" +
                                       std::string(domain::status_id(s)) + "'"))
            << domain::status_id(s);
    }
    for (const auto r : {domain::Register::general, domain::Register::corruption})
        EXPECT_TRUE(raw_write_succeeds("UPDATE cases SET register = '" +
                                       std::string(domain::register_id(r)) + "'"));
    for (const char* role : {"clerk", "integrity", "admin"})
        EXPECT_TRUE(raw_write_succeeds(
            std::string("INSERT INTO users(username, display_name, role, password_hash, "
                        "created_at) VALUES('u_") +
            role + "', 'x', '" + role + "', 'h', 0)"))
            << role;
}

TEST_F(DamagedValue, AVersion6StoreMigratesKeepingEveryRowAndTrigger) {
    store.reset();
    const std::string old_path = (dir / "v6.db").string();
    make_old_store(old_path, 6);
    // A trigger on a table the step rebuilds, as another step (the change counters) makes.
    const std::string counter =
        "CREATE TRIGGER cases_filed_count AFTER INSERT ON cases BEGIN SELECT 1; END";
    const std::string history_counter =
        "CREATE TRIGGER history_count AFTER INSERT ON case_history BEGIN SELECT 1; END";
    {
        auto db = SqliteDb::open(old_path, SQLITE_OPEN_READWRITE);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(counter));
        ASSERT_TRUE(db->exec(history_counter));
    }
    auto s = Store::open(old_path);
    ASSERT_TRUE(s) << error_name(s.error().code) << " " << s.error().detail;
    store.emplace(std::move(*s));
    auto all = store->list(Query{}, integrity());
    ASSERT_TRUE(all) << all.error().detail;
    ASSERT_EQ(all->rows.size(), 3u);
    auto old_corrupt = store->get_case(CaseNumber{2570, 2}, integrity());
    ASSERT_TRUE(old_corrupt);
    EXPECT_EQ(old_corrupt->filed.kind, domain::Kind::corruption);
    EXPECT_EQ(old_corrupt->history.size(), 1u);
    EXPECT_EQ(old_corrupt->notes.size(), 1u);
    Query q;
    q.search = "suggestion";
    auto found = store->list(q, clerk());
    ASSERT_TRUE(found);
    ASSERT_EQ(found->rows.size(), 1u);
    EXPECT_EQ(found->rows[0].number, (CaseNumber{2570, 3}));
    EXPECT_EQ(submit(suggestion()).number, (CaseNumber{2570, 4}));
    auto checked = store->check();
    ASSERT_TRUE(checked);
    EXPECT_TRUE(checked->ok());
    EXPECT_TRUE(checked->audit_trigger_problems.empty());
    for (const auto& [name, sql] :
         std::vector<std::pair<std::string, std::string>>{{"cases_filed_count", counter},
                                                          {"history_count", history_counter},
                                                          {"audit_log_no_update", ""},
                                                          {"audit_log_no_delete", ""}}) {
        auto db = SqliteDb::open(old_path, SQLITE_OPEN_READONLY);
        ASSERT_TRUE(db);
        auto st = Statement::prepare(db->get(),
                                     "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                     "name = ?");
        ASSERT_TRUE(st);
        st->bind_all(name);
        auto row = st->step();
        ASSERT_TRUE(row && *row) << "trigger " << name << " lost by the migration";
        if (!sql.empty()) {
            EXPECT_EQ(st->column_text(0), sql);
        }
    }
    // The rebuilt tables carry the constraints.
    EXPECT_FALSE(raw_write_succeeds("UPDATE cases SET kind = 'corruptionx'", old_path));
    EXPECT_FALSE(raw_write_succeeds("UPDATE case_history SET status = 'done'", old_path));
}

TEST_F(DamagedValue, AVersion6StoreWithADamagedKindIsNotMigratedAndStaysAsItWas) {
    store.reset();
    const std::string old_path = (dir / "v6.db").string();
    make_old_store(old_path, 6);
    {
        auto db = SqliteDb::open(old_path, SQLITE_OPEN_READWRITE);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec("UPDATE cases SET kind = 'corruptionx' WHERE id = 2"));
    }
    auto s = Store::open(old_path);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, Errc::store_damaged_value) << s.error().detail;
    auto db = SqliteDb::open(old_path, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->query_int("PRAGMA user_version").value_or(0), 6);
    EXPECT_EQ(db->query_int("SELECT count(*) FROM cases").value_or(0), 3);
}

}  // namespace
}  // namespace siang::store::testing
