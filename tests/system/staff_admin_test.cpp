// The staff API's administration through the raw API (issue 12): only an admin's session reaches
// users and kiosks, whatever the method; a user an admin adds logs in; disabling one ends their
// sessions at once; no answer ever carries a password hash; kiosks are added, listed and revoked
// over the API and a revoked kiosk's token is refused at once.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/staff_server.hpp"
#include "support/test_dir.hpp"

namespace {

using nlohmann::json;
using siang::testing::StaffServer;
namespace t = siang::testing;

const std::string users = "/api/v1/staff/users";
const std::string kiosks = "/api/v1/staff/kiosks";

class StaffAdmin : public ::testing::Test {
  protected:
    StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("system")};
    std::string admin;
    void SetUp() override {
        ASSERT_TRUE(server.ready()) << server.error();
        admin = server.login(t::admin_user);
        ASSERT_FALSE(admin.empty());
    }
    json add_user_body(const std::string& name, const std::string& role) const {
        return {{"username", name},
                {"display_name", "คุณ " + name},
                {"role", role},
                {"password", "Tom-Yum-Goong-2569"}};
    }
};

// Every admin endpoint with a plausible body, so a refusal is the role's and not the body's.
struct Call {
    std::string method, path, body;
};
std::vector<Call> admin_calls() {
    return {{"GET", users, ""},
            {"POST", users,
             json{{"username", "newbie"}, {"display_name", "x"}, {"role", "admin"},
                  {"password", "Tom-Yum-Goong-2569"}}
                 .dump()},
            {"POST", users + "/admin/disable", "{}"},
            {"POST", users + "/admin/password", json{{"password", "Tom-Yum-Goong-2569"}}.dump()},
            {"GET", kiosks, ""},
            {"POST", kiosks, json{{"name", "kiosk-9"}}.dump()},
            {"POST", kiosks + "/kiosk-9/revoke", "{}"},
            {"GET", kiosks + "/quarantine", ""}};
}

TEST_F(StaffAdmin, AClerkAndAnIntegrityOfficerGet403OnEveryAdminEndpoint) {
    for (const char* who : {t::clerk_user, t::integrity_user}) {
        const std::string token = server.login(who);
        ASSERT_FALSE(token.empty());
        for (const auto& c : admin_calls()) {
            const auto a = server.curl(c.path, c.body, token, c.method);
            EXPECT_EQ(a.status, 403) << who << " " << c.method << " " << c.path << " " << a.raw;
            EXPECT_EQ(a.body.at("error").at("code"), "permission_denied") << c.path;
            // Garbage bodies too: the role is checked first.
            if (c.method == "POST") {
                EXPECT_EQ(server.curl(c.path, "{\"x\":1}", token, c.method).status, 403) << c.path;
            }
        }
        // Methods without a route answer no data either.
        for (const char* method : {"PUT", "DELETE", "PATCH"})
            for (const std::string& path : {users, kiosks, kiosks + "/quarantine"}) {
                // With a body, so the listener routes it (without, it wants a length first).
                const auto a = server.curl(path, "{}", token, method);
                EXPECT_TRUE(a.status == 404 || a.status == 405) << method << " " << path << a.raw;
                EXPECT_EQ(a.raw.find("somchai"), std::string::npos);
                EXPECT_GE(server.curl(path, {}, token, method).status, 400);
            }
    }
    // Nothing was changed by the refused calls.
    const auto list = server.curl(users, {}, admin);
    ASSERT_EQ(list.status, 200);
    for (const auto& u : list.body.at("users")) EXPECT_NE(u.at("username"), "newbie");
    EXPECT_TRUE(server.curl(kiosks, {}, admin).body.at("kiosks").empty());
}

TEST_F(StaffAdmin, NoTokenGets401OnEveryAdminEndpoint) {
    for (const auto& c : admin_calls()) {
        const auto a = server.curl(c.path, c.body, {}, c.method);
        EXPECT_EQ(a.status, 401) << c.path;
        EXPECT_EQ(a.body.at("error").at("code"), "session_expired");
    }
}

