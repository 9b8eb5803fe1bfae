// Kiosk enrolment in the store (SPEC §9): one-time codes that expire, tokens kept only as keyed
// hashes, revocation that works at once, the backlog a kiosk reports.
#include <algorithm>

#include "office_fixture.hpp"

namespace siang::store::testing {
namespace {

using namespace std::chrono_literals;

class Kiosks : public StoreTest {
  protected:
    domain::TimePoint t0 = bangkok(2026, 11, 20, 8);
};

TEST_F(Kiosks, EnrolmentCodeIsSixteenCrockfordCharactersInFourGroups) {
    auto e = store->add_kiosk_enrolment("counter-1", t0);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->name, "counter-1");
    ASSERT_EQ(e->code.size(), 19u);
    for (std::size_t i = 0; i < e->code.size(); ++i) {
        if (i % 5 == 4) {
            EXPECT_EQ(e->code[i], '-');
        } else {
            EXPECT_NE(std::string_view("0123456789ABCDEFGHJKMNPQRSTVWXYZ").find(e->code[i]),
                      std::string_view::npos)
                << e->code;
        }
    }
    EXPECT_EQ(e->expires_at, t0 + 24h);
}

TEST_F(Kiosks, CodeRedeemsOnceForA256BitTokenStoredOnlyAsItsHash) {
    auto e = store->add_kiosk_enrolment("counter-1", t0);
    ASSERT_TRUE(e);
    auto k = store->redeem_enrolment(e->code, t0 + 1h);
    ASSERT_TRUE(k) << error_name(k.error().code);
    EXPECT_EQ(k->name, "counter-1");
    ASSERT_EQ(k->token.size(), 64u);
    auto again = store->redeem_enrolment(e->code, t0 + 2h);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, Errc::enrolment_refused);
    // Neither the token nor the code is in the file in clear.
    store.reset();
    const std::string file = slurp(path) + slurp(path + "-wal");
    EXPECT_EQ(file.find(k->token), std::string::npos);
    std::string bare = e->code;
    std::erase(bare, '-');
    EXPECT_EQ(file.find(bare), std::string::npos);
    EXPECT_EQ(file.find(e->code), std::string::npos);
}

TEST_F(Kiosks, CodeTypedInLowerCaseWithoutDashesStillRedeems) {
    auto e = store->add_kiosk_enrolment("counter-1", t0);
    ASSERT_TRUE(e);
    std::string typed;
    for (char c : e->code)
        if (c != '-') typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_TRUE(store->redeem_enrolment(typed, t0));
}

TEST_F(Kiosks, ExpiredCodeIsRefused) {
    auto e = store->add_kiosk_enrolment("counter-1", t0);
    ASSERT_TRUE(e);
    auto k = store->redeem_enrolment(e->code, t0 + 24h);
    ASSERT_FALSE(k);
    EXPECT_EQ(k.error().code, Errc::enrolment_refused);
    EXPECT_TRUE(store->redeem_enrolment(e->code, t0 + 24h - 1s));
}

TEST_F(Kiosks, UnknownOrMalformedCodeIsRefusedTheSameWay) {
    ASSERT_TRUE(store->add_kiosk_enrolment("counter-1", t0));
    for (const char* typed : {"0000-0000-0000-0000", "", "not a code", "UUUU-UUUU-UUUU-UUUU"}) {
        auto k = store->redeem_enrolment(typed, t0);
        ASSERT_FALSE(k) << typed;
        EXPECT_EQ(k.error().code, Errc::enrolment_refused);
        EXPECT_TRUE(k.error().detail.empty());
    }
}

TEST_F(Kiosks, AddingAnEnrolledNameIsRefusedUntilItIsRevoked) {
    std::string token;
    enrol_kiosk(*store, "counter-1", &token);
    auto again = store->add_kiosk_enrolment("counter-1", t0);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, Errc::kiosk_exists);
    EXPECT_EQ(again.error().detail, "counter-1");
    ASSERT_TRUE(store->revoke_kiosk("counter-1", t0 + 1h));
    auto fresh = store->add_kiosk_enrolment("counter-1", t0 + 2h);
    ASSERT_TRUE(fresh);
    auto k = store->redeem_enrolment(fresh->code, t0 + 2h);
    ASSERT_TRUE(k);
    EXPECT_NE(k->token, token);
    // The old machine's token stays refused; the new one works.
    EXPECT_FALSE(store->kiosk_by_token(token));
    EXPECT_TRUE(store->kiosk_by_token(k->token));
}

TEST_F(Kiosks, AddingANameNotYetEnrolledGivesANewCodeAndRetiresTheOld) {
    auto first = store->add_kiosk_enrolment("counter-1", t0);
    auto second = store->add_kiosk_enrolment("counter-1", t0 + 1min);
    ASSERT_TRUE(first && second);
    EXPECT_FALSE(store->redeem_enrolment(first->code, t0 + 2min));
    EXPECT_TRUE(store->redeem_enrolment(second->code, t0 + 2min));
}

