// End-to-end tests of the files the CLI reads and writes: restore, output paths, input files, JSON
// input, printed text.
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>

#include "tools/cli_fixture.hpp"

namespace {

std::string key_of(const fs::path& store) {
    return store.string() + ".key";
}

bool mode_is_0600(const fs::path& p) {
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 && (st.st_mode & 07777) == 0600;
}

// Everything in `dir` whose name starts with `prefix` (temporaries left behind, kept copies).
std::vector<std::string> files_starting_with(const fs::path& dir, const std::string& prefix) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        std::string name = e.path().filename().string();
        if (name.starts_with(prefix)) out.push_back(name);
    }
    return out;
}

// Runs one SQL statement on the store directly, as another program could.
void sql(const fs::path& store, const std::string& statement, const std::string& text = {}) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, statement.c_str(), -1, &st, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    if (!text.empty())
        sqlite3_bind_text(st, 1, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    EXPECT_EQ(sqlite3_step(st), SQLITE_DONE) << sqlite3_errmsg(db);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

// The bytes a terminal would act on, found anywhere in `s`: C0 controls other than \n and \t,
// DEL, C1 controls (UTF-8 C2 80..C2 9F) and the bidi overrides/isolates.
std::string first_raw_control(const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return "byte " + std::to_string(c);
        if (c == 0xC2 && i + 1 < s.size()) {
            unsigned char d = static_cast<unsigned char>(s[i + 1]);
            if (d >= 0x80 && d <= 0x9F) return "C1 " + std::to_string(d);
        }
        if (c == 0xE2 && i + 2 < s.size()) {
            unsigned char d = static_cast<unsigned char>(s[i + 1]),
                          e = static_cast<unsigned char>(s[i + 2]);
            if (d == 0x80 && e >= 0xAA && e <= 0xAE) return "bidi override";
            if (d == 0x81 && e >= 0xA6 && e <= 0xA9) return "bidi isolate";
        }
    }
    return {};
}

const std::string hostile =
    "\x1b]0;pwned\x07\x1b[2J\xc2\x9b"
    "31m\xe2\x80\xae"
    "gnp.exe\x7f";

// ---- 8. Output paths -------------------------------------------------------------------------

TEST_F(Cli, BackupRefusesToWriteOverTheStoreKey) {
    submit("complaint", "เรื่องก่อนสำรอง");
    const std::string key = slurp(key_of(store));
    CliRun r = run({"backup", "-o", key_of(store)});
    EXPECT_EQ(r.exit_code, 5) << r.err;
    EXPECT_EQ(slurp(key_of(store)), key);
    EXPECT_EQ(run({"check"}).exit_code, 0);
}

TEST_F(Cli, OutputsRefuseTheStoreAndItsFilesByAnyName) {
    submit("complaint", "เรื่องที่ต้องอยู่ต่อ");
    fs::create_symlink(key_of(store), dir / "innocent.csv");
    fs::create_symlink(key_of(store), dir / "innocent.png");
    const std::string dot_path = (dir / "." / "siang.db").string();
    const std::vector<std::vector<std::string>> attempts{
        {"backup", "-o", store.string()},
        {"backup", "-o", dot_path},
        {"backup", "-o", store.string() + "-wal"},
        {"backup", "-o", store.string() + "-shm"},
        {"export", "--csv", "-o", store.string()},
        {"export", "--csv", "-o", (dir / "innocent.csv").string()},
        {"stats", "-o", (dir / "innocent.csv").string()},
        {"qr", "123456789018", "-o", (dir / "innocent.png").string()},
    };
    const std::string key = slurp(key_of(store));
    for (const auto& a : attempts) {
        CliRun r = run(a);
        EXPECT_NE(r.exit_code, 0) << a[0] << " " << a.back();
        EXPECT_EQ(r.exit_code, 5) << a[0] << " " << a.back() << ": " << r.err;
    }
    EXPECT_EQ(slurp(key_of(store)), key);
    EXPECT_TRUE(fs::is_symlink(dir / "innocent.csv"));
    EXPECT_EQ(run({"check"}).exit_code, 0);
    EXPECT_EQ(run_json({"list"})["total"], 1);
}

