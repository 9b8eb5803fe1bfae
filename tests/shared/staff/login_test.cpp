// Tests for logging in: one argon2id run and one message on every failure, the back-off per user
// and per source, and the audit rows that record why.
#include <gtest/gtest.h>

#include <chrono>

#include "staff/login_throttle.hpp"
#include "staff/password.hpp"
#include "staff/staff_accounts.hpp"
#include "support/test_dir.hpp"

namespace siang::staff {
namespace {

using namespace std::chrono_literals;

class LoginTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto dir = siang::testing::test_dir("login");
        store::OpenOptions opts;
        opts.create = true;
        auto s = store::Store::open((dir / "siang.db").string(), opts);
        ASSERT_TRUE(s) << s.error().detail;
        store_.emplace(std::move(*s));
        accounts_.emplace(*store_, [this] { return now_; });
        ASSERT_TRUE(accounts_->add(local_administrator(), {"malee", "มาลี ใจซื่อ", Role::integrity},
                                   "integrity-2569"));
        ASSERT_TRUE(accounts_->add(local_administrator(), {"somchai", "สมชาย", Role::clerk},
                                   "kaeng-som-2569"));
    }

    Result<StaffUser> login(std::string_view user, std::string_view password,
                            std::string_view source = "console:front-desk") {
        return accounts_->authenticate(user, password, source);
    }

    // The last audit row's action and detail.
    store::AuditEntry last_audit() {
        auto rows = store_->audit_rows(0, 1);
        EXPECT_TRUE(rows && !rows->empty());
        return rows->front();
    }

