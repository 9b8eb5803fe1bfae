// `siang --user` logins that cannot be probed, the password policy and reserved names of
// `siang user`, and `--store ""` refused (issue 8 items 6, 12, 15).
#include "tools/cli_fixture.hpp"

namespace {

class CliLogin : public Cli {
  protected:
    void SetUp() override {
        Cli::SetUp();
        ASSERT_EQ(run({"user", "add", "malee", "--role", "integrity", "--password-stdin"},
                      "integrity-2569\n")
                      .exit_code,
                  0);
    }

    CliRun as(const std::string& user, const std::string& password, std::vector<std::string> args) {
        ::setenv("SIANG_PASSWORD", password.c_str(), 1);
        std::vector<std::string> a{"--lang", "en", "--user", user};
        a.insert(a.end(), args.begin(), args.end());
        CliRun r = run(a);
        ::unsetenv("SIANG_PASSWORD");
        return r;
    }

    // `ENV siang ARGS` without the fixture's --store.
    CliRun run_bare(const std::string& env, const std::string& args) {
        fs::path err = dir / "stderr";
        std::string cmd = env + "LANG=C.UTF-8 " + SIANG_CLI + " " + args + " 2>" +
                          quote(err.string()) + " </dev/null";
        CliRun r;
        FILE* p = ::popen(cmd.c_str(), "r");
        char buf[4096];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
        int status = ::pclose(p);
        r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.err = slurp(err);
        return r;
    }
};

TEST_F(CliLogin, UnknownUserWrongPasswordAndDisabledAccountAnswerAlike) {
    ASSERT_EQ(run({"user", "add", "nok", "--role", "clerk", "--password-stdin"}, "kaeng-som-2569\n")
                  .exit_code,
              0);
    ASSERT_EQ(run({"user", "disable", "nok"}).exit_code, 0);
    CliRun unknown = as("nobody", "integrity-2569", {"list"});
    CliRun wrong = as("malee", "guess-guess-1", {"list"});
    CliRun disabled = as("nok", "kaeng-som-2569", {"list"});
    for (const CliRun* r : {&unknown, &wrong, &disabled}) {
        EXPECT_EQ(r->exit_code, 7);
        EXPECT_EQ(r->err, "siang: Wrong username or password.\n");
        EXPECT_EQ(r->err.find("disabled"), std::string::npos);
    }
}

TEST_F(CliLogin, FiveFailuresHoldBackEvenTheRightPasswordAcrossRuns) {
    for (int i = 0; i < 5; ++i) ASSERT_EQ(as("malee", "guess-guess-1", {"list"}).exit_code, 7);
    CliRun right = as("malee", "integrity-2569", {"list"});
    EXPECT_EQ(right.exit_code, 7);
    EXPECT_NE(right.err.find("Wrong username or password"), std::string::npos) << right.err;
    EXPECT_NE(right.err.find("try again in 1 minute"), std::string::npos) << right.err;
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM audit_log WHERE action = 'login_throttled'", -1,
                       &st, nullptr);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0), 1);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

TEST_F(CliLogin, UserAddRefusesWeakPasswordsSayingWhichRule) {
    struct Case {
        std::string password, says;
    };
    for (const Case& c : {Case{"short-1", "at least 10"}, Case{"somchai-2569", "username"},
                          Case{"password123", "common"}, Case{"0812345678", "common"}}) {
        CliRun r =
            run({"--lang", "en", "user", "add", "somchai", "--role", "clerk", "--password-stdin"},
                c.password + "\n");
        EXPECT_EQ(r.exit_code, 3) << c.password;
        EXPECT_NE(r.err.find(c.says), std::string::npos) << c.password << ": " << r.err;
    }
    CliRun passwd =
        run({"--lang", "en", "user", "passwd", "malee", "--password-stdin"}, "12345678\n");
    EXPECT_EQ(passwd.exit_code, 3) << passwd.err;
    EXPECT_EQ(as("malee", "integrity-2569", {"list"}).exit_code, 0);
}

TEST_F(CliLogin, ThaiMessageForAWeakPassword) {
    CliRun r =
        run({"--lang", "th", "user", "add", "somchai", "--role", "clerk", "--password-stdin"},
            "qwerty1234\n");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_NE(r.err.find("รหัสผ่าน"), std::string::npos) << r.err;
}

TEST_F(CliLogin, NamesTheSystemActsUnderAreReserved) {
    for (std::string name : {"siang", "import", "kiosk-1"}) {
        CliRun r = run({"--lang", "en", "user", "add", name, "--role", "admin", "--password-stdin"},
                       "kaeng-som-2569\n");
        EXPECT_EQ(r.exit_code, 3) << name;
        EXPECT_NE(r.err.find("reserved"), std::string::npos) << r.err;
    }
}

TEST_F(CliLogin, FirstAdminPasswordPassesThePolicy) {
    store = dir / "fresh.db";
    json init = run_json({"init"});
    std::string password = init["admin_password"];
    CliRun r = run({"user", "passwd", "admin", "--password-stdin"}, password + "\n");
    EXPECT_EQ(r.exit_code, 0) << password << ": " << r.err;
}

TEST_F(CliLogin, AnEmptyStorePathIsAnErrorNotTheDefaultStore) {
    // Were it taken as "no --store", the default store would be used: point that into the test
    // folder so a failure here never touches the machine's real store.
    const fs::path fallback = dir / "default.db";
    const std::string env = "SIANG_STORE=" + quote(fallback.string()) + " ";
    for (std::string args : {"--store '' list", "--store '' check", "--store '' init"}) {
        CliRun r = run_bare(env, "--lang en " + args);
        EXPECT_EQ(r.exit_code, 2) << args << ": " << r.err;
        EXPECT_NE(r.err.find("--store"), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(fallback)) << args;
    }
}

}  // namespace
