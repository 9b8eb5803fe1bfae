// Tests for staff accounts: who may manage users, passwords, logins and their audit rows.
#include "staff/staff_accounts.hpp"

#include <gtest/gtest.h>

#include "staff/password.hpp"
#include "support/test_dir.hpp"

namespace siang::staff {
namespace {

class StaffAccountsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto dir = siang::testing::test_dir("staff");
        store::OpenOptions opts;
        opts.create = true;
        auto s = store::Store::open((dir / "siang.db").string(), opts);
        ASSERT_TRUE(s) << s.error().detail;
        store_.emplace(std::move(*s));
        accounts_.emplace(*store_);
        ASSERT_TRUE(accounts_->add(local_administrator(), {"malee", "มาลี ใจซื่อ", Role::integrity},
                                   "integrity-2569"));
    }

    std::optional<store::Store> store_;
    std::optional<StaffAccounts> accounts_;
};

TEST(Password, HashIsArgon2idAndVerifiesOnlyTheRightPassword) {
    auto h = hash_password("รหัสผ่านยาวพอ");
    ASSERT_TRUE(h);
    EXPECT_TRUE(h->starts_with("$argon2id$"));
    EXPECT_TRUE(verify_password(*h, "รหัสผ่านยาวพอ"));
    EXPECT_FALSE(verify_password(*h, "รหัสผ่านยาวพอ "));
    EXPECT_FALSE(verify_password("not a hash", "x"));
}

TEST_F(StaffAccountsTest, RefusesShortPasswords) {
    auto r = accounts_->add(local_administrator(), {"nok", "", Role::clerk}, "kaeng-som");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::weak_password);
}

TEST_F(StaffAccountsTest, RightPasswordLogsInWithTheStoredRole) {
    auto u = accounts_->authenticate("malee", "integrity-2569", "test");
    ASSERT_TRUE(u) << u.error().detail;
    EXPECT_EQ(u->role, Role::integrity);
    EXPECT_EQ(u->display_name, "มาลี ใจซื่อ");
}

TEST_F(StaffAccountsTest, WrongPasswordAndUnknownUserGiveTheSameError) {
    auto wrong = accounts_->authenticate("malee", "guess-guess", "test");
    auto unknown = accounts_->authenticate("nobody", "guess-guess", "test");
    ASSERT_FALSE(wrong);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(wrong.error().code, Errc::permission_denied);
    EXPECT_EQ(wrong.error().code, unknown.error().code);
    EXPECT_EQ(wrong.error().detail, unknown.error().detail);
}

TEST_F(StaffAccountsTest, OnlyAnAdminAddsUsers) {
    StaffUser clerk{"somchai", "สมชาย", Role::clerk};
    ASSERT_TRUE(accounts_->add(local_administrator(), clerk, "clerk-password"));
    auto refused = accounts_->add(clerk, {"other", "", Role::admin}, "kaeng-som-2569");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Errc::permission_denied);
    EXPECT_FALSE(store_->find_user("other"));
}

TEST_F(StaffAccountsTest, RefusesBadAndTakenUsernames) {
    EXPECT_FALSE(
        accounts_->add(local_administrator(), {"Malee Big", "", Role::clerk}, "kaeng-som-2569"));
    EXPECT_FALSE(accounts_->add(local_administrator(), {"'; DROP TABLE users;--", "", Role::clerk},
                                "kaeng-som-2569"));
    EXPECT_FALSE(accounts_->add(local_administrator(), {"malee", "", Role::clerk}, "kaeng-som-2569"));
}

TEST_F(StaffAccountsTest, DisabledUserCannotLogIn) {
    ASSERT_TRUE(accounts_->disable(local_administrator(), "malee"));
    auto u = accounts_->authenticate("malee", "integrity-2569", "test");
    ASSERT_FALSE(u);
    EXPECT_EQ(u.error().detail, "login");  // the same answer as a wrong password
}

TEST_F(StaffAccountsTest, UsersChangeTheirOwnPasswordButNotOthers) {
    StaffUser malee{"malee", "", Role::integrity};
    ASSERT_TRUE(accounts_->set_password(malee, "malee", "new-password-1"));
    EXPECT_TRUE(accounts_->authenticate("malee", "new-password-1", "test"));
    EXPECT_FALSE(accounts_->authenticate("malee", "integrity-2569", "test"));
    ASSERT_TRUE(
        accounts_->add(local_administrator(), {"somchai", "", Role::clerk}, "clerk-password"));
    EXPECT_FALSE(accounts_->set_password(malee, "somchai", "taken-over-1"));
}

TEST_F(StaffAccountsTest, LoginsAndFailuresAreAudited) {
    auto before = store_->verify_audit()->rows;
    ASSERT_TRUE(accounts_->authenticate("malee", "integrity-2569", "test"));
    ASSERT_FALSE(accounts_->authenticate("malee", "wrong-password", "test"));
    auto after = store_->verify_audit();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->rows, before + 2);
    EXPECT_TRUE(after->ok());
}

TEST_F(StaffAccountsTest, ListingHidesPasswordHashes) {
    auto users = accounts_->list(local_administrator());
    ASSERT_TRUE(users);
    ASSERT_EQ(users->size(), 1u);
    EXPECT_TRUE(users->front().password_hash.empty());
    EXPECT_FALSE(accounts_->list({"malee", "", Role::integrity}));
}

TEST(StaffAccounts, RandomPasswordsAreLongEnoughAndDiffer) {
    auto a = StaffAccounts::random_password();
    EXPECT_EQ(a.size(), 12u);
    EXPECT_NE(a, StaffAccounts::random_password());
    EXPECT_EQ(a.find_first_of("0O1lI"), std::string::npos);
}

}  // namespace
}  // namespace siang::staff
