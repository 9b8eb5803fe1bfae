// Help requests, live events, statistics, exports and the audit log through the real server
// (issue 12): a kiosk's press reaches two consoles' ApiClients within 2 s without them asking, a
// kiosk's filing moves the change counter they see, a clerk's statistics and exports are a
// clerk's, the audit log is the administrator's, and a stopping server does not wait for the
// long polls.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "domain/tracking_code.hpp"
#include "office/console/api_client.hpp"
#include "support/staff_server.hpp"
#include "sync/staff_wire_cases.hpp"
#include "support/tcp_proxy.hpp"
#include "support/test_dir.hpp"
#include "support/wake_counter.hpp"
#include "sync/office_api.hpp"

namespace {

using nlohmann::json;
using siang::testing::StaffServer;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
namespace t = siang::testing;
namespace office = siang::office;

using siang::testing::WakeCounter;

bool has_help(office::ApiClient& c, std::int64_t id) {
    auto open = c.open_help_requests();
    if (!open) return false;
    for (const auto& h : *open)
        if (h.id == id) return true;
    return false;
}

class StaffLive : public ::testing::Test {
  protected:
    StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("system")};
    void SetUp() override { ASSERT_TRUE(server.ready()) << server.error(); }

    std::unique_ptr<office::ApiClient> console(const char* user, WakeCounter& wakes) {
        auto c = office::ApiClient::connect({server.url(), server.fingerprint()});
        EXPECT_TRUE(c);
        if (!c) return nullptr;
        (*c)->set_wake([&wakes] { wakes.wake(); });
        auto u = (*c)->authenticate(user, t::staff_password, "");
        EXPECT_TRUE(u) << siang::error_name(u.error().code);
        // The first answer of the long poll fills the cache and wakes the console.
        EXPECT_TRUE(wakes.wait_until([&] { return wakes.count() > 0; }, 5000ms));
        return std::move(*c);
    }

    // A kiosk enrolled at the server: its device token.
    std::string kiosk_token(const std::string& name) {
        const auto added = server.cli({"--json", "kiosk", "add", name});
        EXPECT_EQ(added.exit_code, 0) << added.err;
        const std::string code = json::parse(added.out).at("enrolment_code");
        const auto enrolled = server.curl("/api/v1/enrol", json{{"enrolment_code", code}}.dump());
        EXPECT_EQ(enrolled.status, 200) << enrolled.raw;
        return enrolled.body.at("token");
    }
};

TEST_F(StaffLive, AKioskPressReachesTwoConsolesWithinTwoSeconds) {
    WakeCounter clerk_wakes, integrity_wakes;
    auto clerk = console(t::clerk_user, clerk_wakes);
    auto integrity = console(t::integrity_user, integrity_wakes);
    ASSERT_TRUE(clerk && integrity);
    const std::string token = kiosk_token("kiosk-1");
    std::this_thread::sleep_for(300ms);  // both long polls are waiting at the server now

    const auto pressed = Clock::now();
    const auto help = server.curl("/api/v1/help", json{{"screen", "review"}}.dump(), token);
    ASSERT_EQ(help.status, 200) << help.raw;
    const std::int64_t id = help.body.at("id");
    ASSERT_TRUE(clerk_wakes.wait_until([&] { return has_help(*clerk, id); }, 2000ms));
    ASSERT_TRUE(integrity_wakes.wait_until([&] { return has_help(*integrity, id); }, 2000ms));
    const auto took = Clock::now() - pressed;
    EXPECT_LT(took, 2s);
    std::cout << "help press to both consoles' caches: "
              << std::chrono::duration_cast<std::chrono::milliseconds>(took).count() << " ms\n";

    // The clerk acknowledges it: under the clerk's name; the other console's cache drops it.
    ASSERT_TRUE(clerk->acknowledge_help_request(id, "anyone", {}, "lock_screen"));
    EXPECT_TRUE(integrity_wakes.wait_until([&] { return !has_help(*integrity, id); }, 2000ms));
    const auto kiosk_view = server.curl("/api/v1/help/" + std::to_string(id), {}, token);
    EXPECT_EQ(kiosk_view.body.at("acknowledged"), true);
    const auto audit =
        server.curl("/api/v1/staff/audit?offset=0&limit=20", {}, server.login(t::admin_user));
    ASSERT_EQ(audit.status, 200) << audit.raw;
    bool found = false;
    for (const auto& row : audit.body.at("rows"))
        if (row.at("action") == "acknowledge_help" && row.at("target") == std::to_string(id)) {
            EXPECT_EQ(row.at("actor"), t::clerk_user);
            EXPECT_EQ(row.at("detail"), "lock_screen");
            found = true;
        }
    EXPECT_TRUE(found) << audit.raw;
}

