// The corruption register (SPEC §5): its own gap-free numbers per fiscal year, no trace of it in
// the general register a clerk sees, and stores from before it migrated without renumbering.
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <map>

#include "domain/tracking_code.hpp"
#include "old_store.hpp"
#include "store/audit_chain.hpp"
#include "store/fts_match.hpp"
#include "store/schema_migrations.hpp"
#include "store/sqlite_db.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

using domain::CaseNumber;
using domain::Register;

class CorruptionRegister : public StoreTest {
  protected:
    std::vector<CaseNumber> numbers(const Viewer& v, std::optional<domain::Kind> kind = {}) {
        Query q;
        q.sort = Sort::oldest;
        q.kind = kind;
        std::vector<CaseNumber> out;
        EXPECT_TRUE(store->for_each_case(q, v, [&](const ListRow& r) {
            out.push_back(r.number);
            return true;
        }));
        return out;
    }
};

std::vector<CaseNumber> running(int fy, int from, int to, Register book) {
    std::vector<CaseNumber> out;
    for (int i = from; i <= to; ++i) out.push_back(CaseNumber{fy, i, book});
    return out;
}

TEST_F(CorruptionRegister, MixedFilingsNumberEachRegisterWithoutGaps) {
    const std::vector<domain::Draft> drafts{
        road_complaint(),       corruption_complaint(), suggestion(),     corruption_complaint(),
        corruption_complaint(), streetlight_request(),  road_complaint(), corruption_complaint()};
    std::vector<CaseNumber> filed;
    for (std::size_t i = 0; i < drafts.size(); ++i)
        filed.push_back(submit(drafts[i], bangkok(2026, 11, 20, 9, static_cast<int>(i))).number);
    EXPECT_EQ(filed[0], (CaseNumber{2570, 1}));
    EXPECT_EQ(filed[1], (CaseNumber{2570, 1, Register::corruption}));
    EXPECT_EQ(filed[1].str(), "ทจ 2570-000001");
    EXPECT_EQ(filed[7], (CaseNumber{2570, 4, Register::corruption}));
    EXPECT_EQ(numbers(clerk()), running(2570, 1, 4, Register::general));
    EXPECT_EQ(numbers(integrity(), domain::Kind::corruption),
              running(2570, 1, 4, Register::corruption));
    // A new fiscal year restarts both registers.
    EXPECT_EQ(submit(corruption_complaint(), bangkok(2027, 10, 1, 9)).number,
              (CaseNumber{2571, 1, Register::corruption}));
    EXPECT_EQ(submit(suggestion(), bangkok(2027, 10, 1, 10)).number, (CaseNumber{2571, 1}));
}

TEST_F(CorruptionRegister, SameDigitsInTheTwoRegistersOpenDifferentCases) {
    submit(road_complaint());
    submit(corruption_complaint());
    auto general = store->get_case(CaseNumber{2570, 1}, integrity());
    auto corrupt = store->get_case(CaseNumber{2570, 1, Register::corruption}, integrity());
    ASSERT_TRUE(general);
    ASSERT_TRUE(corrupt);
    EXPECT_EQ(general->filed.kind, domain::Kind::complaint);
    EXPECT_EQ(corrupt->filed.kind, domain::Kind::corruption);
    EXPECT_EQ(corrupt->number.str(), "ทจ 2570-000001");
}

