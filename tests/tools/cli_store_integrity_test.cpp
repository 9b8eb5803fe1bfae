// `siang` on a tampered store: audit seal, wrong key, open permissions, a lost WAL (issue 8).
#include <sodium.h>

#include <array>
#include <vector>

#include "tools/cli_fixture.hpp"

namespace {

std::int64_t raw_count(const fs::path& store, const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(store.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    std::int64_t n = -1;
    if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

const std::string drop_triggers =
    "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";

class CliIntegrity : public Cli {
  protected:
    CliRun submit_en(const std::string& subject) {
        return run({"--lang", "en", "submit", "--kind", "complaint", "--subject", subject,
                    "--details", "รายละเอียด"});
    }
};

TEST_F(CliIntegrity, CutTailThenASubmitIsRefusedAndVerifyStillFails) {
    submit("complaint", "หนึ่ง");
    submit("complaint", "สอง");
    const auto rows = raw_count(store, "SELECT max(id) FROM audit_log");
    raw_sql(store, drop_triggers + "DELETE FROM audit_log WHERE id = " + std::to_string(rows));
    const CliRun r = submit_en("สาม");
    EXPECT_EQ(r.exit_code, 8) << r.err;
    EXPECT_NE(r.err.find("tampered"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("siang audit verify"), std::string::npos) << r.err;
    EXPECT_EQ(raw_count(store, "SELECT count(*) FROM cases"), 2);
    EXPECT_EQ(run({"audit", "verify"}).exit_code, 8);
    EXPECT_EQ(run({"check"}).exit_code, 8);
}

TEST_F(CliIntegrity, CutTailThenAFailedLoginForAnUnknownUserDoesNotReSealIt) {
    submit("complaint", "หนึ่ง");
    const auto rows = raw_count(store, "SELECT max(id) FROM audit_log");
    raw_sql(store, drop_triggers + "DELETE FROM audit_log WHERE id = " + std::to_string(rows));
    ::setenv("SIANG_PASSWORD", "not-the-password", 1);
    const CliRun r = run({"--lang", "en", "--user", "nobody", "list"});
    ::unsetenv("SIANG_PASSWORD");
    EXPECT_EQ(r.exit_code, 8) << r.err;
    EXPECT_EQ(raw_count(store, "SELECT count(*) FROM audit_log"), rows - 1);
    EXPECT_EQ(run({"audit", "verify"}).exit_code, 8);
}

// BLAKE2b-256(prev ‖ fields, each with an 8-byte little-endian length), as an attacker reading
// audit_chain.hpp would rebuild the chain: no key needed, only the seal's MAC needs one.
std::array<unsigned char, 32> link_hash(const std::array<unsigned char, 32>& prev,
                                        const std::vector<std::string>& fields) {
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, 32);
    crypto_generichash_update(&st, prev.data(), prev.size());
    for (const std::string& f : fields) {
        std::array<unsigned char, 8> len{};
        auto n = static_cast<std::uint64_t>(f.size());
        for (auto& b : len) {
            b = static_cast<unsigned char>(n & 0xffu);
            n >>= 8;
        }
        crypto_generichash_update(&st, len.data(), len.size());
        crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(f.data()), f.size());
    }
    std::array<unsigned char, 32> out{};
    crypto_generichash_final(&st, out.data(), out.size());
    return out;
}

// Edits row `edit`'s detail and recomputes every hash from there on with the sqlite3 C API.
void edit_and_rebuild_chain(const fs::path& store, std::int64_t edit) {
    ASSERT_GE(sodium_init(), 0);
    raw_sql(store, drop_triggers);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* rows = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT id, at, actor, action, target, detail FROM audit_log ORDER BY id",
                       -1, &rows, nullptr);
    std::vector<std::vector<std::string>> entries;
    while (sqlite3_step(rows) == SQLITE_ROW) {
        std::vector<std::string> e;
        for (int c = 0; c < 6; ++c)
            e.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(rows, c)));
        entries.push_back(std::move(e));
    }
    sqlite3_finalize(rows);
    std::array<unsigned char, 32> prev{};
    for (auto& e : entries) {
        if (std::stoll(e[0]) == edit) e[5] = "forged";
        const auto hash = link_hash(prev, e);
        sqlite3_stmt* up = nullptr;
        sqlite3_prepare_v2(db,
                           "UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?",
                           -1, &up, nullptr);
        sqlite3_bind_text(up, 1, e[5].c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_blob(up, 2, prev.data(), 32, SQLITE_TRANSIENT);
        sqlite3_bind_blob(up, 3, hash.data(), 32, SQLITE_TRANSIENT);
        sqlite3_bind_int64(up, 4, std::stoll(e[0]));
        ASSERT_EQ(sqlite3_step(up), SQLITE_DONE);
        sqlite3_finalize(up);
        prev = hash;
    }
    sqlite3_close(db);
}