TEST_F(StaffLive, TheEventsAnswerAtOnceForANewcomerAndOnlyToASession) {
    const std::string token = server.login(t::clerk_user);
    const auto first = server.curl("/api/v1/staff/events?after=0", {}, token);
    ASSERT_EQ(first.status, 200) << first.raw;
    EXPECT_GT(first.body.at("event").get<std::int64_t>(), 0);
    EXPECT_TRUE(first.body.at("help").is_array());
    EXPECT_GE(first.body.at("changes").get<std::int64_t>(), 5);  // the five seeded cases
    EXPECT_EQ(server.curl("/api/v1/staff/events?after=0").status, 401);
    EXPECT_EQ(server.curl("/api/v1/staff/events?after=x", {}, token).status, 400);
    EXPECT_EQ(server.curl("/api/v1/staff/help", {}, token).status, 200);
    // Acknowledging needs a session too, and an id that exists.
    EXPECT_EQ(server.curl("/api/v1/staff/help/1/acknowledge", "{}").status, 401);
    EXPECT_EQ(server.curl("/api/v1/staff/help/999/acknowledge", "{}", token).status, 404);
}

TEST_F(StaffLive, AKioskFilingMovesTheChangeCounterAConsoleSees) {
    WakeCounter wakes;
    auto clerk = console(t::clerk_user, wakes);
    ASSERT_TRUE(clerk);
    auto before = clerk->case_changes();
    ASSERT_TRUE(before) << siang::error_name(before.error().code);
    const std::string token = kiosk_token("kiosk-2");
    siang::sync::Filing f;
    f.uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    f.filed_at = std::chrono::floor<std::chrono::seconds>(siang::domain::Clock::now());
    f.code = *siang::domain::parse_tracking_code("4821-7730-5190");
    f.draft.kind = siang::domain::Kind::complaint;
    f.draft.subject = "ไฟฟ้าส่องสว่างดับ";
    f.draft.details = "ถนนหน้าโรงเรียนมืดทั้งซอย";
    f.draft.contact = {"สมชาย ใจดี", "0812345678", "", ""};
    const auto filed = server.curl("/api/v1/filings", siang::sync::encode(f), token);
    ASSERT_EQ(filed.status, 200) << filed.raw;
    EXPECT_TRUE(wakes.wait_until(
        [&] {
            auto now = clerk->case_changes();
            return now && *now > *before;
        },
        2000ms));
}

