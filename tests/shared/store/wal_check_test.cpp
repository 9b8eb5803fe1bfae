// A missing or damaged write-ahead log is noticed before SQLite's recovery throws the evidence
// away.
#include "store/wal_check.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "store/sqlite_db.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

namespace fs = std::filesystem;

// A kiosk that filed cases with deferred checkpoints and was killed: its cases live only in the
// WAL, and the -shm says how many frames were committed.
class KilledKiosk : public StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        store.reset();
        int fds[2];
        ASSERT_EQ(::pipe(fds), 0);
        const pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            ::close(fds[0]);
            OpenOptions kiosk;
            kiosk.defer_checkpoints = true;
            auto s = Store::open(path, kiosk);
            if (!s) ::_exit(2);
            for (int i = 0;; ++i) {
                auto f = s->submit(road_complaint(), bangkok(2026, 11, 20), "kiosk");
                if (!f) ::_exit(3);
                const std::string line = f->code.str() + "\n";
                if (::write(fds[1], line.data(), line.size()) != static_cast<ssize_t>(line.size()))
                    ::_exit(4);
                if (i == 29) ::pause();  // 30 receipts, then wait for the kill
            }
        }
        ::close(fds[1]);
        std::string received;
        char buf[4096];
        while (std::count(received.begin(), received.end(), '\n') < 30) {
            const ssize_t n = ::read(fds[0], buf, sizeof buf);
            ASSERT_GT(n, 0) << "child stopped early";
            received.append(buf, static_cast<std::size_t>(n));
        }
        ::close(fds[0]);
        ASSERT_EQ(::kill(pid, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        std::istringstream lines(received);
        for (std::string c; lines >> c;) codes.push_back(c);
        ASSERT_GT(fs::file_size(path + "-wal"), 32u);
        ASSERT_TRUE(fs::exists(path + "-shm"));
    }

    // Flips one byte in the page data of WAL frame `frame` (1-based).
    void flip_byte_in_frame(int frame) {
        const std::uint64_t page = 4096, at = 32 + (frame - 1) * (24 + page) + 24 + 100;
        std::fstream f(path + "-wal", std::ios::in | std::ios::out | std::ios::binary);
        f.seekg(static_cast<std::streamoff>(at));
        char c = 0;
        f.read(&c, 1);
        c = static_cast<char>(c ^ 0x01);
        f.seekp(static_cast<std::streamoff>(at));
        f.write(&c, 1);
    }

    void expect_refused() {
        for (const bool read_only : {false, true}) {
            OpenOptions o;
            o.read_only = read_only;
            auto s = Store::open(path, o);
            ASSERT_FALSE(s);
            EXPECT_EQ(s.error().code, Errc::store_wal_damaged);
            EXPECT_EQ(s.error().detail, path + "-wal");
        }
    }

    std::vector<std::string> codes;
};

TEST_F(KilledKiosk, UntouchedWalOpensWithEveryReceiptedCase) {
    auto s = Store::open(path);
    ASSERT_TRUE(s) << s.error().detail;
    for (const auto& c : codes) EXPECT_TRUE(s->find_by_code(*domain::parse_tracking_code(c))) << c;
    auto check = s->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->ok());
}

TEST_F(KilledKiosk, DeletedWalIsRefusedAndTheEvidenceKept) {
    fs::remove(path + "-wal");
    expect_refused();
    expect_refused();  // the first refusal did not let SQLite reset the -shm
    EXPECT_TRUE(fs::exists(path + "-shm"));
}

TEST_F(KilledKiosk, ShortenedWalIsRefused) {
    fs::resize_file(path + "-wal", fs::file_size(path + "-wal") / 2);
    expect_refused();
}

TEST_F(KilledKiosk, FlippedByteInACommittedFrameIsRefused) {
    flip_byte_in_frame(3);
    expect_refused();
}

TEST_F(KilledKiosk, WalWithOtherSaltsIsRefused) {
    std::fstream f(path + "-wal", std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(16);  // salt-1
    f.write("\x01\x02\x03\x04", 4);
    f.close();
    expect_refused();
}

TEST_F(KilledKiosk, MissingShmIsALegitimateStateAndEveryCaseIsThere) {
    fs::remove(path + "-shm");
    auto s = Store::open(path);
    ASSERT_TRUE(s) << s.error().detail;
    for (const auto& c : codes) EXPECT_TRUE(s->find_by_code(*domain::parse_tracking_code(c))) << c;
}

TEST_F(KilledKiosk, WalCheckpointedToTheEndThenRemovedIsNoLossAndPasses) {
    auto s = Store::open(path);  // recovers the log and keeps the -shm alive
    ASSERT_TRUE(s);
    auto raw = SqliteDb::open(path, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(raw);
    ASSERT_TRUE(raw->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    ASSERT_TRUE(fs::exists(path + "-shm"));
    EXPECT_TRUE(check_wal(path));  // -shm says mxFrame 0: nothing pending
    fs::remove(path + "-wal");
    EXPECT_TRUE(check_wal(path));
    EXPECT_TRUE(s->check()->ok());
}

TEST_F(KilledKiosk, CheckNoticesAWalDeletedUnderAnOpenStore) {
    auto s = Store::open(path);
    ASSERT_TRUE(s);
    fs::remove(path + "-wal");
    auto check = s->check();
    ASSERT_TRUE(check);
    EXPECT_FALSE(check->ok());
    EXPECT_EQ(check->wal_problem, path + "-wal");
}

TEST_F(StoreTest, WalCheckPassesWhileAnotherProcessWritesAndResetsTheLog) {
    store.reset();
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        auto s = Store::open(path);
        if (!s) ::_exit(2);
        for (int i = 0;; ++i) {
            if (!s->submit(suggestion(), bangkok(2026, 11, 20), "kiosk")) ::_exit(3);
            // Checkpoints that reach the end of the log make the next write start it afresh.
            if (i % 5 == 4 && !s->checkpoint()) ::_exit(4);
        }
    }
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        if (auto r = check_wal(path); !r) ++refused;
        if (i % 20 == 0) {
            auto s = Store::open(path);
            if (!s) ++refused;
        }
    }
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    EXPECT_FALSE(WIFEXITED(status)) << "writer failed with " << WEXITSTATUS(status);
    EXPECT_EQ(refused, 0);
}

}  // namespace
}  // namespace siang::store::testing
