// Tests for the kiosk's outbox: frozen filings, acknowledgement, quarantine, files, crashes.
#include "sync/outbox.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <regex>
#include <sstream>

#include "fake_office.hpp"
#include "support/test_dir.hpp"
#include "sync/uploader.hpp"

namespace siang::sync::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

const domain::Directory directory = domain::default_directory();
const domain::TimePoint filed_time = sys_days{2026y / November / 20} + hours{3};

domain::Draft streetlight(std::string subject = "ไฟถนนดับหน้าวัด") {
    domain::Draft d;
    d.kind = domain::Kind::eservice;
    d.service = "streetlight";
    d.subject = std::move(subject);
    d.details = "ไฟถนนดับมาสามคืนแล้ว ซอยมืดมาก";
    d.contact = {"สมชาย ใจดี", "0812345678", "", ""};
    auto v = domain::validate_draft(d, directory, filed_time);
    EXPECT_TRUE(v) << error_name(v.error().code);
    return *v;
}

int mode_of(const fs::path& p) {
    struct stat st {};
    EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
    return static_cast<int>(st.st_mode & 0777);
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

class OutboxTest : public ::testing::Test {
  protected:
    fs::path root = siang::testing::test_dir("outbox");
    fs::path dir = root / "outbox";

    Outbox open() {
        auto o = Outbox::open(dir.string(), true);
        EXPECT_TRUE(o) << error_name(o.error().code) << " " << o.error().detail;
        return std::move(*o);
    }
    FilingAck ack_for(const Receipt& r, int sequence) {
        return {r.uuid, domain::CaseNumber{2570, sequence}, 2026y / December / 1};
    }
};

TEST_F(OutboxTest, FilingFreezesItsBytesWithAFreshUuidAndCode) {
    Outbox o = open();
    auto r = o.file(streetlight(), filed_time, directory);
    ASSERT_TRUE(r) << error_name(r.error().code);
    EXPECT_TRUE(std::regex_match(
        r->uuid,
        std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
    EXPECT_TRUE(domain::damm_valid(r->code.digits));
    EXPECT_FALSE(r->case_number);
    auto next = o.next_pending();
    ASSERT_TRUE(next && *next);
    EXPECT_EQ((*next)->uuid, r->uuid);
    auto f = decode_filing((*next)->body);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->uuid, r->uuid);
    EXPECT_EQ(f->code, r->code);
    EXPECT_EQ(f->filed_at, filed_time);
    EXPECT_EQ(f->draft.subject, "ไฟถนนดับหน้าวัด");
    EXPECT_EQ(f->draft.contact.phone, "0812345678");
    // Two filings never share a uuid or a code.
    auto r2 = o.file(streetlight(), filed_time, directory);
    ASSERT_TRUE(r2);
    EXPECT_NE(r2->uuid, r->uuid);
    EXPECT_NE(r2->code, r->code);
}

TEST_F(OutboxTest, ReceiptDueDateIsTheStoresRule) {
    Outbox o = open();
    auto r = o.file(streetlight(), filed_time, directory);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->due_date,
              domain::due_date(directory, domain::Kind::eservice, "streetlight", filed_time));
    EXPECT_EQ(r->due_date, 2026y / November / 27);
}

TEST_F(OutboxTest, PendingFilingsComeInFilingOrder) {
    Outbox o = open();
    std::vector<std::string> filed;
    for (int i = 0; i < 5; ++i) filed.push_back(o.file(streetlight(), filed_time, directory)->uuid);
    std::vector<std::string> seen;
    for (int i = 0; i < 5; ++i) {
        auto next = o.next_pending();
        ASSERT_TRUE(next && *next);
        seen.push_back((*next)->uuid);
        ASSERT_TRUE(
            o.acknowledge({(*next)->uuid, {2570, i + 1}, 2026y / December / 1}, filed_time));
    }
    EXPECT_EQ(seen, filed);
    auto none = o.next_pending();
    ASSERT_TRUE(none);
    EXPECT_FALSE(*none);
}

TEST_F(OutboxTest, AcknowledgementKeepsTheCaseNumberAndDeletesTheContent) {
    Outbox o = open();
    auto r = o.file(streetlight(), filed_time, directory);
    ASSERT_TRUE(r);
    auto here = o.find_pending(r->code);
    ASSERT_TRUE(here && *here);
    EXPECT_EQ((*here)->uuid, r->uuid);
    EXPECT_EQ((*here)->due_date, r->due_date);
    auto before = o.case_number_of(r->uuid);
    ASSERT_TRUE(before);
    EXPECT_FALSE(*before);

    ASSERT_TRUE(o.acknowledge(ack_for(*r, 41), filed_time + minutes{1}));
    auto number = o.case_number_of(r->uuid);
    ASSERT_TRUE(number && *number);
    EXPECT_EQ(**number, (domain::CaseNumber{2570, 41}));
    auto gone = o.find_pending(r->code);
    ASSERT_TRUE(gone);
    EXPECT_FALSE(*gone);
    // Nothing of the filing but uuid → case number is left in the row.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "outbox.db").c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT body IS NULL FROM filings", -1, &st, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), 1);
    sqlite3_finalize(st);
    sqlite3_close(db);
    auto status = o.status();
    ASSERT_TRUE(status);
    EXPECT_EQ(status->pending, 0);
    EXPECT_EQ(status->last_success, filed_time + minutes{1});
}

TEST_F(OutboxTest, AcknowledgedCodeAndContactAreNowhereInTheFilesAfterTheScrub) {
    Outbox o = open();
    auto r = o.file(streetlight("ถนนชำรุดหน้าโรงเรียน"), filed_time, directory);
    ASSERT_TRUE(r);
    const std::string code = r->code.str();
    const std::string db = (dir / "outbox.db").string();
    ASSERT_TRUE(slurp(db).find(code) != std::string::npos ||
                slurp(db + "-wal").find(code) != std::string::npos)
        << "the test must see the code while it is pending";
    ASSERT_TRUE(o.acknowledge(ack_for(*r, 1), filed_time));
    ASSERT_TRUE(o.scrub());
    for (const std::string& file : {db, db + "-wal"}) {
        const std::string bytes = slurp(file);
        EXPECT_EQ(bytes.find(code), std::string::npos) << file;
        EXPECT_EQ(bytes.find("0812345678"), std::string::npos) << file;
        EXPECT_EQ(bytes.find("ถนนชำรุดหน้าโรงเรียน"), std::string::npos) << file;
    }
}

TEST_F(OutboxTest, AckForAnUnknownUuidIsNotFoundAndASecondAckChangesNothing) {
    Outbox o = open();
    auto r = o.file(streetlight(), filed_time, directory);
    ASSERT_TRUE(r);
    auto unknown =
        o.acknowledge({"00000000-0000-4000-8000-000000000000", {2570, 1}, {}}, filed_time);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, Errc::not_found);
    ASSERT_TRUE(o.acknowledge(ack_for(*r, 7), filed_time));
    ASSERT_TRUE(o.acknowledge(ack_for(*r, 7), filed_time + hours{1}));
    EXPECT_EQ(o.status()->last_success, filed_time);
}

