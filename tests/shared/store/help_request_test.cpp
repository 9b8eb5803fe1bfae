// Help requests from kiosks, the audit log's pages, and migrating an older store.
#include <gtest/gtest.h>

#include "store/schema_migrations.hpp"
#include "store/sqlite_db.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

// The user_version just before the step adding help_requests.screen (later steps, such as issue
// 11's, follow it and re-run harmlessly).
std::string before_screen_step() {
    const auto steps = schema_migrations();
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (auto added = column_added_by(steps[i]); added && added->column == "screen")
            return std::to_string(i);
    ADD_FAILURE() << "no step adds help_requests.screen";
    return "0";
}

class HelpRequests : public StoreTest {};

TEST_F(HelpRequests, OpenRequestsAreListedUntilAcknowledged) {
    auto a = store->add_help_request("kiosk-1", bangkok(2026, 11, 20, 9));
    auto b = store->add_help_request("ตู้หน้าอาคาร", bangkok(2026, 11, 20, 10));
    ASSERT_TRUE(a);
    ASSERT_TRUE(b);
    auto open = store->open_help_requests();
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 2u);
    EXPECT_EQ((*open)[0].kiosk, "kiosk-1");
    EXPECT_EQ((*open)[1].kiosk, "ตู้หน้าอาคาร");
    EXPECT_EQ((*open)[1].at, bangkok(2026, 11, 20, 10));
    ASSERT_TRUE(store->acknowledge_help_request(*a, "staff1"));
    // A second console acknowledging the same request a moment later is fine.
    ASSERT_TRUE(store->acknowledge_help_request(*a, "staff2"));
    open = store->open_help_requests();
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ((*open)[0].id, *b);
}

TEST_F(HelpRequests, EmptyKioskNameIsRefused) {
    auto r = store->add_help_request("");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::internal);
}

TEST_F(HelpRequests, AcknowledgementIsAuditedOnce) {
    auto id = store->add_help_request("kiosk-1");
    ASSERT_TRUE(id);
    ASSERT_TRUE(store->acknowledge_help_request(*id, "staff1"));
    ASSERT_TRUE(store->acknowledge_help_request(*id, "staff2"));
    auto rows = store->audit_rows(0, 10);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2u);  // and the store's genesis row
    EXPECT_EQ((*rows)[1].action, "genesis");
    EXPECT_EQ((*rows)[0].action, "acknowledge_help");
    EXPECT_EQ((*rows)[0].actor, "staff1");
}

TEST_F(HelpRequests, AuditRowsPageNewestFirst) {
    for (int i = 0; i < 7; ++i)
        ASSERT_TRUE(store->append_audit("staff1", "export", "file" + std::to_string(i), ""));
    EXPECT_EQ(store->audit_row_count().value_or(0), 8);  // after the genesis row
    auto first = store->audit_rows(0, 3);
    ASSERT_TRUE(first);
    ASSERT_EQ(first->size(), 3u);
    EXPECT_EQ((*first)[0].id, 8);
    EXPECT_EQ((*first)[0].target, "file6");
    auto last = store->audit_rows(7, 3);
    ASSERT_TRUE(last);
    ASSERT_EQ(last->size(), 1u);
    EXPECT_EQ((*last)[0].id, 1);
    auto beyond = store->audit_rows(8, 3);
    ASSERT_TRUE(beyond);
    EXPECT_TRUE(beyond->empty());
}

TEST_F(HelpRequests, VersionOneStoreIsMigratedKeepingItsCases) {
    const Filed f = submit(road_complaint());
    store.reset();
    {
        // Turn the file back into what version 1 wrote.
        auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
        ASSERT_TRUE(db);
        ASSERT_TRUE(
            db->exec("DROP TABLE help_requests; DROP TABLE audit_seal; DROP TABLE key_check;"
                     "DROP TABLE login_failures;"
                     // Version 12's triggers look into cases, which the rebuilding steps
                     // drop and rename: a version 1 file never had them.
                     "DROP TRIGGER case_changes_open_filed; DROP TRIGGER case_changes_open_updated;"
                     "DROP TRIGGER case_changes_open_history; DROP TRIGGER case_changes_open_notes;"
                     "PRAGMA user_version = 1;"));
    }
    auto s = Store::open(path);
    ASSERT_TRUE(s) << error_name(s.error().code) << " " << s.error().detail;
    // Its audit chain is sealed as it stood, so it verifies, and appends keep it sealed.
    EXPECT_TRUE(s->verify_audit().value_or(AuditReport{0, 1}).ok());
    EXPECT_TRUE(s->add_help_request("kiosk-1"));
    EXPECT_TRUE(s->find_by_code(f.code));
    EXPECT_TRUE(s->append_audit("staff1", "export", "queue.csv", ""));
    EXPECT_TRUE(s->verify_audit().value_or(AuditReport{0, 1}).ok());
    s = std::unexpected(Error{});
    auto db = SqliteDb::open(path, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->query_int("PRAGMA user_version").value_or(0), schema_version());
    EXPECT_EQ(schema_version(), 13);  // 7: case change counters, 8: known values (CHECK),
                                      // 9: the screen of a help request, 10: office network,
                                      // 11: a kiosk's backlog_since, 12: the counter of the
                                      // cases a clerk may see, 13: Open311 integrations
}

// Issue 10 item 2: a request carries the screen the citizen was on, for the console's alert.
TEST_F(HelpRequests, RequestCarriesTheScreenTheCitizenWasOn) {
    ASSERT_TRUE(store->add_help_request("kiosk-1", bangkok(2026, 11, 20, 9), "review"));
    ASSERT_TRUE(store->add_help_request("kiosk-2", bangkok(2026, 11, 20, 9)));
    auto open = store->open_help_requests();
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 2u);
    EXPECT_EQ((*open)[0].screen, "review");
    EXPECT_EQ((*open)[1].screen, "");  // not said: the console names only the kiosk
}

TEST_F(HelpRequests, ScreenColumnIsAddedToAStoreWithoutItAndKeepsItsRequests) {
    ASSERT_TRUE(store->add_help_request("kiosk-1", bangkok(2026, 11, 20, 9)));
    store.reset();
    tamper("ALTER TABLE help_requests DROP COLUMN screen; PRAGMA user_version = " +
           before_screen_step() + ";");
    auto s = Store::open(path);
    ASSERT_TRUE(s) << error_name(s.error().code) << " " << s.error().detail;
    ASSERT_TRUE(s->add_help_request("kiosk-2", bangkok(2026, 11, 20, 10), "details"));
    auto open = s->open_help_requests();
    ASSERT_TRUE(open);
    ASSERT_EQ(open->size(), 2u);
    EXPECT_EQ((*open)[0].screen, "");
    EXPECT_EQ((*open)[1].screen, "details");
}

// The step keys off the column, not the version number: a store whose schema already has it
// (as the lead's folded version may leave it) opens and migrates as well.
TEST_F(HelpRequests, ScreenColumnStepOnAStoreThatHasTheColumnChangesNothing) {
    store.reset();
    tamper("PRAGMA user_version = " + before_screen_step() + ";");
    auto s = Store::open(path);
    ASSERT_TRUE(s) << error_name(s.error().code) << " " << s.error().detail;
    EXPECT_TRUE(s->add_help_request("kiosk-1", bangkok(2026, 11, 20, 9), "receipt"));
}

}  // namespace
}  // namespace siang::store::testing