TEST_F(Kiosks, BadNamesAreRefused) {
    for (const char* name :
         {"", "has space", "ตู้หนึ่ง", "a/b", "0123456789012345678901234567890123"}) {
        auto e = store->add_kiosk_enrolment(name, t0);
        ASSERT_FALSE(e) << name;
        EXPECT_EQ(e.error().code, Errc::invalid_argument);
    }
}

TEST_F(Kiosks, RevokedTokenIsRefusedAtOnceAndNamesTheKiosk) {
    std::string token;
    const auto ref = enrol_kiosk(*store, "counter-1", &token);
    EXPECT_EQ(ref.name, "counter-1");
    ASSERT_TRUE(store->revoke_kiosk("counter-1", t0 + 1h));
    auto k = store->kiosk_by_token(token);
    ASSERT_FALSE(k);
    EXPECT_EQ(k.error().code, Errc::device_refused);
    EXPECT_EQ(k.error().detail, "counter-1");
}

TEST_F(Kiosks, RevokingRetiresAnUnusedCode) {
    auto e = store->add_kiosk_enrolment("counter-1", t0);
    ASSERT_TRUE(e);
    ASSERT_TRUE(store->revoke_kiosk("counter-1", t0 + 1min));
    EXPECT_FALSE(store->redeem_enrolment(e->code, t0 + 2min));
}

TEST_F(Kiosks, RevokingAnUnknownKioskIsNotFound) {
    auto r = store->revoke_kiosk("nobody", t0);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::not_found);
}

TEST_F(Kiosks, ForgedOrMalformedTokensAreRefused) {
    enrol_kiosk(*store, "counter-1");
    for (const std::string& token :
         {std::string(64, 'a'), std::string("short"), std::string(64, 'G'), std::string(65, '0')}) {
        auto k = store->kiosk_by_token(token);
        ASSERT_FALSE(k);
        EXPECT_EQ(k.error().code, Errc::device_refused);
        EXPECT_TRUE(k.error().detail.empty());
    }
}

TEST_F(Kiosks, ListShowsEnrolmentContactAndReportedBacklog) {
    const auto ref = enrol_kiosk(*store, "counter-1");
    ASSERT_TRUE(store->add_kiosk_enrolment("counter-2", t0));
    ASSERT_TRUE(store->record_backlog(ref.id, 3, 1, t0 + 5min));
    auto list = store->list_kiosks();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2u);
    const auto& one = (*list)[0];
    EXPECT_EQ(one.name, "counter-1");
    EXPECT_TRUE(one.enrolled_at);
    ASSERT_TRUE(one.last_contact);
    EXPECT_EQ(*one.last_contact, t0 + 5min);
    EXPECT_EQ(one.backlog_pending, 3);
    EXPECT_EQ(one.backlog_quarantined, 1);
    EXPECT_FALSE(one.revoked_at);
    EXPECT_EQ((*list)[1].name, "counter-2");
    EXPECT_FALSE((*list)[1].enrolled_at);
}

// Issue 12: the console's "backlogged for 10 minutes" alert counts from the first report of a
// non-zero backlog, not from the latest.
TEST_F(Kiosks, BacklogSinceIsSetWhenPendingLeavesZeroKeptWhileItStaysAndClearedAtZero) {
    const auto ref = enrol_kiosk(*store, "counter-1");
    auto since = [&] { return store->list_kiosks().value().at(0).backlog_since; };
    EXPECT_FALSE(since());
    ASSERT_TRUE(store->record_backlog(ref.id, 0, 0, t0));
    EXPECT_FALSE(since());
    ASSERT_TRUE(store->record_backlog(ref.id, 2, 0, t0 + 1min));
    EXPECT_EQ(since(), t0 + 1min);
    ASSERT_TRUE(store->record_backlog(ref.id, 5, 1, t0 + 7min));
    EXPECT_EQ(since(), t0 + 1min);
    ASSERT_TRUE(store->record_backlog(ref.id, 0, 1, t0 + 9min));
    EXPECT_FALSE(since());  // quarantined filings are no backlog: they never drain by waiting
    ASSERT_TRUE(store->record_backlog(ref.id, 1, 1, t0 + 12min));
    EXPECT_EQ(since(), t0 + 12min);
}

TEST_F(Kiosks, AddEnrolAndRevokeAreAuditedAndTheStoreChecks) {
    enrol_kiosk(*store, "counter-1");
    ASSERT_TRUE(store->revoke_kiosk("counter-1", t0 + 1h, "admin1"));
    auto rows = store->audit_rows(0, 10);
    ASSERT_TRUE(rows);
    std::vector<std::string> actions;
    for (const auto& r : *rows) actions.push_back(r.actor + " " + r.action + " " + r.target);
    EXPECT_NE(std::ranges::find(actions, "admin1 kiosk_add counter-1"), actions.end());
    EXPECT_NE(std::ranges::find(actions, "kiosk:counter-1 kiosk_enrol counter-1"), actions.end());
    EXPECT_NE(std::ranges::find(actions, "admin1 kiosk_revoke counter-1"), actions.end());
    auto report = store->check();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok());
    EXPECT_TRUE(store->verify_audit().value_or(AuditReport{0, 1}).ok());
}

}  // namespace
}  // namespace siang::store::testing