TEST_F(StaffAdmin, AUserAnAdminAddsLogsInAndNoAnswerCarriesAPasswordHash) {
    const auto added = server.curl(users, add_user_body("pranee", "clerk").dump(), admin);
    ASSERT_EQ(added.status, 200) << added.raw;
    const auto again = server.curl(users, add_user_body("pranee", "clerk").dump(), admin);
    EXPECT_EQ(again.body.at("error").at("code"), "username_taken") << again.raw;
    const auto weak = server.curl(
        users, json{{"username", "weakling"}, {"display_name", "w"}, {"role", "clerk"},
                    {"password", "123456"}}.dump(),
        admin);
    EXPECT_EQ(weak.body.at("error").at("code"), "weak_password") << weak.raw;

    const auto login = server.curl(
        "/api/v1/staff/login",
        json{{"username", "pranee"}, {"password", "Tom-Yum-Goong-2569"}}.dump());
    ASSERT_EQ(login.status, 200) << login.raw;
    EXPECT_EQ(login.body.at("user").at("role"), "clerk");
    EXPECT_EQ(login.body.at("user").at("display_name"), "คุณ pranee");

    const auto list = server.curl(users, {}, admin);
    ASSERT_EQ(list.status, 200);
    bool found = false;
    for (const auto& u : list.body.at("users")) {
        EXPECT_FALSE(u.contains("password_hash"));
        EXPECT_FALSE(u.at("disabled"));
        found = found || u.at("username") == "pranee";
    }
    EXPECT_TRUE(found);
    for (const auto* a : {&added, &login, &list})
        EXPECT_EQ(a->raw.find("$argon2"), std::string::npos) << a->raw;
}

TEST_F(StaffAdmin, DisablingAUserEndsTheirSessionsAtOnceAndTheyCannotLogIn) {
    const std::string one = server.login(t::clerk_user);
    const std::string two = server.login(t::clerk_user);
    ASSERT_FALSE(one.empty());
    ASSERT_EQ(server.curl("/api/v1/staff/session", {}, two).status, 200);
    const auto off = server.curl(users + "/" + t::clerk_user + "/disable", "{}", admin);
    ASSERT_EQ(off.status, 200) << off.raw;
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, one).status, 401);
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, two).status, 401);
    EXPECT_TRUE(server.login(t::clerk_user).empty());
    // The admin's own account cannot be disabled; an unknown one is not found.
    EXPECT_EQ(server.curl(users + "/admin/disable", "{}", admin).body.at("error").at("detail"),
              "own_account");
    EXPECT_EQ(server.curl(users + "/nobody/disable", "{}", admin).status, 404);
    const auto list = server.curl(users, {}, admin);
    for (const auto& u : list.body.at("users")) {
        if (u.at("username") == t::clerk_user) {
            EXPECT_TRUE(u.at("disabled"));
        }
    }
}

TEST_F(StaffAdmin, AUserSetsTheirOwnPasswordButNotAnothersAndAnAdminSetsAnyone) {
    const std::string clerk = server.login(t::clerk_user);
    const json body{{"password", "Pad-Thai-Goong-Sod-7"}, {"current_password", t::staff_password}};
    EXPECT_EQ(server.curl(users + "/" + t::integrity_user + "/password", body.dump(), clerk).status,
              403);
    // The token alone does not change its own user's password: the current one is asked for,
    // and a wrong one is a failed login (audited, throttled like any).
    const auto bare = server.curl(users + "/" + t::clerk_user + "/password",
                                  json{{"password", "Pad-Thai-Goong-Sod-7"}}.dump(), clerk);
    EXPECT_EQ(bare.status, 403) << bare.raw;
    EXPECT_EQ(bare.body.at("error").at("detail"), "current_password") << bare.raw;
    const auto wrong = server.curl(
        users + "/" + t::clerk_user + "/password",
        json{{"password", "Pad-Thai-Goong-Sod-7"}, {"current_password", "not-it-at-all"}}.dump(),
        clerk);
    EXPECT_EQ(wrong.status, 403) << wrong.raw;
    EXPECT_FALSE(server.login(t::clerk_user).empty());  // still the old password
    ASSERT_EQ(server.curl(users + "/" + t::clerk_user + "/password", body.dump(), clerk).status,
              200);
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, clerk).status, 200);  // their own goes on
    EXPECT_TRUE(server.login(t::clerk_user).empty());                       // the old one is gone
    // An admin resets it: the clerk's sessions end (whoever knew the password is out).
    ASSERT_EQ(server.curl(users + "/" + t::clerk_user + "/password",
                          json{{"password", t::staff_password}}.dump(), admin)
                  .status,
              200);
    EXPECT_EQ(server.curl("/api/v1/staff/session", {}, clerk).status, 401);
    EXPECT_FALSE(server.login(t::clerk_user).empty());
}