// Guessing ทจ numbers tells a clerk nothing: an existing one fails exactly like one that does
// not exist, through every operation that takes a number.
TEST_F(CorruptionRegister, ClerkGuessingCorruptionNumbersGetsTheSameNotFoundAsForNoCase) {
    submit(corruption_complaint());
    const CaseNumber exists{2570, 1, Register::corruption};
    const CaseNumber missing{2570, 2, Register::corruption};
    for (const CaseNumber& n : {exists, missing}) {
        auto read = store->get_case(n, clerk());
        ASSERT_FALSE(read);
        EXPECT_EQ(read.error().code, Errc::not_found);
        EXPECT_EQ(read.error().detail, n.str());
        auto moved = store->change_status(
            n, domain::StatusChange{domain::Status::in_review, {}, "x", "", "", ""}, clerk());
        ASSERT_FALSE(moved);
        EXPECT_EQ(moved.error().code, Errc::not_found);
        auto noted = store->add_note(n, clerk(), "บันทึก");
        ASSERT_FALSE(noted);
        EXPECT_EQ(noted.error().code, Errc::not_found);
        auto assigned = store->assign_division(n, "works", clerk());
        ASSERT_FALSE(assigned);
        EXPECT_EQ(assigned.error().code, Errc::not_found);
        auto reissued = store->reissue_code(n, clerk());
        ASSERT_FALSE(reissued);
        EXPECT_EQ(reissued.error().code, Errc::not_found);
    }
}

TEST_F(CorruptionRegister, TwoProcessesFilingBothKindsGetGapFreeNumbersInEachRegister) {
    store.reset();  // no connection crosses the fork
    constexpr int per_child = 100;
    file_from_two_processes(per_child, [](int c, int i) {
        return (i + c) % 3 == 0 ? corruption_complaint() : road_complaint();
    });
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    std::vector<CaseNumber> general, corrupt;
    ASSERT_TRUE(s->for_each_case({}, integrity(), [&](const ListRow& r) {
        (r.kind == domain::Kind::corruption ? corrupt : general).push_back(r.number);
        return true;
    }));
    std::sort(general.begin(), general.end());
    std::sort(corrupt.begin(), corrupt.end());
    const int m = static_cast<int>(corrupt.size());
    EXPECT_GT(m, 0);
    EXPECT_EQ(general, running(2570, 1, 2 * per_child - m, Register::general));
    EXPECT_EQ(corrupt, running(2570, 1, m, Register::corruption));
}

TEST_F(CorruptionRegister, ImportNumbersCorruptionComplaintsInTheirOwnRegister) {
    const std::vector<domain::CaseHistory> cases{
        {corruption_complaint(), bangkok(2026, 10, 5), {}},
        {road_complaint(), bangkok(2026, 10, 2), {}},
        {corruption_complaint(), bangkok(2026, 9, 30), {}},  // fiscal 2569
        {suggestion(), bangkok(2026, 10, 3), {}},
        {corruption_complaint(), bangkok(2026, 10, 4), {}},
    };
    ASSERT_TRUE(store->import_cases(cases));
    EXPECT_EQ(numbers(clerk()), running(2570, 1, 2, Register::general));
    auto corrupt = numbers(integrity(), domain::Kind::corruption);
    ASSERT_EQ(corrupt.size(), 3u);
    EXPECT_EQ(corrupt[0], (CaseNumber{2569, 1, Register::corruption}));
    EXPECT_EQ(corrupt[1], (CaseNumber{2570, 1, Register::corruption}));
    EXPECT_EQ(corrupt[2], (CaseNumber{2570, 2, Register::corruption}));
    // Filings afterwards continue both registers.
    EXPECT_EQ(submit(corruption_complaint(), bangkok(2026, 10, 6)).number,
              (CaseNumber{2570, 3, Register::corruption}));
    EXPECT_EQ(submit(suggestion(), bangkok(2026, 10, 6)).number, (CaseNumber{2570, 3}));
}

