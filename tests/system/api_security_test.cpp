// The office API refuses what a kiosk may not do, seen from outside with curl against the real
// siang-server (issue 11): a revoked kiosk's token, a reused or expired enrolment code, a forged
// or missing token. The transport's own tests cover malformed, oversized, chunked, compressed and
// slow requests and a man in the middle; these cover who may talk.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/fresh_office.hpp"
#include "support/test_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using nlohmann::json;
using siang::testing::ProgramRun;
using siang::testing::read_whole_file;
using siang::testing::run_program;

struct Answer {
    int status = 0;
    json body;
};

class ApiSecurity : public ::testing::Test {
  protected:
    fs::path dir = siang::testing::test_dir("system");
    siang::testing::FreshOffice office{SIANG_CLI, SIANG_SERVER, dir};
    fs::path store = office.store();
    std::string pin;  // curl's --pinnedpubkey: sha256// and the base64 SPKI hash
    std::string url;

    ProgramRun cli(std::vector<std::string> args) { return office.cli(std::move(args)); }

    void SetUp() override {
        const std::string made = office.init();
        ASSERT_EQ(made, "");
        // The pinned key, computed by openssl from the certificate the server presents.
        const ProgramRun spki = run_program(
            {"/bin/sh", "-c",
             "openssl x509 -in '" + office.certificate() +
                 "' -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 "
                 "-binary | openssl base64 -A"},
            30s);
        ASSERT_EQ(spki.exit_code, 0) << spki.err;
        pin = "sha256//" + spki.out;
        const std::string started = office.start();
        ASSERT_EQ(started, "");
        url = office.url();
    }

    // POSTs `body` to `path` with curl, the server's key pinned (-k only skips the CA chain the
    // self-signed certificate does not have).
    Answer post(const std::string& path, const std::string& body, const std::string& token = {}) {
        const fs::path out = dir / "curl.body";
        std::vector<std::string> a{"/usr/bin/curl",
                                   "-sS",
                                   "-k",
                                   "--pinnedpubkey",
                                   pin,
                                   "--max-time",
                                   "20",
                                   "-o",
                                   out.string(),
                                   "-w",
                                   "%{http_code}",
                                   "-H",
                                   "Content-Type: application/json",
                                   "--data-binary",
                                   body};
        if (!token.empty()) {
            a.push_back("-H");
            a.push_back("Authorization: Bearer " + token);
        }
        a.push_back(url + path);
        const ProgramRun r = run_program(a, 30s);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        Answer ans;
        ans.status = std::atoi(r.out.c_str());
        ans.body = json::parse(read_whole_file(out), nullptr, false);
        return ans;
    }
    static std::string error_code(const Answer& a) {
        if (!a.body.is_object() || !a.body.contains("error")) return "(no error body)";
        return a.body["error"].value("code", "(no code)");
    }

    std::string add_kiosk(const std::string& name) {
        std::string code = office.add_kiosk(name);
        EXPECT_NE(code, "") << "siang kiosk add " << name;
        return code;
    }
    std::string enrol(const std::string& code) {
        const Answer a = post("/api/v1/enrol", json{{"enrolment_code", code}}.dump());
        EXPECT_EQ(a.status, 200) << a.body.dump();
        return a.body.value("token", "");
    }
    Answer heartbeat(const std::string& token) {
        return post("/api/v1/heartbeat", R"({"pending":0,"quarantined":0})", token);
    }
};

// Caught a lost-update bug: the server's second and later Store::open read the files with plain
// descriptors and so dropped the first connection's POSIX locks; `siang kiosk revoke` then took
// itself for the last user, deleted the WAL, and the revocation never reached the server
// (store/open_in_process.hpp).
TEST_F(ApiSecurity, AnEnrolledKioskIsHeardAndARevokedOneIsRefusedAtOnce) {
    const std::string token = enrol(add_kiosk("counter-1"));
    ASSERT_EQ(token.size(), 64u);
    EXPECT_EQ(heartbeat(token).status, 200);
    ASSERT_EQ(cli({"kiosk", "revoke", "counter-1"}).exit_code, 0);
    const Answer after = heartbeat(token);
    EXPECT_EQ(after.status, 401);
    EXPECT_EQ(error_code(after), "device_refused");
    const Answer track = post("/api/v1/track", R"({"tracking_code":"123456789018"})", token);
    EXPECT_EQ(track.status, 401);
    EXPECT_EQ(error_code(track), "device_refused");
}

TEST_F(ApiSecurity, AnEnrolmentCodeWorksOnce) {
    const std::string code = add_kiosk("counter-1");
    const std::string token = enrol(code);
    EXPECT_FALSE(token.empty());
    const Answer again = post("/api/v1/enrol", json{{"enrolment_code", code}}.dump());
    EXPECT_EQ(again.status, 403);
    EXPECT_EQ(error_code(again), "enrolment_refused");
    EXPECT_FALSE(again.body.contains("token"));
    EXPECT_EQ(heartbeat(token).status, 200) << "the first enrolment still holds";
}

TEST_F(ApiSecurity, AnExpiredEnrolmentCodeIsRefused) {
    const std::string code = add_kiosk("counter-1");
    // The code's 24 hours pass: its expiry moved into the past in the store file, as the clock
    // would (the server reads the row at each request).
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    ASSERT_EQ(sqlite3_exec(db, "UPDATE enrolment_codes SET expires_at = strftime('%s','now') - 1",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(db);
    EXPECT_EQ(sqlite3_changes(db), 1);
    sqlite3_close(db);
    const Answer a = post("/api/v1/enrol", json{{"enrolment_code", code}}.dump());
    EXPECT_EQ(a.status, 403);
    EXPECT_EQ(error_code(a), "enrolment_refused");
}

TEST_F(ApiSecurity, AForgedMissingOrMangledTokenIsRefused) {
    const std::string token = enrol(add_kiosk("counter-1"));
    std::string flipped = token;
    flipped[10] = flipped[10] == 'a' ? 'b' : 'a';
    for (const std::string& forged :
         {std::string(64, 'a'), flipped, token.substr(0, 63), token + "0", std::string()}) {
        const Answer a = heartbeat(forged);
        EXPECT_EQ(a.status, 401) << "token '" << forged << "'";
        EXPECT_EQ(error_code(a), "device_refused");
    }
    const Answer filing = post("/api/v1/filings", "{}", std::string(64, 'f'));
    EXPECT_EQ(filing.status, 401);
    EXPECT_EQ(error_code(filing), "device_refused");
    EXPECT_EQ(heartbeat(token).status, 200);
}

TEST_F(ApiSecurity, GuessingEnrolmentCodesIsSlowedDown) {
    add_kiosk("counter-1");
    int refused = 0, limited = 0;
    for (int i = 0; i < 40 && limited == 0; ++i) {
        const Answer a =
            post("/api/v1/enrol",
                 json{{"enrolment_code", "AAAA-BBBB-CCCC-DDD" + std::to_string(i % 10)}}.dump());
        if (a.status == 403) ++refused;
        if (a.status == 429) {
            ++limited;
            EXPECT_EQ(error_code(a), "rate_limited");
        }
    }
    EXPECT_GT(refused, 0);
    EXPECT_EQ(limited, 1) << "40 wrong codes in a row and never rate-limited";
}

}  // namespace