TEST_F(StaffAdmin, KiosksAreAddedListedAndRevokedOverTheApiAndARevokedTokenIsRefusedAtOnce) {
    const auto offer = server.curl(kiosks, json{{"name", "counter-1"}}.dump(), admin);
    ASSERT_EQ(offer.status, 200) << offer.raw;
    EXPECT_EQ(offer.body.at("name"), "counter-1");
    EXPECT_EQ(offer.body.at("url"), server.url());
    EXPECT_EQ(offer.body.at("fingerprint"), server.fingerprint());
    EXPECT_TRUE(offer.body.contains("valid_until"));
    EXPECT_NE(offer.headers.find("no-store"), std::string::npos);
    // The same offer `siang kiosk add --json` prints, but for the kiosk command.
    const auto cli = server.cli({"--json", "kiosk", "add", "counter-2", "--url", server.url()});
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    json printed = json::parse(cli.out);
    printed.erase("kiosk_command");
    for (const auto& [key, value] : offer.body.items()) EXPECT_TRUE(printed.contains(key)) << key;
    EXPECT_EQ(printed.size(), offer.body.size());

    const auto enrolled = server.curl(
        "/api/v1/enrol", json{{"enrolment_code", offer.body.at("enrolment_code")}}.dump());
    ASSERT_EQ(enrolled.status, 200) << enrolled.raw;
    const std::string device = enrolled.body.at("token");
    ASSERT_EQ(server.curl("/api/v1/heartbeat", json{{"pending", 2}, {"quarantined", 0}}.dump(),
                          device)
                  .status,
              200);

    const auto list = server.curl(kiosks, {}, admin);
    ASSERT_EQ(list.status, 200) << list.raw;
    ASSERT_EQ(list.body.at("kiosks").size(), 2u);
    const auto& k = list.body.at("kiosks")[0];
    EXPECT_EQ(k.at("name"), "counter-1");
    EXPECT_FALSE(k.at("enrolled_at").is_null());
    EXPECT_FALSE(k.at("last_contact").is_null());
    EXPECT_EQ(k.at("backlog").at("pending"), 2);
    EXPECT_FALSE(k.at("backlog").at("since").is_null());
    EXPECT_EQ(k.at("quarantined_by_server"), 0);
    EXPECT_TRUE(k.at("revoked_at").is_null());
    EXPECT_TRUE(list.body.at("kiosks")[1].at("enrolled_at").is_null());
    // The CLI lists the same records.
    const auto cli_list = server.cli({"--json", "kiosk", "list"});
    ASSERT_EQ(cli_list.exit_code, 0) << cli_list.err;
    EXPECT_EQ(json::parse(cli_list.out), list.body.at("kiosks"));

    const auto revoked = server.curl(kiosks + "/counter-1/revoke", "{}", admin);
    ASSERT_EQ(revoked.status, 200) << revoked.raw;
    const auto refused = server.curl(
        "/api/v1/heartbeat", json{{"pending", 0}, {"quarantined", 0}}.dump(), device);
    EXPECT_EQ(refused.status, 401) << refused.raw;
    EXPECT_EQ(refused.body.at("error").at("code"), "device_refused");
    EXPECT_EQ(server.curl(kiosks + "/counter-1/revoke", "{}", admin).status, 404);
    EXPECT_FALSE(server.curl(kiosks, {}, admin).body.at("kiosks")[0].at("revoked_at").is_null());

    const auto q = server.curl(kiosks + "/quarantine", {}, admin);
    ASSERT_EQ(q.status, 200) << q.raw;
    EXPECT_TRUE(q.body.at("quarantined").empty());
    EXPECT_TRUE(q.body.at("codes_to_reissue").empty());
    EXPECT_EQ(server.curl(kiosks, json{{"name", "no spaces"}}.dump(), admin).status, 422);
    const auto twice = server.curl(kiosks, json{{"name", "counter-2"}}.dump(), admin);
    EXPECT_EQ(twice.status, 200) << twice.raw;  // not enrolled yet: a new code
    ASSERT_EQ(server.curl("/api/v1/enrol",
                          json{{"enrolment_code", twice.body.at("enrolment_code")}}.dump())
                  .status,
              200);
    const auto taken = server.curl(kiosks, json{{"name", "counter-2"}}.dump(), admin);
    EXPECT_EQ(taken.status, 409) << taken.raw;
    EXPECT_EQ(taken.body.at("error").at("code"), "kiosk_exists");
}

}  // namespace