// Counts are public, but a running count watched by a clerk would time each new corruption
// complaint to the minute; the ITA publishes a month's figures once it is over.
TEST_F(CorruptionRegister, ClerksStatisticsCountCorruptionComplaintsOnlyForMonthsThatAreOver) {
    submit(corruption_complaint(), bangkok(2026, 11, 20));
    submit(corruption_complaint(), bangkok(2026, 12, 1, 9));
    submit(road_complaint(), bangkok(2026, 12, 1, 9, 5));
    auto corruption_by_month = [&](const Viewer& v, domain::TimePoint now) {
        std::map<int, std::int64_t> out;
        auto rows = store->stats_rows(
            std::chrono::year_month_day{std::chrono::year{2026} / std::chrono::October / 1},
            std::chrono::year_month_day{std::chrono::year{2027} / std::chrono::September / 30}, v,
            now);
        EXPECT_TRUE(rows);
        for (const auto& r : rows.value_or(std::vector<StatsRow>{}))
            if (r.kind == domain::Kind::corruption) out[r.month] += r.count;
        return out;
    };
    const auto today = bangkok(2026, 12, 1, 12);
    EXPECT_EQ(corruption_by_month(clerk(), today), (std::map<int, std::int64_t>{{11, 1}}));
    EXPECT_EQ(corruption_by_month(integrity(), today),
              (std::map<int, std::int64_t>{{11, 1}, {12, 1}}));
    EXPECT_EQ(corruption_by_month(clerk(), bangkok(2027, 1, 1, 0, 1)),
              (std::map<int, std::int64_t>{{11, 1}, {12, 1}}));
}

TEST_F(CorruptionRegister, MigratingAVersion3StoreKeepsItsNumbersAndStartsTheRegister) {
    store.reset();
    const std::string old_path = (dir / "v3.db").string();
    make_version3_store(old_path);
    auto s = Store::open(old_path);
    ASSERT_TRUE(s) << error_name(s.error().code) << " " << s.error().detail;
    store.emplace(std::move(*s));

    // Receipts were printed with these numbers: they stay, the old corruption complaint too.
    auto old_corrupt = store->get_case(CaseNumber{2570, 2}, integrity());
    ASSERT_TRUE(old_corrupt) << old_corrupt.error().detail;
    EXPECT_EQ(old_corrupt->filed.kind, domain::Kind::corruption);
    ASSERT_EQ(old_corrupt->history.size(), 1u);
    ASSERT_EQ(old_corrupt->notes.size(), 1u);
    EXPECT_EQ(old_corrupt->notes[0].text, "บันทึก 2");
    EXPECT_FALSE(store->get_case(CaseNumber{2570, 2}, clerk()));
    EXPECT_EQ(numbers(integrity()), running(2570, 1, 3, Register::general));

    EXPECT_EQ(submit(corruption_complaint()).number, (CaseNumber{2570, 1, Register::corruption}));
    EXPECT_EQ(submit(suggestion()).number, (CaseNumber{2570, 4}));
    Query q;
    q.search = "suggestion";
    auto found = store->list(q, clerk());
    ASSERT_TRUE(found);
    ASSERT_EQ(found->rows.size(), 1u);
    EXPECT_EQ(found->rows[0].number, (CaseNumber{2570, 3}));
    auto checked = store->check();
    ASSERT_TRUE(checked);
    EXPECT_TRUE(checked->ok()) << "check after migration";
}

// Foreign keys are off while a step rebuilds a table; the check before commit stands in for
// them, and a store whose references would not hold is left as it was.
TEST_F(CorruptionRegister, MigrationLeavingBrokenReferencesIsRefusedAndChangesNothing) {
    store.reset();
    const std::string old_path = (dir / "v3.db").string();
    make_version3_store(old_path);
    {
        auto db = SqliteDb::open(old_path, SQLITE_OPEN_READWRITE);
        ASSERT_TRUE(db);
        ASSERT_TRUE(
            db->exec("INSERT INTO case_history(case_id, status, at, actor) "
                     "VALUES(99, 'received', 0, 'kiosk')"));
    }
    auto s = Store::open(old_path);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, Errc::store_failed);
    auto db = SqliteDb::open(old_path, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->query_int("PRAGMA user_version").value_or(0), 3);
    EXPECT_EQ(db->query_int("SELECT count(*) FROM pragma_table_info('cases') "
                            "WHERE name = 'register'")
                  .value_or(-1),
              0);
}

}  // namespace
}  // namespace siang::store::testing
