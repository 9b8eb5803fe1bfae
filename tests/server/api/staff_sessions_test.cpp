// StaffSessions (server/api/staff_sessions.hpp) with time in the test's hands: idle expiry and
// its renewal, the address a token is bound to, logout, ending a user's sessions, the cap.
#include "server/api/staff_sessions.hpp"

#include <gtest/gtest.h>

#include "sync/staff_api.hpp"

namespace siang::server::api {
namespace {

using namespace std::chrono_literals;

class Sessions : public ::testing::Test {
  protected:
    StaffSessions sessions{std::chrono::duration_cast<std::chrono::seconds>(sync::staff_session_idle), 3};
    StaffSessions::Clock::time_point t0 = StaffSessions::Clock::now();
    staff::StaffUser clerk{"somchai", "Somchai", staff::Role::clerk};
    staff::StaffUser admin{"admin", "Admin", staff::Role::admin};
};

TEST_F(Sessions, ATokenIsSixtyFourHexDigitsAndFindsItsUser) {
    const auto token = sessions.open(clerk, "10.0.0.5", t0);
    EXPECT_TRUE(sync::is_token(token));
    auto found = sessions.find(token, "10.0.0.5", t0 + 1s);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->username, "somchai");
}

TEST_F(Sessions, IdleLongerThanTheLimitEndsItAndEachUseRenewsIt) {
    const auto token = sessions.open(clerk, "10.0.0.5", t0);
    EXPECT_TRUE(sessions.find(token, "10.0.0.5", t0 + 14min));
    EXPECT_TRUE(sessions.find(token, "10.0.0.5", t0 + 28min));  // 14 min after the last use
    EXPECT_FALSE(sessions.find(token, "10.0.0.5", t0 + 43min + 1s));
    EXPECT_FALSE(sessions.find(token, "10.0.0.5", t0 + 43min + 2s));  // forgotten, not revived
    EXPECT_EQ(sessions.size(), 0u);
}

TEST_F(Sessions, AnotherAddressIsRefusedWithoutEndingTheSession) {
    const auto token = sessions.open(clerk, "10.0.0.5", t0);
    EXPECT_FALSE(sessions.find(token, "10.0.0.6", t0 + 1s));
    EXPECT_TRUE(sessions.find(token, "10.0.0.5", t0 + 2s));
}

TEST_F(Sessions, LogoutAndCloseUserEndOnlyTheirSessions) {
    const auto a = sessions.open(clerk, "10.0.0.5", t0);
    const auto b = sessions.open(clerk, "10.0.0.7", t0);
    const auto c = sessions.open(admin, "10.0.0.8", t0);
    sessions.close(a);
    EXPECT_FALSE(sessions.find(a, "10.0.0.5", t0));
    EXPECT_TRUE(sessions.find(b, "10.0.0.7", t0));
    sessions.close_user("somchai");
    EXPECT_FALSE(sessions.find(b, "10.0.0.7", t0));
    EXPECT_TRUE(sessions.find(c, "10.0.0.8", t0));
}

TEST_F(Sessions, PastTheCapTheLongestIdleSessionMakesRoom) {
    const auto oldest = sessions.open(clerk, "10.0.0.1", t0);
    const auto second = sessions.open(clerk, "10.0.0.2", t0 + 1s);
    const auto third = sessions.open(clerk, "10.0.0.3", t0 + 2s);
    EXPECT_TRUE(sessions.find(oldest, "10.0.0.1", t0 + 3s));  // now second is the longest idle
    const auto fourth = sessions.open(admin, "10.0.0.4", t0 + 4s);
    EXPECT_EQ(sessions.size(), 3u);
    EXPECT_FALSE(sessions.find(second, "10.0.0.2", t0 + 5s));
    EXPECT_TRUE(sessions.find(oldest, "10.0.0.1", t0 + 5s));
    EXPECT_TRUE(sessions.find(third, "10.0.0.3", t0 + 5s));
    EXPECT_TRUE(sessions.find(fourth, "10.0.0.4", t0 + 5s));
}

}  // namespace
}  // namespace siang::server::api