TEST_F(CliIntegrity, EditedMiddleRowWithTheChainRebuiltThenASubmitIsRefused) {
    submit("complaint", "หนึ่ง");
    submit("complaint", "สอง");
    submit("complaint", "สาม");
    edit_and_rebuild_chain(store, 3);
    const CliRun r = submit_en("สี่");
    EXPECT_EQ(r.exit_code, 8) << r.err;
    EXPECT_EQ(raw_count(store, "SELECT count(*) FROM cases"), 3);
    EXPECT_EQ(raw_count(store, "SELECT count(*) FROM audit_log WHERE detail = 'forged'"), 1);
    // Every link holds: only the seal's MAC, which needs the key, gives the forgery away.
    const CliRun v = run({"--json", "audit", "verify"});
    EXPECT_EQ(v.exit_code, 8);
    EXPECT_EQ(json::parse(v.out)["first_broken"],
              raw_count(store, "SELECT max(id) FROM audit_log"));
}

TEST_F(CliIntegrity, ThaiMessageSaysWritesAreStoppedAndWhatToDo) {
    submit("complaint", "หนึ่ง");
    raw_sql(store, "UPDATE audit_seal SET rows = rows - 1");
    const CliRun r = run({"--lang", "th", "submit", "--kind", "complaint", "--subject", "สอง",
                          "--details", "รายละเอียด"});
    EXPECT_EQ(r.exit_code, 8);
    EXPECT_NE(r.err.find("ถูกแก้ไข"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("siang audit verify"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("ไฟล์สำรอง"), std::string::npos) << r.err;
}

TEST_F(CliIntegrity, DeletingAllAuditRowsAndTheSealFailsVerifyAndCheck) {
    submit("complaint", "หนึ่ง");
    raw_sql(store, drop_triggers + "DELETE FROM audit_log; DELETE FROM audit_seal;");
    EXPECT_EQ(run({"audit", "verify"}).exit_code, 8);
    EXPECT_EQ(run({"check"}).exit_code, 8);
    EXPECT_EQ(submit_en("สอง").exit_code, 8);
    EXPECT_EQ(raw_count(store, "SELECT count(*) FROM audit_log"), 0);
}

TEST_F(CliIntegrity, DroppedAuditTriggersFailTheCheckByName) {
    submit("complaint", "หนึ่ง");
    raw_sql(store, drop_triggers);
    const CliRun r = run({"--lang", "en", "--json", "check"});
    EXPECT_EQ(r.exit_code, 8) << r.err;
    EXPECT_NE(r.err.find("audit_log_no_update"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("audit_log_no_delete"), std::string::npos) << r.err;
    const json j = json::parse(r.out);
    EXPECT_FALSE(j["ok"].get<bool>());
    EXPECT_EQ(j["audit_trigger_problems"].size(), 2u);
}

TEST_F(CliIntegrity, WrongKeyStopsSubmitShowAndCheckUntilTheRightKeyIsBack) {
    const json filed = submit("complaint", "หนึ่ง");
    const std::string code = filed["tracking_code"];
    const fs::path key = store.string() + ".key";
    const std::string right = slurp(key);
    fs::rename(key, dir / "right.key");
    { std::ofstream(key, std::ios::binary) << std::string(32, 'x'); }
    fs::permissions(key, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"--lang", "en", "submit", "--kind", "complaint", "--subject",
                                   "สอง", "--details", "x"},
          {"--lang", "en", "show", "--code", code},
          {"--lang", "en", "check"}}) {
        const CliRun r = run(args);
        EXPECT_EQ(r.exit_code, 5) << args[2] << ": " << r.err;
        EXPECT_NE(r.err.find(key.string()), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("does not belong"), std::string::npos) << r.err;
    }
    EXPECT_EQ(raw_count(store, "SELECT count(*) FROM cases"), 1);
    fs::rename(dir / "right.key", key);
    EXPECT_EQ(slurp(key), right);
    EXPECT_EQ(run({"show", "--code", code}).exit_code, 0);
    EXPECT_EQ(run({"check"}).exit_code, 0);
}

TEST_F(CliIntegrity, MissingKeyIsAnErrorAndInitDoesNotMakeANewOne) {
    submit("complaint", "หนึ่ง");
    const fs::path key = store.string() + ".key";
    fs::remove(key);
    const CliRun r = run({"--lang", "en", "list"});
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_NE(r.err.find(key.string()), std::string::npos) << r.err;
    EXPECT_EQ(run({"init"}).exit_code, 5);
    EXPECT_FALSE(fs::exists(key));
}

unsigned mode_of(const fs::path& p) {
    return static_cast<unsigned>(fs::status(p).permissions()) & 0777u;
}

TEST_F(CliIntegrity, InitMakesTheStoreAndKey0600InANew0700Folder) {
    const fs::path nested = dir / "var" / "lib" / "siang" / "siang.db";
    const std::string cmd = "umask 022; LANG=C.UTF-8 " + std::string(SIANG_CLI) + " --store " +
                            quote(nested.string()) + " init >/dev/null";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    EXPECT_EQ(mode_of(nested), 0600u);
    EXPECT_EQ(mode_of(nested.string() + ".key"), 0600u);
    EXPECT_EQ(mode_of(nested.parent_path()), 0700u);
    EXPECT_EQ(mode_of(dir / "var"), 0700u);
}

TEST_F(CliIntegrity, StoreReadableByOthersIsRefusedByEveryCommandWithTheFix) {
    submit("complaint", "หนึ่ง");
    fs::permissions(store, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"list"},
          {"submit", "--kind", "complaint", "--subject", "สอง", "--details", "x"},
          {"show", "--code", "000000000000"},
          {"check"},
          {"audit", "verify"},
          {"stats"},
          {"export", "-o", (dir / "out.csv").string()},
          {"backup", "-o", (dir / "b.db").string()},
          {"init"}}) {
        std::vector<std::string> a{"--lang", "en"};
        a.insert(a.end(), args.begin(), args.end());
        const CliRun r = run(a);
        EXPECT_EQ(r.exit_code, 5) << args[0] << ": " << r.err;
        EXPECT_NE(r.err.find("chmod 600 " + store.string()), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("chmod 700"), std::string::npos) << r.err;
    }
}

}  // namespace

