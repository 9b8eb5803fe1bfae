// Tests for the rules on new passwords and new usernames (shared/staff), and that every way of
// setting a password applies them.
#include "staff/password_policy.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "staff/password.hpp"
#include "staff/staff_accounts.hpp"
#include "staff/username_rules.hpp"
#include "support/test_dir.hpp"

namespace siang::staff {
namespace {

std::string rule_broken(std::string_view password, std::string_view username = "malee") {
    auto r = check_new_password(password, username);
    if (r) return "ok";
    EXPECT_EQ(r.error().code, Errc::weak_password);
    return r.error().detail;
}

TEST(PasswordPolicy, NeedsTenCodePoints) {
    EXPECT_EQ(rule_broken("kaeng-som"), "too_short");  // 9
    EXPECT_EQ(rule_broken("kaeng-som1"), "ok");        // 10
    // Thai counts by code point: ก้า is three code points.
    EXPECT_EQ(rule_broken("ต้มยำกุ้ง"), "too_short");  // 9 code points
    EXPECT_EQ(rule_broken("ต้มยำกุ้งน้ำข้น"), "ok");
}

TEST(PasswordPolicy, RefusesTheUsernameInAnyCase) {
    EXPECT_EQ(rule_broken("somchai.k", "somchai.k"), "too_short");
    EXPECT_EQ(rule_broken("somchai2569", "somchai"), "username");
    EXPECT_EQ(rule_broken("My-SomChai-pass", "somchai"), "username");
    EXPECT_EQ(rule_broken("ranong-river-7", "somchai"), "ok");
}

TEST(PasswordPolicy, RefusesCommonPasswordsAndTheirObviousVariants) {
    for (auto p : {"1234567890", "password123", "Password@123", "qwertyuiop", "iloveyou12",
                   "0812345678",                              // a phone number
                   "1111111111", "abcabcabcabc", "ๆไำพะัีรนย",  // qwertyuiop on Kedmanee
                   "ยฟหหไนพก12",                              // password on Kedmanee
                   "ๅ/-ภถุึคตจ",                                // 1234567890 on Kedmanee
                   "รหัสผ่าน1234", "สวัสดีครับ", "sawasdee2569", "thailand2569", "admin@1234",
                   "bangkok1234", "P@ssw0rd2024"})
        EXPECT_EQ(rule_broken(p, "nok"), "common") << p;
}

TEST(PasswordPolicy, AcceptsPassphrases) {
    for (auto p : {"integrity-2569", "kaeng-som-2569", "ฝนตกที่ระนองทั้งปี", "Lamphun7-river"})
        EXPECT_EQ(rule_broken(p, "nok"), "ok") << p;
}

TEST(PasswordPolicy, TheShippedListIsLongAndHasThaiEntries) {
    const auto list = common_passwords();
    EXPECT_GE(list.size(), 300u);
    EXPECT_TRUE(std::ranges::find(list, "รหัสผ่าน") != list.end());
}

TEST(PasswordPolicy, FirstAdminPasswordsAlwaysPass) {
    for (int i = 0; i < 200; ++i) {
        const auto p = StaffAccounts::random_password();
        EXPECT_EQ(rule_broken(p, "admin"), "ok") << p;
    }
}

TEST(UsernameRules, ReservesTheNamesTheSystemActsUnder) {
    for (auto name : {"siang", "import", "kiosk", "kiosk-1", "kiosk.lobby", "system", "root"}) {
        auto r = check_new_username(name);
        ASSERT_FALSE(r) << name;
        EXPECT_EQ(r.error().code, Errc::username_reserved) << name;
    }
    EXPECT_TRUE(check_new_username("siangsri"));
    EXPECT_TRUE(check_new_username("malee"));
    EXPECT_EQ(check_new_username("Malee").error().code, Errc::invalid_username);
}

class PolicyAppliedTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto dir = siang::testing::test_dir("policy");
        store::OpenOptions opts;
        opts.create = true;
        auto s = store::Store::open((dir / "siang.db").string(), opts);
        ASSERT_TRUE(s) << s.error().detail;
        store_.emplace(std::move(*s));
        accounts_.emplace(*store_);
    }
    std::optional<store::Store> store_;
    std::optional<StaffAccounts> accounts_;
};

TEST_F(PolicyAppliedTest, AddingAUserAppliesThePolicy) {
    auto r = accounts_->add(local_administrator(), {"nok", "", Role::clerk}, "password");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::weak_password);
    EXPECT_FALSE(store_->find_user("nok"));
}

TEST_F(PolicyAppliedTest, SettingAPasswordAppliesThePolicy) {
    ASSERT_TRUE(accounts_->add(local_administrator(), {"nok", "", Role::clerk}, "kaeng-som-2569"));
    auto r = accounts_->set_password(local_administrator(), "nok", "nok12345678");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().detail, "username");
    EXPECT_TRUE(accounts_->authenticate("nok", "kaeng-som-2569", "test"));
}

TEST_F(PolicyAppliedTest, ReservedNamesCannotBeAdded) {
    auto r = accounts_->add(local_administrator(), {"siang", "", Role::admin}, "kaeng-som-2569");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::username_reserved);
}

TEST_F(PolicyAppliedTest, OldWeakPasswordsStillLogIn) {
    // An account from before the policy, stored directly with a hash of a weak password.
    store::UserRecord rec;
    rec.username = "old";
    rec.display_name = "old";
    rec.role = "clerk";
    rec.password_hash = hash_password("12345678").value();
    ASSERT_TRUE(store_->add_user(rec));
    EXPECT_TRUE(accounts_->authenticate("old", "12345678", "test"));
}

}  // namespace
}  // namespace siang::staff
