// Staff sessions through the raw API (issue 12): what a login hands out, and every way a token
// stops working — logout, a forged or malformed one, one replayed from another address, a kiosk's
// device token, a disabled account, idle expiry, a server restart; the login back-off per user
// and per address; a role changed mid-session. Time moves through siang-server's hidden
// --test-clock-file, never by sleeping.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "staff/login_throttle.hpp"
#include "store/store.hpp"
#include "support/staff_server.hpp"
#include "support/test_dir.hpp"
#include "sync/staff_api.hpp"

namespace {

using nlohmann::json;
using siang::testing::StaffServer;
namespace t = siang::testing;

class StaffSession : public ::testing::Test {
  protected:
    StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("system")};
    void SetUp() override { ASSERT_TRUE(server.ready()) << server.error(); }
};

TEST_F(StaffSession, ALoginAnswersATokenAndTheUserWithTheRoleTheStoreHolds) {
    const auto a = server.curl("/api/v1/staff/login",
                               json{{"username", t::clerk_user}, {"password", t::staff_password}}.dump());
    ASSERT_EQ(a.status, 200) << a.raw;
    EXPECT_EQ(a.body.at("token").get<std::string>().size(), 64u);
    EXPECT_EQ(a.body.at("user").at("role"), "clerk");
    EXPECT_NE(a.headers.find("no-store"), std::string::npos);
    const auto me = server.curl("/api/v1/staff/session", {}, a.body.at("token"));
    EXPECT_EQ(me.status, 200);
    EXPECT_EQ(me.body.at("user").at("username"), t::clerk_user);
}

TEST_F(StaffSession, AWrongPasswordAndAnUnknownUserGetTheSameAnswer) {
    const auto wrong = server.curl(
        "/api/v1/staff/login", json{{"username", t::clerk_user}, {"password", "not-it-at-all"}}.dump());
    const auto unknown = server.curl(
        "/api/v1/staff/login", json{{"username", "nobody"}, {"password", "not-it-at-all"}}.dump());
    EXPECT_EQ(wrong.status, 403);
    EXPECT_EQ(wrong.raw, unknown.raw);
    EXPECT_EQ(wrong.status, unknown.status);
}

TEST_F(StaffSession, NoForgedMalformedOrMissingTokenOpensASession) {
    for (const std::string& token : {std::string(), std::string(64, 'a'), std::string("abc"),
                                    std::string(64, 'A'), std::string(63, '0') + "\r"}) {
        const auto a = server.curl("/api/v1/staff/session", {}, token);
        EXPECT_EQ(a.status, 401) << token;
        EXPECT_EQ(a.body.at("error").at("code"), "session_expired");
    }
}

TEST_F(StaffSession, ATokenStopsWorkingAtLogout) {
    const std::string token = server.login(t::clerk_user);
    ASSERT_FALSE(token.empty());
    EXPECT_EQ(server.curl("/api/v1/staff/logout", "{}", token).status, 200);
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, token).status, 401);
}

TEST_F(StaffSession, ATokenIsRefusedFromAnotherAddressThanItsLogin) {
    const std::string token = server.login(t::clerk_user);
    ASSERT_FALSE(token.empty());
    // Loopback answers for all of 127/8: from 127.0.0.2 the server sees another machine.
    const auto elsewhere = server.curl("/api/v1/staff/session", {}, token, {}, "127.0.0.2");
    EXPECT_EQ(elsewhere.status, 401) << elsewhere.raw;
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, token).status, 200);
}

TEST_F(StaffSession, ADisabledAccountsTokenStopsWorkingAtOnce) {
    const std::string token = server.login(t::clerk_user);
    ASSERT_FALSE(token.empty());
    const auto off = server.cli({"user", "disable", t::clerk_user});
    ASSERT_EQ(off.exit_code, 0) << off.err;
    const auto a = server.curl("/api/v1/staff/session", {}, token);
    EXPECT_EQ(a.status, 401);
}

