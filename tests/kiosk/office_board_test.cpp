// The information board's fetching (issue 14 item 3): counts from the office's answer, the frame
// loop woken only when the numbers change, the last counts kept while the office is away, a
// fresh fetch on coming back to attract, and never a fetch loop.
#include "kiosk/office_board.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace siang::kiosk {
namespace {

using namespace std::chrono_literals;

// An office that answers board() from a script (the last answer repeats) and counts the calls.
struct Script {
    std::mutex m;
    std::deque<Result<sync::KioskBoard>> answers;
    std::atomic<int> calls{0};
    Result<sync::KioskBoard> next() {
        ++calls;
        std::lock_guard l(m);
        Result<sync::KioskBoard> a = answers.front();
        if (answers.size() > 1) answers.pop_front();
        return a;
    }
};

struct ScriptedLink final : sync::OfficeLink {
    explicit ScriptedLink(std::shared_ptr<Script> s) : script(std::move(s)) {}
    Result<sync::FilingAck> send_filing(std::string_view) override { return fail(Errc::server_failed); }
    Result<store::PublicStatus> track(const domain::TrackingCode&) override {
        return fail(Errc::server_failed);
    }
    Result<std::int64_t> call_help(std::string_view) override { return fail(Errc::server_failed); }
    Result<bool> help_acknowledged(std::int64_t) override { return fail(Errc::server_failed); }
    Result<void> report_backlog(const sync::Backlog&) override { return {}; }
    Result<sync::KioskBoard> board() override { return script->next(); }
    std::shared_ptr<Script> script;
};

sync::KioskBoard counts(std::int64_t received, std::int64_t completed, int minute = 0) {
    return {2570, received, completed,
            domain::TimePoint{std::chrono::sys_days{std::chrono::year{2026} / 11 / 20}} +
                std::chrono::minutes(minute)};
}

bool wait_until(const std::function<bool()>& done) {
    for (int i = 0; i < 400; ++i) {
        if (done()) return true;
        std::this_thread::sleep_for(5ms);
    }
    return done();
}

struct Fixture {
    std::shared_ptr<Script> script = std::make_shared<Script>();
    std::atomic<int> wakes{0};
    LinkMaker make_link() {
        return [s = script]() -> Result<std::unique_ptr<sync::OfficeLink>> {
            return std::unique_ptr<sync::OfficeLink>(std::make_unique<ScriptedLink>(s));
        };
    }
};

// A visit and back home: the board asks again at once (board_refresh_soonest is 0 here), and
// the test waits for that fetch to finish.
void visit_and_return(OfficeBoard& board, int fetches_before) {
    (void)board.update(false);
    (void)board.update(true);
    ASSERT_TRUE(wait_until([&] { return board.fetches() > fetches_before; }));
}

TEST(OfficeBoard, ShowsTheOfficesCountsAndWakesOnlyWhenTheNumbersChange) {
    Fixture f;
    f.script->answers = {counts(10, 4, 1), counts(10, 4, 2), counts(11, 4, 3)};
    OfficeBoard board(f.make_link(), [&] { ++f.wakes; }, 1h, 0ms);
    ASSERT_TRUE(wait_until([&] { return board.fetches() >= 1; }));
    auto shown = board.update(true);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->received, 10);
    EXPECT_EQ(shown->completed, 4);
    EXPECT_EQ(f.wakes.load(), 1) << "the first counts are news";
    visit_and_return(board, 1);
    EXPECT_EQ(f.wakes.load(), 1) << "the same numbers woke the frame loop";
    EXPECT_EQ(board.update(true)->drawn_at, counts(10, 4, 2).drawn_at) << "the newer time is kept";
    visit_and_return(board, 2);
    EXPECT_EQ(board.update(true)->received, 11);
    EXPECT_EQ(f.wakes.load(), 2);
}

TEST(OfficeBoard, OfflineKeepsTheLastCountsWithTheirTimeOrShowsNone) {
    Fixture f;
    f.script->answers = {fail(Errc::server_unreachable, "127.0.0.1:1")};
    {
        OfficeBoard never(f.make_link(), {}, 1h, 0ms);
        ASSERT_TRUE(wait_until([&] { return never.fetches() >= 1; }));
        visit_and_return(never, 1);
        EXPECT_FALSE(never.update(true)) << "no counts before the office ever answered";
    }
    f.script->answers = {counts(7, 7, 5), fail(Errc::server_unreachable, "127.0.0.1:1")};
    OfficeBoard board(f.make_link(), {}, 1h, 0ms);
    ASSERT_TRUE(wait_until([&] { return board.fetches() >= 1; }));
    visit_and_return(board, 1);
    visit_and_return(board, 2);
    auto shown = board.update(true);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->received, 7);
    EXPECT_EQ(shown->drawn_at, counts(7, 7, 5).drawn_at);
}

TEST(OfficeBoard, RefreshesEveryFewMinutesOnItsOwn) {
    Fixture f;
    f.script->answers = {counts(1, 0)};
    OfficeBoard board(f.make_link(), {}, 30ms, 1h);
    ASSERT_TRUE(wait_until([&] { return board.fetches() >= 3; })) << "no refresh on its own";
}

TEST(OfficeBoard, FetchesOnReturnToAttractButNotInALoop) {
    Fixture f;
    f.script->answers = {counts(1, 0)};
    OfficeBoard board(f.make_link(), {}, 1h, 0ms);
    ASSERT_TRUE(wait_until([&] { return board.fetches() >= 1; }));
    std::this_thread::sleep_for(50ms);
    EXPECT_EQ(f.script->calls.load(), 1) << "fetched again before the refresh was due";
    for (int i = 0; i < 20; ++i) (void)board.update(true);  // frames on attract: no fetch
    (void)board.update(false);                                // a visit
    (void)board.update(true);                                 // home again
    ASSERT_TRUE(wait_until([&] { return board.fetches() >= 2; }));
    std::this_thread::sleep_for(50ms);
    EXPECT_EQ(f.script->calls.load(), 2);

    // Back home again within board_refresh_soonest of the last fetch: nothing asked.
    Fixture g;
    g.script->answers = {counts(1, 0)};
    OfficeBoard soon(g.make_link(), {}, 1h, 1h);
    ASSERT_TRUE(wait_until([&] { return soon.fetches() >= 1; }));
    (void)soon.update(false);
    (void)soon.update(true);
    std::this_thread::sleep_for(50ms);
    EXPECT_EQ(g.script->calls.load(), 1);
}

}  // namespace
}  // namespace siang::kiosk