    domain::TimePoint now_ = domain::TimePoint{std::chrono::seconds{1'780'000'000}};
    std::optional<store::Store> store_;
    std::optional<StaffAccounts> accounts_;
};

// Timing cannot tell the cases apart when each costs exactly one argon2id computation, including
// the very first unknown name in a fresh process (the decoy hash is fixed, not made on first use).
TEST_F(LoginTest, EveryFailureAndSuccessCostsExactlyOneArgon2Run) {
    for (auto [user, password] :
         {std::pair{"nobody", "guess-guess-1"}, std::pair{"malee", "guess-guess-1"},
          std::pair{"malee", "integrity-2569"}}) {
        const auto before = argon2_runs();
        (void)login(user, password);
        EXPECT_EQ(argon2_runs() - before, 1u) << user << " / " << password;
    }
    ASSERT_TRUE(accounts_->disable(local_administrator(), "somchai"));
    for (auto password : {"kaeng-som-2569", "guess-guess-1"}) {
        const auto before = argon2_runs();
        (void)login("somchai", password);
        EXPECT_EQ(argon2_runs() - before, 1u) << "disabled / " << password;
    }
}

TEST(DecoyHash, HasTheParametersOfEveryNewHash) {
    auto h = hash_password("integrity-2569");
    ASSERT_TRUE(h);
    const auto params = h->substr(0, h->find('$', h->find("m=")));
    EXPECT_TRUE(decoy_hash().starts_with(params)) << decoy_hash() << " vs " << *h;
    EXPECT_FALSE(verify_password(decoy_hash(), ""));
    EXPECT_FALSE(verify_password(decoy_hash(), "decoy-password"));
}

TEST_F(LoginTest, UnknownUserWrongPasswordAndDisabledAccountGiveOneError) {
    ASSERT_TRUE(accounts_->disable(local_administrator(), "somchai"));
    auto unknown = login("nobody", "guess-guess-1");
    auto wrong = login("malee", "guess-guess-1");
    auto disabled_right = login("somchai", "kaeng-som-2569");
    auto disabled_wrong = login("somchai", "guess-guess-1");
    for (const auto* r : {&unknown, &wrong, &disabled_right, &disabled_wrong}) {
        ASSERT_FALSE(*r);
        EXPECT_EQ(r->error().code, Errc::permission_denied);
        EXPECT_EQ(r->error().detail, "login");
    }
}

TEST_F(LoginTest, OnlyTheAuditLogSaysWhyALoginFailed) {
    ASSERT_TRUE(accounts_->disable(local_administrator(), "somchai"));
    ASSERT_FALSE(login("somchai", "kaeng-som-2569"));
    auto a = last_audit();
    EXPECT_EQ(a.action, "login_failed");
    EXPECT_NE(a.detail.find("disabled"), std::string::npos) << a.detail;
    EXPECT_NE(a.detail.find("console:front-desk"), std::string::npos) << a.detail;
    ASSERT_FALSE(login("nobody", "guess-guess-1"));
    EXPECT_NE(last_audit().detail.find("unknown"), std::string::npos);
    ASSERT_FALSE(login("malee", "guess-guess-1"));
    EXPECT_NE(last_audit().detail.find("wrong password"), std::string::npos);
}

TEST_F(LoginTest, AfterFiveFailuresEvenTheRightPasswordWaits) {
    for (int i = 0; i < 5; ++i) ASSERT_FALSE(login("malee", "guess-guess-1"));
    const auto runs = argon2_runs();
    auto refused = login("malee", "integrity-2569");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Errc::permission_denied);
    EXPECT_EQ(refused.error().count, 1);
    EXPECT_EQ(argon2_runs(), runs) << "a throttled attempt must not check the password";
    EXPECT_EQ(last_audit().action, "login_throttled");
    now_ += 31s;
    EXPECT_TRUE(login("malee", "integrity-2569"));
}

TEST_F(LoginTest, TheWaitGrowsWithEachFurtherFailureAndIsCapped) {
    for (int i = 0; i < 5; ++i) ASSERT_FALSE(login("malee", "guess-guess-1"));
    now_ += 31s;
    ASSERT_FALSE(login("malee", "guess-guess-1"));  // 6th: now a minute
    now_ += 31s;
    EXPECT_EQ(login("malee", "integrity-2569").error().count, 1);
    now_ += 30s;
    ASSERT_FALSE(login("malee", "guess-guess-1"));  // 7th: two minutes
    now_ += 61s;
    EXPECT_EQ(login("malee", "integrity-2569").error().count, 1);
}

TEST(LoginThrottle, WaitsOnlyAfterFiveFailuresThenDoublesUpToFifteenMinutes) {
    const domain::TimePoint t{std::chrono::seconds{1'780'000'000}};
    std::vector<domain::TimePoint> failures(4, t);
    EXPECT_EQ(login_wait(failures, t), 0s);
    failures.push_back(t);
    EXPECT_EQ(login_wait(failures, t), 30s);
    EXPECT_EQ(login_wait(failures, t + 10s), 20s);
    failures.push_back(t);
    EXPECT_EQ(login_wait(failures, t), 60s);
    failures.resize(40, t);
    EXPECT_EQ(login_wait(failures, t), 15min);
    EXPECT_EQ(login_wait(failures, t + 16min), 0s);
}

TEST_F(LoginTest, ASuccessResetsTheUsersCount) {
    for (int i = 0; i < 4; ++i) ASSERT_FALSE(login("malee", "guess-guess-1"));
    ASSERT_TRUE(login("malee", "integrity-2569"));
    for (int i = 0; i < 4; ++i) ASSERT_FALSE(login("malee", "guess-guess-1"));
    EXPECT_TRUE(login("malee", "integrity-2569")) << "the success before reset the count";
}

TEST_F(LoginTest, ASourceThatGuessesManyNamesIsHeldBack) {
    for (auto name : {"a1", "b2", "c3", "d4", "e5"}) ASSERT_FALSE(login(name, "guess-guess-1"));
    auto r = login("malee", "integrity-2569");
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().detail == "login_wait");
    EXPECT_TRUE(login("malee", "integrity-2569", "console:back-office"))
        << "another machine is not held back";
}

TEST_F(LoginTest, AUserGuessedFromManySourcesIsHeldBack) {
    for (auto source : {"s1", "s2", "s3", "s4", "s5"})
        ASSERT_FALSE(login("malee", "x-guess-123", source));
    EXPECT_TRUE(login("malee", "integrity-2569", "s6").error().detail == "login_wait");
}

TEST_F(LoginTest, UnknownNamesAreHeldBackLikeRealOnes) {
    for (int i = 0; i < 5; ++i)
        ASSERT_FALSE(login("nobody", "guess-guess-1", "s" + std::to_string(i)));
    EXPECT_EQ(login("nobody", "guess-guess-1", "s9").error().count, 1);
}

TEST_F(LoginTest, TheBackOffIsKeptInTheStore) {
    for (int i = 0; i < 5; ++i) ASSERT_FALSE(login("malee", "guess-guess-1"));
    auto again = store::Store::open(store_->path());  // another program on the same file
    ASSERT_TRUE(again);
    StaffAccounts other(*again, [this] { return now_; });
    EXPECT_EQ(other.authenticate("malee", "integrity-2569", "console:other").error().count, 1);
}

}  // namespace
}  // namespace siang::staff
