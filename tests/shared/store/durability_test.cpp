// Crash safety and damaged files: corruption, concurrent processes, SIGKILL, online backup.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "domain/tracking_code.hpp"
#include "store/sqlite_db.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

using domain::CaseNumber;

class Durability : public StoreTest {
  protected:
    // Fills the store with enough cases to span many pages, then closes it.
    void fill_and_close(int n) {
        for (int i = 0; i < n; ++i) submit(i % 3 ? road_complaint() : streetlight_request());
        store.reset();
        ASSERT_FALSE(std::filesystem::exists(path + "-wal"));
    }

    // Writes a page of garbage over the page in the middle of the file (a bad sector).
    void overwrite_middle_page() {
        const auto size = std::filesystem::file_size(path);
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(size / 2 / 4096 * 4096));
        const std::string garbage(4096, '\x5A');
        f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }

    Error open_error() {
        auto s = Store::open(path);
        EXPECT_FALSE(s);
        return s ? Error{Errc::store_failed, "opened"} : s.error();
    }
};

TEST_F(Durability, GarbageOverTheHeaderIsReportedAsCorruptNamingTheFile) {
    fill_and_close(50);
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        const std::string garbage(100, '\xA5');
        f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    const Error e = open_error();
    EXPECT_EQ(e.code, Errc::store_corrupt);
    EXPECT_EQ(e.detail, path);
}

TEST_F(Durability, FileTruncatedMidPageIsReportedAsCorrupt) {
    fill_and_close(300);
    const auto size = std::filesystem::file_size(path);
    ASSERT_GT(size, 8u * 4096u);
    std::filesystem::resize_file(path, size / 2 + 1000);
    EXPECT_EQ(open_error().code, Errc::store_corrupt);
}

TEST_F(Durability, TruncationIsFoundFromTheHeaderWithoutAFullCheck) {
    fill_and_close(300);
    std::filesystem::resize_file(path, std::filesystem::file_size(path) - 100);
    OpenOptions light;
    light.quick_check_max_bytes = 0;
    auto s = Store::open(path, light);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, Errc::store_corrupt);
    EXPECT_EQ(s.error().detail, path);
}

TEST_F(Durability, DamageInsideALargeStoreIsFoundByCheck) {
    fill_and_close(300);
    overwrite_middle_page();
    // Too large for quick_check on open (as a million-record store is): it opens, and the full
    // check names the damage.
    OpenOptions light;
    light.quick_check_max_bytes = 0;
    auto s = Store::open(path, light);
    ASSERT_TRUE(s) << error_name(s.error().code);
    auto report = s->check();
    if (report) {
        EXPECT_FALSE(report->ok());
        EXPECT_FALSE(report->integrity_problems.empty());
    } else {
        EXPECT_EQ(report.error().code, Errc::store_corrupt);
    }
}

TEST_F(Durability, GarbageInsideATablePageIsReportedAsCorrupt) {
    fill_and_close(300);
    overwrite_middle_page();
    EXPECT_EQ(open_error().code, Errc::store_corrupt);
}

TEST_F(Durability, NonDatabaseFileIsReportedAsCorrupt) {
    store.reset();
    std::filesystem::remove(path);
    {
        std::ofstream f(path);
        f << "ชื่อ,เบอร์โทร\nสมชาย,0812345678\n";  // someone saved a CSV over the store
    }
    std::filesystem::permissions(
        path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    const Error e = open_error();
    EXPECT_EQ(e.code, Errc::store_corrupt);
    EXPECT_EQ(e.detail, path);
}

TEST_F(Durability, EmptyFileIsNotTakenForAStore) {
    store.reset();
    std::filesystem::resize_file(path, 0);
    std::filesystem::remove(path + "-wal");
    std::filesystem::remove(path + "-shm");
    EXPECT_EQ(open_error().code, Errc::store_corrupt);
}

// Refused before SQLite writes a fresh header into it: whoever looks at the file next (siang
// check, a restore) finds it exactly as the fault left it.
TEST_F(Durability, OpeningAnEmptyFileLeavesItEmpty) {
    store.reset();
    std::filesystem::resize_file(path, 0);
    std::filesystem::remove(path + "-wal");
    std::filesystem::remove(path + "-shm");
    EXPECT_EQ(open_error().code, Errc::store_corrupt);
    EXPECT_EQ(std::filesystem::file_size(path), 0u);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_F(Durability, MissingFileWithoutCreateIsStoreMissing) {
    auto s = Store::open((dir / "nothing-here.db").string());
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, Errc::store_missing);
    EXPECT_NE(s.error().detail.find("nothing-here.db"), std::string::npos);
}

TEST_F(Durability, NewerSchemaIsRefused) {
    store.reset();
    {
        auto db = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec("PRAGMA user_version = 99"));
    }
    const Error e = open_error();
    EXPECT_EQ(e.code, Errc::store_too_new);
    EXPECT_EQ(e.detail, "99");
}

TEST_F(Durability, WriteLockHeldPastTheBusyTimeoutIsStoreBusyAndNothingIsLost) {
    auto other = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(other);
    ASSERT_TRUE(other->exec("BEGIN IMMEDIATE"));
    auto blocked = store->submit(road_complaint(), bangkok(2026, 11, 20), "kiosk");
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().code, Errc::store_busy);
    ASSERT_TRUE(other->exec("ROLLBACK"));
    // The refused filing used no case number.
    EXPECT_EQ(submit(road_complaint()).number, (CaseNumber{2570, 1}));
}