TEST_F(OutboxTest, QuarantineTakesAFilingOutOfTheQueueAndKeepsWhy) {
    Outbox o = open();
    auto first = o.file(streetlight(), filed_time, directory);
    auto second = o.file(streetlight(), filed_time, directory);
    ASSERT_TRUE(first && second);
    ASSERT_TRUE(o.quarantine(first->uuid, Error{Errc::filing_conflict, first->uuid}));
    auto next = o.next_pending();
    ASSERT_TRUE(next && *next);
    EXPECT_EQ((*next)->uuid, second->uuid);
    auto held = o.quarantined();
    ASSERT_TRUE(held);
    ASSERT_EQ(held->size(), 1u);
    EXPECT_EQ((*held)[0].first, first->uuid);
    EXPECT_EQ((*held)[0].second.code, Errc::filing_conflict);
    EXPECT_EQ((*held)[0].second.detail, first->uuid);
    auto status = o.status();
    ASSERT_TRUE(status);
    EXPECT_EQ(status->pending, 1);
    EXPECT_EQ(status->quarantined, 1);
    // Not "being sent": a quarantined code is not answered as pending here.
    EXPECT_FALSE(*o.find_pending(first->code));
}

TEST_F(OutboxTest, FailedAttemptsAreCountedAndTheLastErrorKept) {
    Outbox o = open();
    auto r = o.file(streetlight(), filed_time, directory);
    ASSERT_TRUE(r);
    ASSERT_TRUE(o.note_attempt_failed(r->uuid, Error{Errc::server_unreachable, "10.0.0.5:8443"}));
    ASSERT_TRUE(o.note_attempt_failed(r->uuid, Error{Errc::store_busy, "office.db"}));
    EXPECT_EQ((*o.next_pending())->attempts, 2);
    auto status = o.status();
    ASSERT_TRUE(status && status->last_error);
    EXPECT_EQ(status->last_error->code, Errc::store_busy);
    EXPECT_EQ(status->last_error->detail, "office.db");
    ASSERT_TRUE(o.acknowledge(ack_for(*r, 1), filed_time));
    EXPECT_FALSE(o.status()->last_error);
}

