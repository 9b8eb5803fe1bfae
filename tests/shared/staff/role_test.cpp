// Tests that roles map to the right read permissions, enforced by the store for every reader.
#include "staff/role.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "staff/staff_accounts.hpp"
#include "store/user_record.hpp"
#include "support/test_dir.hpp"

namespace siang::staff {
namespace {

TEST(Role, ParsesTheThreeRolesAndNothingElse) {
    EXPECT_EQ(parse_role("clerk"), Role::clerk);
    EXPECT_EQ(parse_role("integrity"), Role::integrity);
    EXPECT_EQ(parse_role("admin"), Role::admin);
    EXPECT_FALSE(parse_role("Admin"));
    EXPECT_FALSE(parse_role(""));
}

// The store's CHECK on users.role and its damaged-value check accept exactly these roles.
TEST(Role, TheStoreAcceptsExactlyTheRolesThereAre) {
    std::vector<std::string_view> ids;
    for (const Role r : {Role::clerk, Role::integrity, Role::admin}) ids.push_back(role_id(r));
    EXPECT_EQ(
        ids, std::vector<std::string_view>(store::stored_roles.begin(), store::stored_roles.end()));
    for (const std::string_view id : store::stored_roles) EXPECT_TRUE(parse_role(id)) << id;
}

TEST(Role, OnlyClerksAreKeptFromCorruptionComplaints) {
    EXPECT_FALSE(viewer_for("somchai", Role::clerk).may_see_confidential);
    EXPECT_TRUE(viewer_for("malee", Role::integrity).may_see_confidential);
    EXPECT_TRUE(viewer_for("it", Role::admin).may_see_confidential);
    EXPECT_EQ(viewer_for("somchai", Role::clerk).actor, "somchai");
}

TEST(Role, ClerkNeverSeesSearchesOrCountsACorruptionComplaint) {
    auto dir = siang::testing::test_dir("staff");
    store::OpenOptions opts;
    opts.create = true;
    auto s = store::Store::open((dir / "siang.db").string(), opts);
    ASSERT_TRUE(s) << s.error().detail;
    auto now = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
    domain::Draft corrupt;
    corrupt.kind = domain::Kind::corruption;
    corrupt.subject = "เรียกรับเงินค่าตรวจถนน";
    corrupt.details = "เจ้าหน้าที่เรียกรับเงินเพื่อเร่งงานถนน";
    domain::Draft plain = corrupt;
    plain.kind = domain::Kind::complaint;
    plain.subject = "ถนนชำรุด";
    auto secret = s->submit(corrupt, now, "kiosk");
    ASSERT_TRUE(secret);
    ASSERT_TRUE(s->submit(plain, now, "kiosk"));

    store::Query search;
    search.search = "ถนน";
    search.count_total = true;
    auto clerk = viewer_for("somchai", Role::clerk);
    auto integrity = viewer_for("malee", Role::integrity);
    EXPECT_EQ(s->list(search, clerk)->total, 1u);
    EXPECT_EQ(s->list(search, integrity)->total, 2u);
    auto read = s->get_case(secret->number, clerk);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, Errc::not_found);
    EXPECT_TRUE(s->get_case(secret->number, integrity));
}

}  // namespace
}  // namespace siang::staff
