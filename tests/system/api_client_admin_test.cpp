// The console's ApiClient over the staff API's administration (issue 12): an admin manages users
// and kiosks through the same OfficeClient calls the console makes on a store, and a clerk's
// client is refused by the server whatever the client claims.
#include <gtest/gtest.h>

#include <algorithm>

#include "office/console/api_client.hpp"
#include "support/staff_server.hpp"
#include "support/test_dir.hpp"

namespace {

using siang::Errc;
using siang::office::ApiClient;
using siang::testing::StaffServer;
namespace t = siang::testing;
namespace staff = siang::staff;

class ApiClientAdmin : public ::testing::Test {
  protected:
    StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("system")};
    void SetUp() override { ASSERT_TRUE(server.ready()) << server.error(); }
    std::unique_ptr<ApiClient> client_as(const char* user) {
        auto c = ApiClient::connect({server.url(), server.fingerprint()});
        EXPECT_TRUE(c);
        if (!c) return nullptr;
        auto who = (*c)->authenticate(user, t::staff_password, "");
        EXPECT_TRUE(who) << siang::error_name(who.error().code);
        return std::move(*c);
    }
};

TEST_F(ApiClientAdmin, AnAdminListsAddsAndDisablesUsers) {
    auto admin = client_as(t::admin_user);
    ASSERT_TRUE(admin);
    const auto& by = *admin->session_user();
    ASSERT_TRUE(admin->add_user(by, {"pranee", "ปราณี", staff::Role::integrity}, "Tom-Yum-Goong-2569"));
    auto users = admin->list_users(by);
    ASSERT_TRUE(users);
    auto it = std::ranges::find(*users, std::string("pranee"), &siang::store::UserRecord::username);
    ASSERT_NE(it, users->end());
    EXPECT_EQ(it->role, "integrity");
    EXPECT_EQ(it->display_name, "ปราณี");
    EXPECT_TRUE(it->password_hash.empty());
    auto found = admin->find_user("pranee");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->role, "integrity");
    EXPECT_EQ(admin->find_user("nobody").error().code, Errc::not_found);
    ASSERT_TRUE(admin->disable_user(by, "pranee"));
    EXPECT_TRUE(admin->find_user("pranee")->disabled);
    EXPECT_EQ(admin->disable_user(by, "../kiosks").error().code, Errc::not_found);  // never sent
}

TEST_F(ApiClientAdmin, AnAdminAddsListsAndRevokesKiosks) {
    auto admin = client_as(t::admin_user);
    ASSERT_TRUE(admin);
    const auto& by = *admin->session_user();
    auto offer = admin->add_kiosk(by, "counter-1");
    ASSERT_TRUE(offer) << siang::error_name(offer.error().code);
    EXPECT_EQ(offer->url, server.url());
    EXPECT_EQ(offer->fingerprint, server.fingerprint());
    EXPECT_EQ(offer->enrolment_code.size(), 19u);
    auto kiosks = admin->list_kiosks(by);
    ASSERT_TRUE(kiosks);
    ASSERT_EQ(kiosks->size(), 1u);
    EXPECT_FALSE((*kiosks)[0].enrolled_at);
    ASSERT_TRUE(admin->revoke_kiosk(by, "counter-1"));
    EXPECT_TRUE(admin->list_kiosks(by)->at(0).revoked_at);
    auto held = admin->quarantined_filings(by);
    ASSERT_TRUE(held);
    EXPECT_TRUE(held->empty());
}

TEST_F(ApiClientAdmin, AClerkWhoseClientClaimsToBeAdminIsRefusedByTheServer) {
    auto clerk = client_as(t::clerk_user);
    ASSERT_TRUE(clerk);
    const staff::StaffUser claimed{t::clerk_user, "x", staff::Role::admin};
    EXPECT_EQ(clerk->list_users(claimed).error().code, Errc::permission_denied);
    EXPECT_EQ(clerk->list_kiosks(claimed).error().code, Errc::permission_denied);
    EXPECT_EQ(clerk->add_kiosk(claimed, "counter-1").error().code, Errc::permission_denied);
    EXPECT_EQ(clerk->quarantined_filings(claimed).error().code, Errc::permission_denied);
    EXPECT_EQ(clerk->find_user(t::admin_user).error().code, Errc::permission_denied);
    // Their own account comes from the session, no admin needed.
    auto own = clerk->find_user(t::clerk_user);
    ASSERT_TRUE(own);
    EXPECT_EQ(own->role, "clerk");
}

}  // namespace