TEST_F(Cli, OutputsRefuseWhatIsNotARegularFile) {
    fs::path fifo = dir / "pipe.csv";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    fs::path folder = dir / "folder";
    fs::create_directory(folder);
    for (const auto& a : std::vector<std::vector<std::string>>{
             {"export", "-o", fifo.string()},
             {"stats", "-o", fifo.string()},
             {"backup", "-o", folder.string()},
         }) {
        CliRun r = run(a);
        EXPECT_EQ(r.exit_code, 5) << a[0] << " " << a.back() << ": " << r.err;
    }
    EXPECT_TRUE(fs::is_fifo(fifo));
    EXPECT_TRUE(fs::is_directory(folder));
    EXPECT_TRUE(fs::is_empty(folder));
}

TEST_F(Cli, FailedBackupLeavesNoPartialCopyBehind) {
    submit("complaint", "เรื่องในสำเนา");
    fs::path folder = dir / "out";
    fs::create_directory(folder);
    EXPECT_NE(run({"backup", "-o", folder.string()}).exit_code, 0);
    // Only what init and the store made, and the folder itself: no "out.tmp", no hidden temp.
    for (const auto& e : fs::directory_iterator(dir)) {
        std::string name = e.path().filename().string();
        EXPECT_TRUE(name.starts_with("siang.db") || name == "out" || name == "stdin" ||
                    name == "stderr")
            << name;
    }
}

TEST_F(Cli, BackupsAndExportsAreCreatedOwnerOnly) {
    submit("complaint", "เรื่องลับ");
    ::umask(022);
    fs::path backup = dir / "b.db", csv = dir / "cases.csv", stats = dir / "s.csv",
             png = dir / "q.png";
    ASSERT_EQ(run({"backup", "-o", backup.string()}).exit_code, 0);
    ASSERT_EQ(run({"export", "-o", csv.string()}).exit_code, 0);
    ASSERT_EQ(run({"stats", "-o", stats.string()}).exit_code, 0);
    ASSERT_EQ(run({"qr", "123456789018", "-o", png.string()}).exit_code, 0);
    for (const auto& p : {backup, csv, stats, png}) EXPECT_TRUE(mode_is_0600(p)) << p;
    // Writing over an existing export replaces it and keeps it private.
    ASSERT_EQ(run({"export", "-o", csv.string()}).exit_code, 0);
    EXPECT_TRUE(mode_is_0600(csv));
}

// ---- 7. Restore ------------------------------------------------------------------------------

TEST_F(Cli, RestoreRefusesTheStoreItselfByAnyName) {
    submit("complaint", "เรื่องเดิม");
    fs::create_symlink(store, dir / "link.db");
    for (const std::string& p : {store.string(), (dir / "." / "siang.db").string(),
                                 (dir / "link.db").string(), key_of(store)}) {
        CliRun r = run({"restore", p});
        EXPECT_NE(r.exit_code, 0) << p;
        EXPECT_TRUE(fs::exists(store)) << p;
    }
    EXPECT_TRUE(files_starting_with(dir, "siang.db.before-restore").empty());
    EXPECT_TRUE(files_starting_with(dir, "siang.db.replaced").empty());
    EXPECT_EQ(run({"check"}).exit_code, 0);
    EXPECT_EQ(run_json({"list"})["total"], 1);
}