// SPEC §5: nothing a clerk sees may time a corruption complaint. Its filing and its handling
// neither answer a clerk's long poll nor move the count a clerk is told; an integrity officer's
// poll answers at once; an ordinary filing answers the clerk's.
TEST_F(StaffLive, ACorruptionComplaintNeverWakesOrMovesAClerksEvents) {
    const std::string clerk = server.login(t::clerk_user);
    const std::string integrity = server.login(t::integrity_user);
    const auto clerk_first = server.curl("/api/v1/staff/events?after=0", {}, clerk);
    const auto integrity_first = server.curl("/api/v1/staff/events?after=0", {}, integrity);
    ASSERT_EQ(clerk_first.status, 200) << clerk_first.raw;
    ASSERT_EQ(integrity_first.status, 200);
    const auto clerk_event = clerk_first.body.at("event").get<std::int64_t>();
    const auto integrity_event = integrity_first.body.at("event").get<std::int64_t>();

    const std::string token = kiosk_token("kiosk-3");
    siang::sync::Filing f;
    f.uuid = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    f.filed_at = std::chrono::floor<std::chrono::seconds>(siang::domain::Clock::now());
    f.code = siang::domain::generate_tracking_code();
    f.draft.kind = siang::domain::Kind::corruption;
    f.draft.subject = "เรียกรับเงินค่าต่อทะเบียน";
    f.draft.details = "เจ้าหน้าที่เรียกเงินสองพันบาทเพื่อให้งานเร็วขึ้น";
    ASSERT_EQ(server.curl("/api/v1/filings", siang::sync::encode(f), token).status, 200);
    // Handled, too: the integrity officer takes it into review.
    const auto& secret = server.corruption_case();
    const auto read = server.curl("/api/v1/staff/cases/" + siang::sync::path_form(secret.number), {}, integrity);
    ASSERT_EQ(read.status, 200) << read.raw;
    const auto moved = server.curl("/api/v1/staff/cases/" + siang::sync::path_form(secret.number) + "/status",
                                   json{{"version", read.body.at("version")},
                                        {"to", "in_review"},
                                        {"note", ""},
                                        {"public_reply", ""},
                                        {"reason", ""}}
                                       .dump(),
                                   integrity);
    ASSERT_EQ(moved.status, 200) << moved.raw;

    const auto seen = server.curl(
        "/api/v1/staff/events?after=" + std::to_string(integrity_event), {}, integrity);
    ASSERT_EQ(seen.status, 200);
    EXPECT_NE(seen.body.at("event").get<std::int64_t>(), integrity_event);
    server.curl_max_time_s = 4;  // the clerk's poll must still be waiting then
    const auto waiting =
        server.curl("/api/v1/staff/events?after=" + std::to_string(clerk_event), {}, clerk);
    server.curl_max_time_s = 30;
    EXPECT_EQ(waiting.status, 0) << "a clerk's poll answered after a corruption complaint: "
                                 << waiting.raw;
    const auto clerk_changes = server.curl("/api/v1/staff/changes", {}, clerk);
    EXPECT_EQ(clerk_changes.body.at("changes"), clerk_first.body.at("changes"));

    f.uuid = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";
    f.code = siang::domain::generate_tracking_code();
    f.draft.kind = siang::domain::Kind::complaint;
    f.draft.subject = "น้ำประปาไม่ไหล";
    f.draft.details = "หมู่ห้าไม่มีน้ำมาสองวัน";
    f.draft.contact = {"สมศรี ดีใจ", "0898765432", "", ""};
    ASSERT_EQ(server.curl("/api/v1/filings", siang::sync::encode(f), token).status, 200);
    const auto woke =
        server.curl("/api/v1/staff/events?after=" + std::to_string(clerk_event), {}, clerk);
    ASSERT_EQ(woke.status, 200);
    EXPECT_GT(woke.body.at("changes").get<std::int64_t>(),
              clerk_first.body.at("changes").get<std::int64_t>());
}

TEST_F(StaffLive, AClerksStatisticsAreTheClerksLocalReport) {
    const int fy = siang::domain::fiscal_year_be(siang::domain::local_date(
        std::chrono::floor<std::chrono::seconds>(siang::domain::Clock::now())));
    const std::string query = "/api/v1/staff/stats?fiscal_year=" + std::to_string(fy);
    const auto clerk = server.curl(query, {}, server.login(t::clerk_user));
    ASSERT_EQ(clerk.status, 200) << clerk.raw;
    const auto integrity = server.curl(query, {}, server.login(t::integrity_user));
    ASSERT_EQ(integrity.status, 200);
    ::setenv("SIANG_PASSWORD", t::staff_password, 1);
    const auto local = server.cli(
        {"--json", "--user", t::clerk_user, "stats", "--fiscal-year", std::to_string(fy)});
    ASSERT_EQ(local.exit_code, 0) << local.err;
    const json cli = json::parse(local.out);
    const auto& periods = clerk.body.at("periods");
    ASSERT_EQ(periods.size(), cli.at("periods").size());
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const auto& a = periods[i];
        const auto& b = cli.at("periods")[i];
        EXPECT_EQ(a.at("id"), b.at("id"));
        for (const char* key : {"total", "by_kind", "by_service", "by_division"})
            EXPECT_EQ(a.at(key), b.at(key)) << a.at("id") << " " << key;
    }
    EXPECT_EQ(clerk.raw.find(t::corruption_only_word), std::string::npos);
    // The seeded complaint was filed this month: the clerk's figures leave it out and say so.
    EXPECT_FALSE(clerk.body.at("corruption_withheld").is_null());
    EXPECT_TRUE(integrity.body.at("corruption_withheld").is_null());
    auto corruption_of = [](const json& report) {
        for (const auto& b : report.at("periods")[0].at("by_kind"))
            if (b.at("key") == "corruption") return b.at("counts").at("received").get<int>();
        return -1;
    };
    EXPECT_EQ(corruption_of(clerk.body), 0);
    EXPECT_EQ(corruption_of(integrity.body), 1);
}