TEST_F(StaffSession, AKioskDeviceTokenIsNoStaffToken) {
    const auto added = server.cli({"--json", "kiosk", "add", "kiosk-1"});
    ASSERT_EQ(added.exit_code, 0) << added.err;
    const std::string code = json::parse(added.out).at("enrolment_code");
    const auto enrolled =
        server.curl("/api/v1/enrol", json{{"enrolment_code", code}}.dump());
    ASSERT_EQ(enrolled.status, 200) << enrolled.raw;
    const auto a = server.curl("/api/v1/staff/session", {}, enrolled.body.at("token"));
    EXPECT_EQ(a.status, 401);
}

// --- with the server's clock in the test's hands ---------------------------------------------------

class StaffClock : public ::testing::Test {
  protected:
    std::filesystem::path dir = t::test_dir("system");
    std::filesystem::path clock_file = dir / "clock";
    StaffServer server{SIANG_CLI, SIANG_SERVER, dir,
                       {"--test-clock-file", clock_file.string()}};
    std::chrono::seconds offset{0};

    void SetUp() override { ASSERT_TRUE(server.ready()) << server.error(); }
    // Moves the server's clocks (wall and steady) forward.
    void advance(std::chrono::seconds by) {
        offset += by;
        std::ofstream(clock_file) << offset.count() << '\n';
    }
    t::CurlAnswer login(const std::string& user, const std::string& password,
                        const std::string& from = {}) {
        return server.curl("/api/v1/staff/login",
                           json{{"username", user}, {"password", password}}.dump(), {}, {}, from);
    }
    // The audit rows of `action` on `target`, read from the store beside the server.
    int audited(const std::string& action, const std::string& target) {
        auto s = siang::store::Store::open(server.store().string());
        if (!s) return -1;
        auto rows = s->audit_rows(0, 100000);
        if (!rows) return -1;
        int n = 0;
        for (const auto& r : *rows) n += r.action == action && r.target == target;
        return n;
    }
};

TEST_F(StaffClock, AHundredWrongPasswordsAreHeldBackAuditedAndTheRightOneWorksAfterTheWait) {
    const auto started = std::chrono::steady_clock::now();
    int wrong = 0, held = 0;
    std::string retry_after;
    for (int i = 0; i < 100; ++i) {
        const auto a = login(t::clerk_user, "wrong-password-" + std::to_string(i));
        ASSERT_EQ(a.status, 403) << a.raw;
        const std::string detail = a.body.at("error").value("detail", "");
        if (detail == "login") {
            ++wrong;
        } else {
            ASSERT_EQ(detail, "login_wait") << a.raw;
            EXPECT_EQ(a.body.at("error").at("count"), 1) << a.raw;  // minutes, rounded up
            ++held;
            if (retry_after.empty()) retry_after = a.headers;
        }
    }
    const auto took = std::chrono::steady_clock::now() - started;
    // Only the free failures cost a password check; the rest are refused unread.
    EXPECT_EQ(wrong, siang::staff::free_login_failures);
    EXPECT_EQ(held, 100 - siang::staff::free_login_failures);
    EXPECT_NE(retry_after.find("Retry-After: 60"), std::string::npos) << retry_after;
    std::cout << "100 wrong logins over the API: "
              << std::chrono::duration_cast<std::chrono::milliseconds>(took).count() << " ms\n";
    // Every attempt is in the audit log: a failure or a held-back attempt.
    EXPECT_EQ(audited("login_failed", t::clerk_user), wrong);
    EXPECT_EQ(audited("login_throttled", t::clerk_user), held);

    // The right password does not help during the wait, from here or anywhere.
    const auto early = login(t::clerk_user, t::staff_password);
    EXPECT_EQ(early.status, 403);
    EXPECT_EQ(early.body.at("error").at("detail"), "login_wait");
    EXPECT_EQ(login(t::clerk_user, t::staff_password, "127.0.0.2").body.at("error").at("detail"),
              "login_wait");
    advance(siang::staff::first_login_wait + std::chrono::seconds{1});
    const auto later = login(t::clerk_user, t::staff_password);
    ASSERT_EQ(later.status, 200) << later.raw;
    EXPECT_EQ(later.body.at("user").at("username"), t::clerk_user);
    EXPECT_EQ(audited("login", t::clerk_user), 1);
}