TEST_F(Cli, RestoreRefusesWhileAnotherProgramHasTheStoreOpen) {
    submit("complaint", "ก่อนสำรอง");
    fs::path backup = dir / "backup.db";
    ASSERT_EQ(run({"backup", "-o", backup.string()}).exit_code, 0);
    submit("complaint", "หลังสำรอง");

    sqlite3* kiosk = nullptr;  // what a running kiosk or console holds
    ASSERT_EQ(sqlite3_open(store.c_str(), &kiosk), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(kiosk, "SELECT count(*) FROM cases", nullptr, nullptr, nullptr),
              SQLITE_OK);
    CliRun idle = run({"--lang", "en", "restore", backup.string()});
    ASSERT_EQ(sqlite3_exec(kiosk, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    CliRun writing = run({"--lang", "en", "restore", backup.string()});
    sqlite3_exec(kiosk, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(kiosk);

    for (const CliRun& r : {idle, writing}) {
        EXPECT_EQ(r.exit_code, 5) << r.err;
        EXPECT_NE(r.err.find("kiosk"), std::string::npos) << r.err;
    }
    EXPECT_EQ(run_json({"list"})["total"], 2);
    EXPECT_EQ(run({"check"}).exit_code, 0);
}

TEST_F(Cli, RestoreKeepsThePreviousStoreBesideItPrivately) {
    submit("complaint", "ก่อนสำรอง");
    fs::path backup = dir / "backup.db";
    ASSERT_EQ(run({"backup", "-o", backup.string()}).exit_code, 0);
    submit("complaint", "หลังสำรอง");
    ASSERT_EQ(run({"restore", backup.string()}).exit_code, 0);
    EXPECT_EQ(run_json({"list"})["total"], 1);
    EXPECT_TRUE(mode_is_0600(store));
    auto kept = files_starting_with(dir, "siang.db.before-restore-");
    ASSERT_EQ(kept.size(), 1u);
    fs::path old = dir / kept.front();
    EXPECT_TRUE(mode_is_0600(old));
    fs::copy_file(key_of(store), old.string() + ".key");
    store = old;
    EXPECT_EQ(run_json({"list"})["total"], 2);  // nothing filed after the backup is lost
}

TEST_F(Cli, RestoreChecksTheBackupBeforeTouchingTheStore) {
    submit("complaint", "เรื่องที่ต้องอยู่ต่อ");
    fs::path backup = dir / "backup.db";
    ASSERT_EQ(run({"backup", "-o", backup.string()}).exit_code, 0);
    {
        std::fstream f(backup, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(0);
        f.write("garbage!garbage!", 16);
    }
    EXPECT_NE(run({"restore", backup.string()}).exit_code, 0);
    EXPECT_TRUE(files_starting_with(dir, "siang.db.before-restore").empty());
    EXPECT_EQ(run_json({"list"})["total"], 1);
    EXPECT_EQ(run({"check"}).exit_code, 0);
}

TEST_F(Cli, RestoreKilledAtAnyStepLeavesASoundStore) {
    for (const std::string point :
         {"after-lock", "after-copy", "after-check", "after-keep", "after-clear", "after-rename"}) {
        SCOPED_TRACE(point);
        fs::remove_all(dir);
        fs::create_directories(dir);
        ASSERT_EQ(run({"init"}).exit_code, 0);
        submit("complaint", "ก่อนสำรอง");
        fs::path backup = dir / "backup.db";
        ASSERT_EQ(run({"backup", "-o", backup.string()}).exit_code, 0);
        submit("complaint", "หลังสำรอง");  // in the WAL, not yet checkpointed

        ::setenv("SIANG_TEST_CRASH_AT", ("restore:" + point).c_str(), 1);
        CliRun killed = run({"restore", backup.string()});
        ::unsetenv("SIANG_TEST_CRASH_AT");
        EXPECT_EQ(killed.exit_code, 128 + SIGKILL) << "not killed: " << killed.err;

        ASSERT_TRUE(fs::exists(store));
        CliRun check = run({"check"});
        EXPECT_EQ(check.exit_code, 0) << check.err;
        json all = run_json({"list"});
        // The old store with everything, or the backup: never a store missing its last cases.
        const int total = all["total"];
        EXPECT_TRUE(total == 1 || total == 2) << total;
        if (point == "after-rename") {
            EXPECT_EQ(total, 1);
        }
        if (point == "after-lock" || point == "after-copy") {
            EXPECT_EQ(total, 2);
        }
        // Restoring again afterwards works, and clears what the killed run left behind.
        EXPECT_EQ(run({"restore", backup.string()}).exit_code, 0);
        EXPECT_EQ(run_json({"list"})["total"], 1);
        EXPECT_TRUE(files_starting_with(dir, ".siang.db.tmp-").empty());
    }
}

TEST_F(Cli, RestoreReplacesADamagedStoreAndKeepsIt) {
    submit("complaint", "ก่อนสำรอง");
    fs::path backup = dir / "backup.db";
    ASSERT_EQ(run({"backup", "-o", backup.string()}).exit_code, 0);
    {
        std::fstream f(store, std::ios::in | std::ios::out | std::ios::binary);
        std::string garbage(4096, '\x5a');
        f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    ASSERT_EQ(run({"list"}).exit_code, 5);
    CliRun r = run({"restore", backup.string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(run({"check"}).exit_code, 0);
    EXPECT_EQ(run_json({"list"})["total"], 1);
    EXPECT_EQ(files_starting_with(dir, "siang.db.before-restore-").size(), 1u);
}

// ---- 9. Input files --------------------------------------------------------------------------

TEST_F(Cli, SubmitInputThatIsADirectoryIsOneClearLine) {
    CliRun r = run({"--lang", "en", "submit", "--input", dir.string()});
    EXPECT_EQ(r.exit_code, 5) << r.err;
    EXPECT_TRUE(r.err.starts_with("siang: ")) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

TEST_F(Cli, SubmitInputMissingFileIsExit5) {
    CliRun r = run({"submit", "--input", (dir / "no-such.json").string()});
    EXPECT_EQ(r.exit_code, 5) << r.err;
}

TEST_F(Cli, SubmitInputLargerThanAnyFilingIsRefused) {
    fs::path big = dir / "big.json";
    {
        std::ofstream f(big, std::ios::binary);
        f << R"({"kind":"complaint","subject":"ถนนชำรุด","details":"หลุมใหญ่")";
        f << std::string(3 << 20, ' ') << "}";
    }
    CliRun r = run({"--lang", "en", "submit", "--input", big.string()});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    CliRun piped = run({"submit", "--input", "-"}, slurp(big));
    EXPECT_EQ(piped.exit_code, 3) << piped.err;
    EXPECT_EQ(run_json({"list"})["total"], 0);
}

TEST_F(Cli, SubmitInputFromDevZeroStopsAtTheCap) {
    CliRun r = run({"submit", "--input", "/dev/zero"});
    EXPECT_EQ(r.exit_code, 3) << r.err;
}

// ---- 10. JSON input --------------------------------------------------------------------------

TEST_F(Cli, SubmitJsonWithADuplicateKeyIsRefused) {
    CliRun r =
        run({"--lang", "en", "submit", "--input", "-"},
            R"({"kind":"corruption","subject":"ถนนชำรุด","details":"หลุม","kind":"complaint"})");
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_NE(r.err.find("kind"), std::string::npos) << r.err;
    EXPECT_EQ(run_json({"list"})["total"], 0);
}

TEST_F(Cli, SubmitJsonWithBytesAfterANulIsRefused) {
    std::string text = R"({"kind":"complaint","subject":"ถนนชำรุด","details":"หลุม"})";
    text += std::string("\0{\"kind\":\"corruption\"}", 22);
    CliRun r = run({"submit", "--input", "-"}, text);
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_EQ(run_json({"list"})["total"], 0);
}

// ---- 13. Printed text ------------------------------------------------------------------------

TEST_F(Cli, ErrorsEchoingInputPrintNoTerminalControls) {
    CliRun kind = run({"submit", "--kind", hostile, "--subject", "x", "--details", "y"});
    EXPECT_EQ(kind.exit_code, 3);
    EXPECT_EQ(first_raw_control(kind.err), "") << kind.err;
    EXPECT_NE(kind.err.find("pwned"), std::string::npos);  // shown, only defanged
    CliRun show = run({"show", "2570-0000" + hostile});
    EXPECT_EQ(first_raw_control(show.err), "") << show.err;
    CliRun json_err = run({"--json", "submit", "--kind", hostile});
    EXPECT_EQ(first_raw_control(json_err.out), "") << json_err.out;
    EXPECT_EQ(json::parse(json_err.out)["detail"], hostile);  // JSON still carries the value
}

TEST_F(Cli, ShowAndListPrintNoTerminalControlsFromStoredText) {
    std::string number = submit("complaint", "ชื่อเรื่องปกติ")["case_number"];
    // Text from an older version or another writer: the CLI must not trust the store either.
    sql(store, "UPDATE cases SET subject = ?1, details = ?1, location = ?1", hostile);
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"show", number}, {"list"}, {"--lang", "th", "list"}}) {
        CliRun r = run(args);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        EXPECT_EQ(first_raw_control(r.out), "") << args[0] << ": " << r.out;
        EXPECT_NE(r.out.find("pwned"), std::string::npos) << r.out;
    }
    CliRun j = run({"--json", "show", number});
    EXPECT_EQ(first_raw_control(j.out), "") << j.out;
    EXPECT_EQ(json::parse(j.out)["subject"], hostile);
}

}  // namespace