TEST_F(StaffLive, TheCaseExportThroughTheRawApiHoldsWhatTheSessionMaySee) {
    const std::string clerk = server.login(t::clerk_user);
    const std::string integrity = server.login(t::integrity_user);
    const auto a = server.curl("/api/v1/staff/exports/cases?lang=th", {}, clerk);
    ASSERT_EQ(a.status, 200) << a.raw;
    EXPECT_NE(a.headers.find("attachment; filename=\"siang-cases.csv\""), std::string::npos);
    EXPECT_NE(a.raw.find(server.ordinary_case().number.str()), std::string::npos);
    EXPECT_EQ(a.raw.find(server.corruption_case().number.str()), std::string::npos);
    EXPECT_EQ(a.raw.find(t::corruption_only_word), std::string::npos);
    const auto b = server.curl("/api/v1/staff/exports/cases", {}, integrity);
    ASSERT_EQ(b.status, 200) << b.raw;
    EXPECT_NE(b.raw.find(server.corruption_case().number.str()), std::string::npos);
    EXPECT_EQ(server.curl("/api/v1/staff/exports/cases?lang=xx", {}, clerk).status, 400);
    EXPECT_EQ(server.curl("/api/v1/staff/exports/cases", {}, "").status, 401);
    // Each download has its row under its user, naming the download.
    const auto audit =
        server.curl("/api/v1/staff/audit?offset=0&limit=50", {}, server.login(t::admin_user));
    int rows = 0;
    for (const auto& row : audit.body.at("rows"))
        if (row.at("action") == "export" && row.at("target") == "download:siang-cases.csv") ++rows;
    EXPECT_EQ(rows, 2) << audit.raw;
}

TEST_F(StaffLive, AnExportIsTheClerksFileWithItsAuditRow) {
    const int fy = siang::domain::fiscal_year_be(siang::domain::local_date(
        std::chrono::floor<std::chrono::seconds>(siang::domain::Clock::now())));
    const std::string token = server.login(t::clerk_user);
    for (const char* format : {"csv", "xlsx", "html"}) {
        const auto a = server.curl(
            "/api/v1/staff/exports/ita?fiscal_year=" + std::to_string(fy) + "&format=" + format, {},
            token);
        ASSERT_EQ(a.status, 200) << a.raw;
        EXPECT_GT(a.raw.size(), 100u);
        EXPECT_EQ(a.raw.find(t::corruption_only_word), std::string::npos);
        EXPECT_NE(a.headers.find("attachment; filename=\"siang-ita-" + std::to_string(fy) + "." +
                                 format + "\""),
                  std::string::npos)
            << a.headers;
        const std::string type = std::string(format) == "csv"    ? "text/csv"
                                 : std::string(format) == "xlsx" ? "spreadsheetml"
                                                                 : "text/html";
        EXPECT_NE(a.headers.find(type), std::string::npos) << a.headers;
    }
    EXPECT_EQ(
        server.curl("/api/v1/staff/exports/ita?fiscal_year=2569&format=pdf", {}, token).status,
        400);
    const auto audit =
        server.curl("/api/v1/staff/audit?offset=0&limit=50", {}, server.login(t::admin_user));
    int exports = 0;
    for (const auto& row : audit.body.at("rows"))
        if (row.at("action") == "export" && row.at("actor") == t::clerk_user) ++exports;
    EXPECT_EQ(exports, 3) << audit.raw;

    // Through the console's client: the file lands whole at the path asked for.
    WakeCounter wakes;
    auto clerk = console(t::clerk_user, wakes);
    ASSERT_TRUE(clerk);
    auto report = clerk->ita_report({}, fy, {}, {});
    ASSERT_TRUE(report);
    const auto path = (server.dir() / "mine.csv").string();
    ASSERT_TRUE(clerk->export_ita_report("x", *report, siang::reports::ItaFormat::csv, path,
                                         {siang::i18n::Lang::en, "", {}}));
    std::ifstream in(path, std::ios::binary);
    const std::string csv((std::istreambuf_iterator<char>(in)), {});
    EXPECT_TRUE(csv.starts_with("\xEF\xBB\xBF"));
    EXPECT_NE(csv.find("Received"), std::string::npos) << csv.substr(0, 200);
}

