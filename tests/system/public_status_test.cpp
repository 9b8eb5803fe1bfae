// The phone status page on the public listener (issue 14 item 1), through the raw interface with
// curl: what the kiosk's tracking shows and nothing else of the case, mistyped and unknown codes
// told apart, the per-address limit, the security headers, no office API there, no code logged.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/staff_server.hpp"
#include "support/test_dir.hpp"

namespace {

using nlohmann::json;
using siang::testing::ProgramRun;
using siang::testing::StaffServer;
namespace t = siang::testing;
using namespace std::chrono_literals;

struct Page {
    int status = 0;
    std::string headers, body;
};

class PublicStatus : public ::testing::Test {
  protected:
    StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("system")};
    void SetUp() override { ASSERT_TRUE(server.ready()) << server.error(); }

    // GET path on the public listener (plain HTTP), with extra curl arguments.
    Page get(const std::string& path, std::vector<std::string> extra = {}) const {
        std::vector<std::string> argv{"/usr/bin/curl", "-s", "-i", "--max-time", "20"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        argv.push_back("http://127.0.0.1:" +
                       std::to_string(const_cast<StaffServer&>(server).process().public_port()) +
                       path);
        auto run = t::run_program(argv, 30s);
        Page p;
        const auto split = run.out.find("\r\n\r\n");
        p.headers = run.out.substr(0, split);
        p.body = split == std::string::npos ? "" : run.out.substr(split + 4);
        if (p.headers.size() > 12) p.status = std::atoi(p.headers.substr(9, 3).c_str());
        return p;
    }
    std::string log() {
        std::ifstream in(server.process().log());
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }
};

// A valid code (check digit right) that no case has: the ordinary one's first digits changed
// until the Damm digit fits again.
std::string unknown_valid_code(const siang::domain::TrackingCode& known) {
    std::string base = known.str().substr(0, 11);
    for (char c = '0'; c <= '9'; ++c) {
        base[0] = c;
        for (char d = '0'; d <= '9'; ++d) {
            auto parsed = siang::domain::parse_tracking_code(base + d);
            if (parsed && parsed->str() != known.str()) return parsed->str();
        }
    }
    return {};
}

TEST_F(PublicStatus, ACodeOpensWhatTheKioskShowsAndNothingElseOfTheCase) {
    const auto& c = server.ordinary_case();
    const std::string number = c.number.str();
    ASSERT_EQ(server.cli({"status", number, "in_review", "--reply", "เจ้าหน้าที่ออกตรวจพื้นที่แล้ว",
                          "--note", "บันทึกภายในห้ามเผยแพร่"})
                  .exit_code,
              0);
    const auto page = get("/t/" + c.code.str());
    ASSERT_EQ(page.status, 200) << page.headers;
    EXPECT_NE(page.body.find("<html lang=\"th\">"), std::string::npos);
    EXPECT_NE(page.body.find("กำลังตรวจสอบ"), std::string::npos);  // the status
    EXPECT_NE(page.body.find("เจ้าหน้าที่ออกตรวจพื้นที่แล้ว"), std::string::npos);  // the reply
    EXPECT_LT(page.body.size(), 8000u);
    EXPECT_EQ(page.body.find("<script"), std::string::npos);
    // Nothing the staff see that the kiosk does not: details, contact, notes, names, the number.
    const auto shown = server.cli({"--json", "show", number});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    const auto detail = json::parse(shown.out);
    EXPECT_EQ(page.body.find("บันทึกภายในห้ามเผยแพร่"), std::string::npos);
    for (const char* key : {"details", "location", "subject"}) {
        const std::string v = detail.at(key).get<std::string>();
        if (v.size() > 6) {
            EXPECT_EQ(page.body.find(v), std::string::npos) << key;
        }
    }
    if (detail.at("contact").is_object())
        for (const auto& [k, v] : detail.at("contact").items())
            if (v.is_string() && v.get<std::string>().size() > 3) {
                EXPECT_EQ(page.body.find(v.get<std::string>()), std::string::npos) << k;
            }
    EXPECT_EQ(page.body.find(number), std::string::npos);
    for (const auto& h : detail.at("history"))
        if (h.at("actor").get<std::string>().size() > 2) {
            EXPECT_EQ(page.body.find(h.at("actor").get<std::string>()), std::string::npos);
        }
    // The security headers.
    for (const char* h :
         {"Cache-Control: no-store", "Referrer-Policy: no-referrer", "default-src 'none'",
          "frame-ancestors 'none'", "X-Content-Type-Options: nosniff"})
        EXPECT_NE(page.headers.find(h), std::string::npos) << h << "\n" << page.headers;
    // English, the grouped and Thai-digit forms of the same code, the form's GET.
    EXPECT_NE(get("/t/" + c.code.str() + "?lang=en").body.find("In review"), std::string::npos);
    EXPECT_EQ(get("/t/" + c.code.grouped()).status, 200);
    EXPECT_EQ(get("/t/?code=" + c.code.grouped()).status, 200);
    // A corruption complaint's own code shows its status, never a word of what was filed.
    const auto secret = get("/t/" + server.corruption_case().code.str());
    EXPECT_EQ(secret.status, 200);
    EXPECT_EQ(secret.body.find(t::corruption_only_word), std::string::npos);
    // The code never reaches the server's log.
    EXPECT_EQ(log().find(c.code.str()), std::string::npos);
    EXPECT_EQ(log().find(c.code.grouped()), std::string::npos);
}

TEST_F(PublicStatus, MistypedAndUnknownCodesAreToldApartAndAnAddressIsLimited) {
    const auto& c = server.ordinary_case();
    std::string typo = c.code.str();
    typo[11] = typo[11] == '9' ? '0' : static_cast<char>(typo[11] + 1);
    const auto mistyped = get("/t/" + typo);
    EXPECT_EQ(mistyped.status, 400);
    EXPECT_NE(mistyped.body.find("พิมพ์ผิด"), std::string::npos);
    const std::string unknown = unknown_valid_code(c.code);
    ASSERT_FALSE(unknown.empty());
    const auto none = get("/t/" + unknown);
    EXPECT_EQ(none.status, 404);
    EXPECT_NE(none.body.find("ไม่พบเรื่อง"), std::string::npos);
    EXPECT_EQ(get("/t/12345").status, 400);
    EXPECT_EQ(get("/t/%3Cscript%3E").body.find("<script>"), std::string::npos);
    // Ten wrong codes from one address, then it waits, even for the right code; another client
    // behind the nginx in front (X-Real-IP from loopback) is not held up by it.
    for (int i = 0; i < 7; ++i) get("/t/" + typo);
    const auto held = get("/t/" + c.code.str());
    EXPECT_EQ(held.status, 429);
    EXPECT_NE(held.headers.find("Retry-After:"), std::string::npos);
    EXPECT_NE(held.body.find("กรุณารอ"), std::string::npos);
    EXPECT_EQ(get("/t/" + c.code.str(), {"-H", "X-Real-IP: 203.0.113.7"}).status, 200);
    EXPECT_EQ(log().find(typo), std::string::npos);
}

TEST_F(PublicStatus, NothingOfTheOfficeApiAnswersOnThePublicListener) {
    for (const char* path : {"/api/v1/staff/cases", "/api/v1/track", "/api/v1/staff/login",
                             "/api/v1/filings", "/api/v1/staff/exports/cases", "/t/../api/v1/staff/cases"})
        EXPECT_EQ(get(path).status, 404) << path;
    EXPECT_EQ(get("/t/" + server.ordinary_case().code.str(), {"-X", "POST", "-d", "x"}).status,
              405);
    EXPECT_EQ(get("/t/").status, 200);
    EXPECT_NE(get("/t/").body.find("<form"), std::string::npos);
}

}  // namespace