namespace {

// A writer that committed with checkpoints off and died: its frames live only in the WAL, and
// the -shm (left as the crash left it) says they were committed.
void crash_with_frames_in_the_wal(const fs::path& store) {
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        sqlite3* db = nullptr;
        if (sqlite3_open(store.c_str(), &db) != SQLITE_OK) ::_exit(2);
        sqlite3_wal_autocheckpoint(db, 0);
        for (int i = 0; i < 20; ++i)
            if (sqlite3_exec(db, "INSERT INTO help_requests(kiosk, at) VALUES('kiosk-1', 0)",
                             nullptr, nullptr, nullptr) != SQLITE_OK)
                ::_exit(3);
        ::_exit(0);  // no close: no checkpoint, the -wal and -shm stay
    }
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ASSERT_GT(fs::file_size(store.string() + "-wal"), 32u);
}

TEST_F(CliIntegrity, DeletedWalIsRefusedByCheckNamingItAndSayingCasesMayBeMissing) {
    submit("complaint", "หนึ่ง");
    crash_with_frames_in_the_wal(store);
    const std::string wal = store.string() + "-wal";
    fs::rename(wal, dir / "kept-wal");
    const CliRun r = run({"--lang", "en", "check"});
    EXPECT_EQ(r.exit_code, 5) << r.err;
    EXPECT_NE(r.err.find(wal), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("cases may be missing"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("siang restore"), std::string::npos) << r.err;
    // Put back untouched, everything is there.
    fs::rename(dir / "kept-wal", wal);
    EXPECT_EQ(run({"check"}).exit_code, 0);
    EXPECT_EQ(raw_count(store, "SELECT count(*) FROM help_requests"), 20);
}

}  // namespace
