// The screenshot visits (kiosk/screenshot_visit.hpp) without a window: a track result whose
// office reply the store refused is not reached, never shown as if the office had answered.
#include "kiosk/screenshot_visit.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "config/config.hpp"
#include "core/scratch_dir.hpp"
#include "kiosk/flow/store_ports.hpp"
#include "kiosk/kiosk_store.hpp"

namespace siang::kiosk {
namespace {

struct Visit {
    ScratchDir scratch{"siang-screenshot-visit"};
    config::Config config = config::default_config();
    std::string path = (scratch.path() / "kiosk.db").string();
    Result<store::Store> store = open_kiosk_store(path, config, true);
};

bool reach_track_result(Visit& v) {
    flow::StoreSubmitPort submit(*v.store, v.config.kiosk.name);
    flow::StoreTrackPort track(*v.store);
    flow::SteadyTime now = flow::SteadyClock::now();
    flow::KioskSession session(v.config, submit, track, now);
    return walk_for_screenshot(session, *v.store, flow::Screen::track_result, now,
                               domain::Kind::eservice);
}

TEST(ScreenshotVisit, TheTrackResultIsReachedWithTheOfficesReply) {
    Visit v;
    ASSERT_TRUE(v.store) << v.store.error().detail;
    EXPECT_TRUE(reach_track_result(v));
}

TEST(ScreenshotVisit, ATrackResultWhoseReplyTheStoreRefusedIsNotReached) {
    Visit v;
    ASSERT_TRUE(v.store) << v.store.error().detail;
    // Filing still works; every status change after "received" is refused by the store.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(v.path.c_str(), &db), SQLITE_OK);
    char* msg = nullptr;
    const int rc = sqlite3_exec(db,
                                "CREATE TRIGGER refuse_replies BEFORE INSERT ON case_history "
                                "WHEN NEW.status <> 'received' BEGIN SELECT RAISE(ABORT, "
                                "'refused'); END;",
                                nullptr, nullptr, &msg);
    const std::string err = msg ? msg : "";
    sqlite3_free(msg);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << err;
    EXPECT_FALSE(reach_track_result(v)) << "the reply was never recorded";
    // Refused at the reply, not earlier: the case was filed.
    ASSERT_EQ(sqlite3_open(v.path.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM cases", -1, &st, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), 1);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

}  // namespace
}  // namespace siang::kiosk