TEST_F(OutboxTest, FolderIs0700AndFiles0600) {
    Outbox o = open();
    ASSERT_TRUE(o.file(streetlight(), filed_time, directory));
    ASSERT_TRUE(o.save_credential(test_credential()));
    EXPECT_EQ(mode_of(dir), 0700);
    for (const char* f : {"outbox.db", "outbox.db-wal", "outbox.db-shm", "device.json"})
        EXPECT_EQ(mode_of(dir / f), 0600) << f;
}

TEST_F(OutboxTest, AFolderOthersMayEnterIsRefused) {
    { Outbox o = open(); }
    fs::permissions(dir, fs::perms::group_read | fs::perms::group_exec, fs::perm_options::add);
    auto o = Outbox::open(dir.string());
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().code, Errc::store_not_private);
}

TEST_F(OutboxTest, ADatabaseOthersMayReadIsRefused) {
    { Outbox o = open(); }
    fs::permissions(dir / "outbox.db", fs::perms::others_read, fs::perm_options::add);
    auto o = Outbox::open(dir.string());
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().code, Errc::store_not_private);
    EXPECT_EQ(o.error().detail, (dir / "outbox.db").string());
}

TEST_F(OutboxTest, MissingOutboxWithoutCreateIsStoreMissing) {
    auto o = Outbox::open(dir.string());
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().code, Errc::store_missing);
    EXPECT_FALSE(fs::exists(dir));
}

TEST_F(OutboxTest, NewerSchemaIsRefused) {
    { Outbox o = open(); }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "outbox.db").c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto o = Outbox::open(dir.string());
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().code, Errc::store_too_new);
}

TEST_F(OutboxTest, GarbageDatabaseIsCorrupt) {
    { Outbox o = open(); }
    fs::remove(dir / "outbox.db-wal");
    fs::remove(dir / "outbox.db-shm");
    std::ofstream(dir / "outbox.db", std::ios::binary | std::ios::trunc)
        << std::string(8192, '\x5A');
    auto o = Outbox::open(dir.string());
    ASSERT_FALSE(o);
    EXPECT_EQ(o.error().code, Errc::store_corrupt);
}

TEST_F(OutboxTest, CredentialIsNotEnrolledBeforeAndReadBackAfterSaving) {
    Outbox o = open();
    auto none = o.credential();
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, Errc::not_enrolled);
    EXPECT_EQ(none.error().detail, dir.string());
    ASSERT_TRUE(o.save_credential(test_credential()));
    auto c = o.credential();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->url, test_credential().url);
    EXPECT_EQ(c->token, test_credential().token);
    EXPECT_EQ(c->kiosk, "kiosk-1");
    // Replaced whole, no temporary file left beside it.
    DeviceCredential other = test_credential();
    other.kiosk = "kiosk-2";
    ASSERT_TRUE(o.save_credential(other));
    EXPECT_EQ(o.credential()->kiosk, "kiosk-2");
    EXPECT_FALSE(fs::exists(dir / "device.json.tmp"));
}

TEST_F(OutboxTest, ACredentialOthersMayReadIsRefused) {
    Outbox o = open();
    ASSERT_TRUE(o.save_credential(test_credential()));
    fs::permissions(dir / "device.json", fs::perms::group_read, fs::perm_options::add);
    auto c = o.credential();
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, Errc::store_not_private);
}

