// The console's help alerts over the office API (issue 12): HelpAlerts reads ApiClient's live
// cache, so a kiosk's press rings at a console woken by the events thread within 2 s, and an
// acknowledgement there reaches the kiosk.
#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "office/console/api_client.hpp"
#include "office/console/help_alerts.hpp"
#include "support/staff_server.hpp"
#include "support/test_dir.hpp"
#include "support/wake_counter.hpp"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
namespace t = siang::testing;

TEST(HelpAlertsLive, AKioskPressRingsAtTheWokenConsoleWithinTwoSeconds) {
    t::StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("office")};
    ASSERT_TRUE(server.ready()) << server.error();
    auto c = siang::office::ApiClient::connect({server.url(), server.fingerprint()});
    ASSERT_TRUE(c);
    auto& client = **c;
    t::WakeCounter wakes;
    client.set_wake([&] { wakes.wake(); });
    ASSERT_TRUE(client.authenticate(t::clerk_user, t::staff_password, ""));
    ASSERT_TRUE(wakes.wait_until([&] { return wakes.count() > 0; }, 5000ms));
    siang::office::HelpAlerts alerts;
    auto first = alerts.poll(client, Clock::now(), true);
    ASSERT_TRUE(first);
    EXPECT_FALSE(*first);  // nothing open yet

    const auto added = server.cli({"--json", "kiosk", "add", "kiosk-1"});
    const std::string code = json::parse(added.out).at("enrolment_code");
    const std::string token =
        server.curl("/api/v1/enrol", json{{"enrolment_code", code}}.dump()).body.at("token");
    const auto pressed = Clock::now();
    const auto help = server.curl("/api/v1/help", json{{"screen", "review"}}.dump(), token);
    ASSERT_EQ(help.status, 200);
    // What the frame pacer does: sleep until woken, then draw a frame, which polls.
    const bool rang = wakes.wait_until(
        [&] {
            auto r = alerts.poll(client, Clock::now(), true);
            return r && *r;
        },
        2000ms);
    EXPECT_TRUE(rang);
    EXPECT_LT(Clock::now() - pressed, 2s);
    ASSERT_EQ(alerts.open().size(), 1u);
    EXPECT_EQ(alerts.open()[0].kiosk, "kiosk-1");
    EXPECT_EQ(alerts.open()[0].screen, "review");

    ASSERT_TRUE(alerts.acknowledge(client, alerts.open()[0].id, t::clerk_user));
    EXPECT_TRUE(alerts.open().empty());
    const auto state =
        server.curl("/api/v1/help/" + std::to_string(help.body.at("id").get<long>()), {}, token);
    EXPECT_EQ(state.body.at("acknowledged"), true);
}

}  // namespace