TEST_F(StaffClock, ManyUsersTriedFromOneAddressHoldBackThatAddressOnly) {
    for (int i = 0; i < siang::staff::free_login_failures; ++i)
        EXPECT_EQ(login("guess" + std::to_string(i), "not-the-password", "127.0.0.3")
                      .body.at("error")
                      .at("detail"),
                  "login");
    // A user nobody tried, with the right password, from that address: held back.
    const auto there = login(t::integrity_user, t::staff_password, "127.0.0.3");
    EXPECT_EQ(there.status, 403);
    EXPECT_EQ(there.body.at("error").at("detail"), "login_wait") << there.raw;
    EXPECT_NE(there.headers.find("Retry-After:"), std::string::npos);
    // From another address the same user logs in.
    EXPECT_EQ(login(t::integrity_user, t::staff_password).status, 200);
    advance(siang::staff::first_login_wait + std::chrono::seconds{1});
    EXPECT_EQ(login(t::integrity_user, t::staff_password, "127.0.0.3").status, 200);
}

TEST_F(StaffClock, ASessionEndsAfterTheIdleTimeAndEachRequestRenewsIt) {
    const std::string token = server.login(t::clerk_user);
    ASSERT_FALSE(token.empty());
    const auto idle = std::chrono::duration_cast<std::chrono::seconds>(siang::sync::staff_session_idle);
    advance(idle - std::chrono::seconds{60});
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, token).status, 200);  // renewed here
    advance(idle - std::chrono::seconds{60});
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, token).status, 200);
    advance(idle + std::chrono::seconds{1});
    const auto gone = server.curl("/api/v1/staff/session", {}, token);
    EXPECT_EQ(gone.status, 401);
    EXPECT_EQ(gone.body.at("error").at("code"), "session_expired");
    EXPECT_NE(gone.headers.find("WWW-Authenticate: Bearer"), std::string::npos);
    // Logging in again gives a new session.
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, server.login(t::clerk_user)).status, 200);
}

TEST_F(StaffClock, ARoleChangedInTheStoreCountsAtTheNextRequest) {
    const std::string token = server.login(t::admin_user);
    ASSERT_FALSE(token.empty());
    EXPECT_EQ(server.curl("/api/v1/staff/users", {}, token).status, 200);
    {
        auto s = siang::store::Store::open(server.store().string());
        ASSERT_TRUE(s);
        auto rec = s->find_user(t::admin_user);
        ASSERT_TRUE(rec);
        rec->role = "clerk";
        ASSERT_TRUE(s->update_user(*rec));
    }
    const auto me = server.curl("/api/v1/staff/session", {}, token);
    EXPECT_EQ(me.body.at("user").at("role"), "clerk");
    const auto users = server.curl("/api/v1/staff/users", {}, token);
    EXPECT_EQ(users.status, 403) << users.raw;
    EXPECT_EQ(users.body.at("error").at("code"), "permission_denied");
}

// Sessions live in the server's memory only (staff_sessions.hpp): a restart ends them, and the
// console keeps what was typed and asks for the password again.
TEST_F(StaffClock, ARestartedServerAsksForTheLoginAgain) {
    const std::string token = server.login(t::clerk_user);
    ASSERT_FALSE(token.empty());
    EXPECT_EQ(server.process().terminate(), 0);
    ASSERT_TRUE(server.process().start()) << server.process().log();
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, token).status, 401);
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, server.login(t::clerk_user)).status, 200);
}

}  // namespace