TEST_F(OutboxTest, TwoConnectionsFileAndAcknowledgeAtTheSameTime) {
    Outbox ui = open();
    auto uploader_side = Outbox::open(dir.string());
    ASSERT_TRUE(uploader_side);
    constexpr int n = 60;
    std::thread acks([&] {
        int done = 0;
        for (int spins = 0; done < n && spins < 200000; ++spins) {
            auto next = uploader_side->next_pending();
            ASSERT_TRUE(next) << error_name(next.error().code);
            if (!*next) continue;
            ASSERT_TRUE(
                uploader_side->acknowledge({(*next)->uuid, {2570, ++done}, {}}, filed_time));
        }
    });
    for (int i = 0; i < n; ++i) ASSERT_TRUE(ui.file(streetlight(), filed_time, directory));
    acks.join();
    EXPECT_EQ(ui.status()->pending, 0);
}

// A child files in a loop and reports each receipt only after file() returned, while its
// uploader acknowledges some of them; it is killed at a random moment. After a restart every
// reported receipt is pending (its code found here) or acknowledged, and a fresh uploader
// delivers all that is pending.
TEST_F(OutboxTest, EveryReceiptReportedBeforeSigkillIsPendingOrAcknowledged) {
    {
        Outbox o = open();
        ASSERT_TRUE(o.save_credential(test_credential()));
    }
    std::mt19937 rng(std::random_device{}());
    FakeOffice after_restart;
    for (int round = 0; round < 4; ++round) {
        int fds[2];
        ASSERT_EQ(::pipe(fds), 0);
        const pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            ::close(fds[0]);
            auto o = Outbox::open(dir.string());
            if (!o) ::_exit(2);
            const domain::Draft draft = streetlight();
            FakeOffice office;  // the child's own: acknowledgements land at random moments too
            Uploader uploader(dir.string(), links_to(office), quick_retries());
            for (int i = 0; i < 100000; ++i) {
                auto r = o->file(draft, filed_time, directory);
                if (!r) ::_exit(3);
                uploader.notify();
                const std::string line = r->uuid + " " + r->code.str() + "\n";
                if (::write(fds[1], line.data(), line.size()) != static_cast<ssize_t>(line.size()))
                    ::_exit(4);
            }
            ::_exit(0);
        }
        ::close(fds[1]);
        const long want = std::uniform_int_distribution<long>(1, 40)(rng);
        std::string received;
        char buf[4096];
        while (std::count(received.begin(), received.end(), '\n') < want) {
            const ssize_t n = ::read(fds[0], buf, sizeof buf);
            ASSERT_GT(n, 0) << "child stopped early";
            received.append(buf, static_cast<std::size_t>(n));
        }
        std::this_thread::sleep_for(microseconds{std::uniform_int_distribution<int>(0, 3000)(rng)});
        ASSERT_EQ(::kill(pid, SIGKILL), 0);
        // What was written before the kill and not yet read is a receipt shown too.
        for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
            received.append(buf, static_cast<std::size_t>(n));
        ::close(fds[0]);
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);

        Outbox o = open();
        std::istringstream lines(received);
        std::string line;
        while (std::getline(lines, line)) {
            if (line.size() < 37 + 12) continue;  // torn by the kill: never a shown receipt
            const std::string uuid = line.substr(0, 36);
            auto code = domain::parse_tracking_code(line.substr(37));
            ASSERT_TRUE(code);
            auto number = o.case_number_of(uuid);
            ASSERT_TRUE(number) << "receipt lost: " << uuid;
            if (!*number) {
                auto here = o.find_pending(*code);
                ASSERT_TRUE(here && *here) << "pending filing without its code: " << uuid;
                EXPECT_EQ((*here)->uuid, uuid);
            }
        }
    }
    // Nothing stuck: all that is pending goes to a fresh uploader.
    Uploader uploader(dir.string(), links_to(after_restart), quick_retries());
    Outbox o = open();
    EXPECT_TRUE(eventually([&] { return o.status()->pending == 0; }));
}

}  // namespace
}  // namespace siang::sync::testing