TEST_F(Durability, ReadOnlyStoreReadsButRefusesWrites) {
    const Filed f = submit(streetlight_request());
    OpenOptions ro;
    ro.read_only = true;
    auto s = Store::open(path, ro);
    ASSERT_TRUE(s) << error_name(s.error().code) << " " << s.error().detail;
    EXPECT_TRUE(s->find_by_code(f.code));
    auto w = s->submit(road_complaint(), bangkok(2026, 11, 20), "kiosk");
    ASSERT_FALSE(w);
    EXPECT_EQ(w.error().code, Errc::store_unreadable);
}

TEST_F(Durability, DeferredCheckpointsWaitForCheckpointCall) {
    store.reset();
    OpenOptions deferred;
    deferred.defer_checkpoints = true;
    auto s = Store::open(path, deferred);
    ASSERT_TRUE(s);
    const auto before = std::filesystem::file_size(path);
    for (int i = 0; i < 100; ++i)
        ASSERT_TRUE(s->submit(road_complaint(), bangkok(2026, 11, 20), "kiosk"));
    // Durable in the log, not yet copied into the database file.
    EXPECT_EQ(std::filesystem::file_size(path), before);
    ASSERT_TRUE(s->checkpoint());
    EXPECT_GT(std::filesystem::file_size(path), before);
}

TEST_F(Durability, ReopeningKeepsCasesAndCodes) {
    const Filed f = submit(road_complaint());
    store.reset();
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    auto found = s->find_by_code(f.code);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->kind, domain::Kind::complaint);
}

TEST_F(Durability, TwoProcessesSubmittingAtOnceGetGapFreeNumbers) {
    store.reset();  // no connection crosses the fork
    constexpr int per_child = 200;
    file_from_two_processes(
        per_child, [](int c, int) { return c == 0 ? road_complaint() : streetlight_request(); });
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    std::vector<int> sequences;
    ASSERT_TRUE(s->for_each_case({}, integrity(), [&](const ListRow& r) {
        EXPECT_EQ(r.number.fiscal_year_be, 2570);
        sequences.push_back(r.number.sequence);
        return true;
    }));
    ASSERT_EQ(sequences.size(), 2u * per_child);
    std::sort(sequences.begin(), sequences.end());
    for (int i = 0; i < 2 * per_child; ++i) EXPECT_EQ(sequences[i], i + 1);
    auto audit = s->verify_audit();
    ASSERT_TRUE(audit);
    EXPECT_TRUE(audit->ok());
    EXPECT_EQ(audit->rows, 2 * per_child + 1);  // and the genesis row
}

TEST_F(Durability, EveryReceiptReportedBeforeSigkillSurvives) {
    store.reset();
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::close(fds[0]);
        auto s = Store::open(path);
        if (!s) ::_exit(2);
        for (int i = 0;; ++i) {
            auto f =
                s->submit(i % 2 ? road_complaint() : suggestion(), bangkok(2026, 11, 20), "kiosk");
            if (!f) ::_exit(3);
            // Only after submit returned: this line is "the receipt shown to the citizen".
            const std::string line = f->number.str() + " " + f->code.str() + "\n";
            if (::write(fds[1], line.data(), line.size()) != static_cast<ssize_t>(line.size()))
                ::_exit(4);
        }
    }
    ::close(fds[1]);
    // Kill mid-loop, after some receipts, wherever the child happens to be.
    std::string received;
    char buf[4096];
    while (std::count(received.begin(), received.end(), '\n') < 60) {
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        ASSERT_GT(n, 0) << "child stopped early";
        received.append(buf, static_cast<std::size_t>(n));
    }
    ASSERT_EQ(::kill(pid, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFSIGNALED(status));
    for (;;) {
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n <= 0) break;
        received.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);

    // The database and WAL as the crash left them never hold a printed code in clear.
    const std::string raw = slurp(path) + slurp(path + "-wal");
    auto s = Store::open(path);
    ASSERT_TRUE(s) << error_name(s.error().code);
    std::istringstream lines(received);
    std::string number, code_text;
    int checked = 0;
    while (lines >> number >> code_text) {
        auto code = domain::parse_tracking_code(code_text);
        ASSERT_TRUE(code) << code_text;
        auto found = s->find_by_code(*code);
        EXPECT_TRUE(found) << number << " " << code_text << " lost";
        EXPECT_EQ(raw.find(code_text), std::string::npos);
        EXPECT_EQ(raw.find(code->grouped()), std::string::npos);
        ++checked;
    }
    EXPECT_GE(checked, 60);
    auto check = s->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->ok());
}

TEST_F(Durability, BackupWhileAnotherConnectionWritesIsAValidStore) {
    for (int i = 0; i < 200; ++i) submit(road_complaint());
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        auto s = Store::open(path);
        if (!s) return;
        while (!stop) {
            if (s->submit(streetlight_request(), bangkok(2026, 11, 21), "kiosk")) ++written;
        }
    });
    const std::string dest = (dir / "backup" / "siang-backup.db").string();
    std::filesystem::create_directories(dir / "backup");
    while (written < 5) std::this_thread::yield();
    auto r = store->backup_to(dest);
    stop = true;
    writer.join();
    ASSERT_TRUE(r) << error_name(r.error().code) << " " << r.error().detail;
    EXPECT_GT(written.load(), 0);
    EXPECT_FALSE(std::filesystem::exists(dest + ".tmp"));

    std::filesystem::copy_file(path + ".key", dest + ".key");
    auto b = Store::open(dest);
    ASSERT_TRUE(b) << error_name(b.error().code) << " " << b.error().detail;
    auto check = b->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->ok());
    Query q;
    q.count_total = true;
    auto page = b->list(q, integrity());
    ASSERT_TRUE(page);
    EXPECT_GE(page->total.value_or(0), 200u);
}

}  // namespace
}  // namespace siang::store::testing
