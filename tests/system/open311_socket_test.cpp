// Open311 GeoReport v2 through real sockets (issue 14 item 4): curl POSTs to siang-server's
// public listener with an api_key made by `siang integration add`; the request is then in a
// clerk's queue through the staff API, a console's live events (long poll) wake for it at once,
// and a bad api_key, an unknown service or a missing location get the spec's error JSON.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <nlohmann/json.hpp>

#include "support/staff_server.hpp"
#include "support/test_dir.hpp"
#include "sync/staff_wire_cases.hpp"

namespace {

using nlohmann::json;
using siang::testing::StaffServer;
namespace t = siang::testing;
using namespace std::chrono_literals;

struct Answer {
    int status = 0;
    json body;  // null when not JSON
};

class Open311Sockets : public ::testing::Test {
  protected:
    StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("system")};
    void SetUp() override { ASSERT_TRUE(server.ready()) << server.error(); }

    std::string public_url(const std::string& path) {
        return "http://127.0.0.1:" + std::to_string(server.process().public_port()) + path;
    }
    // curl against the public listener: a GET, or a form POST of `form` (name=value pairs).
    Answer call(const std::string& path, const std::vector<std::string>& form = {}) {
        std::vector<std::string> argv{"/usr/bin/curl", "-s", "--max-time", "20", "-w",
                                      "\n%{http_code}"};
        for (const auto& f : form) {
            argv.push_back("--data-urlencode");
            argv.push_back(f);
        }
        argv.push_back(public_url(path));
        const auto run = t::run_program(argv, 30s);
        Answer a;
        const auto nl = run.out.rfind('\n');
        if (nl == std::string::npos) return a;
        a.status = std::atoi(run.out.c_str() + nl + 1);
        a.body = json::parse(run.out.substr(0, nl), nullptr, false);
        if (a.body.is_discarded()) a.body = nullptr;
        return a;
    }
    std::string api_key() {
        const auto made = server.cli({"--json", "integration", "add", "city-app"});
        EXPECT_EQ(made.exit_code, 0) << made.err;
        const auto j = json::parse(made.out, nullptr, false);
        return j.is_object() && j.contains("api_key") ? j["api_key"].get<std::string>() : "";
    }
    // An Open311 service code of an ordinary complaint (never the corruption kind's).
    std::string complaint_service() {
        const auto services = call("/open311/v2/services.json");
        EXPECT_EQ(services.status, 200);
        if (!services.body.is_array()) return {};
        for (const auto& s : services.body)
            if (s.value("service_code", "") == "complaint") return "complaint";
        return services.body.empty() ? "" : services.body[0].value("service_code", "");
    }
    // The spec's error format: [{"code": N, "description": "…"}] with the HTTP status N.
    static void expect_error(const Answer& a, int status) {
        EXPECT_EQ(a.status, status);
        ASSERT_TRUE(a.body.is_array()) << a.body.dump();
        ASSERT_EQ(a.body.size(), 1u);
        EXPECT_EQ(a.body[0].value("code", 0), status);
        EXPECT_FALSE(a.body[0].value("description", "").empty());
    }
};

TEST_F(Open311Sockets, APostIsInTheClerksQueueAndWakesTheConsolesEvents) {
    const std::string key = api_key();
    ASSERT_FALSE(key.empty());
    const std::string service = complaint_service();
    ASSERT_FALSE(service.empty());
    const std::string clerk = server.login(t::clerk_user);
    ASSERT_FALSE(clerk.empty());
    const auto first = server.curl("/api/v1/staff/events?after=0", {}, clerk);
    ASSERT_EQ(first.status, 200) << first.raw;
    const auto event = first.body.at("event").get<std::int64_t>();

    // The console's long poll, waiting before the request comes.
    auto poll = std::async(std::launch::async, [&] {
        const auto started = std::chrono::steady_clock::now();
        auto a = server.curl("/api/v1/staff/events?after=" + std::to_string(event), {}, clerk);
        return std::pair{a, std::chrono::steady_clock::now() - started};
    });
    std::this_thread::sleep_for(500ms);
    const auto posted = call("/open311/v2/requests.json",
                             {"api_key=" + key, "service_code=" + service, "lat=18.7883",
                              "long=98.9853", "description=ไฟถนนดับทั้งซอยหน้าตลาดสด"});
    ASSERT_EQ(posted.status, 201) << posted.body.dump();
    ASSERT_TRUE(posted.body.is_array() && posted.body.size() == 1) << posted.body.dump();
    const std::string number = posted.body[0].value("service_request_id", "");
    ASSERT_FALSE(number.empty());

    ASSERT_EQ(poll.wait_for(15s), std::future_status::ready) << "the console's events never woke";
    const auto [woke, waited] = poll.get();
    EXPECT_EQ(woke.status, 200) << woke.raw;
    EXPECT_NE(woke.body.value("event", event), event) << woke.raw;
    EXPECT_LT(waited, 10s) << "the events answered at their timeout, not for the request";

    siang::store::Query q;
    const auto page = server.curl("/api/v1/staff/cases/query", siang::sync::encode(q), clerk);
    ASSERT_EQ(page.status, 200) << page.raw;
    bool found = false;
    for (const auto& row : page.body.at("rows"))
        if (row.value("number", "") == number) {
            found = true;
            EXPECT_EQ(row.value("subject", ""), "ไฟถนนดับทั้งซอยหน้าตลาดสด");
        }
    EXPECT_TRUE(found) << number << " is not in the clerk's queue: " << page.raw;
}

TEST_F(Open311Sockets, RefusalsComeInTheSpecsErrorFormat) {
    const std::string key = api_key();
    ASSERT_FALSE(key.empty());
    const std::string service = complaint_service();
    const std::vector<std::string> where{"lat=18.7883", "long=98.9853", "description=ท่อแตก"};
    auto with = [&](std::vector<std::string> form) {
        form.insert(form.end(), where.begin(), where.end());
        return form;
    };
    expect_error(call("/open311/v2/requests.json", with({"api_key=not-a-key", "service_code=" + service})),
                 403);
    expect_error(call("/open311/v2/requests.json", with({"service_code=" + service})), 403);
    expect_error(call("/open311/v2/requests.json", with({"api_key=" + key, "service_code=no-such"})),
                 404);
    expect_error(call("/open311/v2/requests.json",
                      {"api_key=" + key, "service_code=" + service, "description=ท่อแตก"}),
                 400);
    // Nothing of those reached the queue.
    const auto page = server.curl("/api/v1/staff/cases/query", siang::sync::encode(siang::store::Query{}),
                                  server.login(t::clerk_user));
    ASSERT_EQ(page.status, 200);
    for (const auto& row : page.body.at("rows")) EXPECT_NE(row.value("subject", ""), "ท่อแตก");
}

}  // namespace
