// Staff sessions through the raw API (issue 12): what a login hands out, and every way a token
// stops working — logout, a forged or malformed one, one replayed from another address, a kiosk's
// device token, a disabled account.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/staff_server.hpp"
#include "support/test_dir.hpp"

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

}  // namespace