TEST_F(StaffLive, TheAuditLogIsTheAdministratorsAlone) {
    for (const char* user : {t::clerk_user, t::integrity_user}) {
        const std::string token = server.login(user);
        for (const char* path :
             {"/api/v1/staff/audit?offset=0&limit=10", "/api/v1/staff/audit/verify"}) {
            const auto a = server.curl(path, {}, token);
            EXPECT_EQ(a.status, 403) << user << " " << path;
            EXPECT_EQ(a.body.at("error").at("code"), "permission_denied");
        }
    }
    WakeCounter wakes;
    auto admin = console(t::admin_user, wakes);
    ASSERT_TRUE(admin);
    auto verified = admin->verify_audit();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->ok());
    auto count = admin->audit_row_count();
    ASSERT_TRUE(count);
    EXPECT_EQ(verified->rows, *count);
    auto rows = admin->audit_rows(0, 5);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 5u);
    EXPECT_EQ(rows->front().id, *count);  // newest first
}

TEST_F(StaffLive, AStoppingServerAnswersTheLongPollsAtOnce) {
    WakeCounter wakes;
    auto clerk = console(t::clerk_user, wakes);
    ASSERT_TRUE(clerk);
    std::this_thread::sleep_for(300ms);
    const auto asked = Clock::now();
    EXPECT_EQ(server.process().terminate(10s), 0);
    EXPECT_LT(Clock::now() - asked, 5s);
    // The console learns that the link is gone, and says so.
    EXPECT_TRUE(wakes.wait_until([&] { return !clerk->link_state().connected; }, 5000ms));
    // And its thread ends promptly with the client (no session left to log out of).
    const auto closing = Clock::now();
    clerk.reset();
    EXPECT_LT(Clock::now() - closing, 5s);
}

TEST(StaffLiveLink, ALostServerIsRetriedUntilItAnswersAgain) {
    StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("system")};
    ASSERT_TRUE(server.ready()) << server.error();
    // The console reaches the server through a proxy, which follows it to its new port.
    t::ProxyOptions through;
    through.target_port = server.process().office_port();
    through.handshake_turns = 2;
    t::TcpProxy proxy(through);
    auto c = office::ApiClient::connect(
        {"https://127.0.0.1:" + std::to_string(proxy.port()), server.fingerprint()});
    ASSERT_TRUE(c);
    auto& clerk = **c;
    WakeCounter wakes;
    clerk.set_wake([&wakes] { wakes.wake(); });
    ASSERT_TRUE(clerk.authenticate(t::clerk_user, t::staff_password, ""));
    ASSERT_TRUE(wakes.wait_until([&] { return wakes.count() > 0; }, 5000ms));
    ASSERT_TRUE(clerk.link_state().connected);

    ASSERT_EQ(server.process().terminate(10s), 0);
    ASSERT_TRUE(wakes.wait_until([&] { return !clerk.link_state().connected; }, 5000ms));
    EXPECT_TRUE(clerk.link_state().lost_since);
    EXPECT_EQ(clerk.link_state().last_error->code, siang::Errc::server_unreachable);

    ASSERT_TRUE(server.process().start());
    proxy.set_target_port(server.process().office_port());
    // Within the longest backoff (5 s) the events thread gets through again, and says so.
    EXPECT_TRUE(wakes.wait_until([&] { return clerk.link_state().connected; }, 8000ms));
}

}  // namespace
