// Kiosk filings in the store (SPEC §9): group commit with one savepoint per filing, resends
// answered from the first time, conflicts quarantined, gap-free numbers, the kiosk in history and
// audit, the kiosk's clock and a shared tracking code.
#include "office_fixture.hpp"

namespace siang::store::testing {
namespace {

using namespace std::chrono_literals;

class Filings : public StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        kiosk = enrol_kiosk(*store, "counter-1");
    }

    std::vector<Result<AcceptedFiling>> accept(const std::vector<IncomingFiling>& batch,
                                               domain::TimePoint now = bangkok(2026, 11, 20, 11)) {
        auto r = store->accept_filings(batch, now);
        EXPECT_TRUE(r) << error_name(r.error().code) << " " << r.error().detail;
        return r.value_or(std::vector<Result<AcceptedFiling>>{});
    }

    void expect_store_checks() {
        auto report = store->check();
        ASSERT_TRUE(report);
        EXPECT_TRUE(report->ok());
        EXPECT_TRUE(store->verify_audit().value_or(AuditReport{0, 1}).ok());
    }

    KioskRef kiosk;
};

TEST_F(Filings, AcceptedFilingIsACaseTheKiosksCodeOpens) {
    const auto f = kiosk_filing(kiosk, 1, streetlight_request());
    auto out = accept({f});
    ASSERT_EQ(out.size(), 1u);
    ASSERT_TRUE(out[0]) << error_name(out[0].error().code);
    EXPECT_EQ(out[0]->number.str(), "2570-000001");
    EXPECT_FALSE(out[0]->resent);
    auto status = store->find_by_code(f.code);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->filed_at, f.filed_at);
    EXPECT_EQ(status->due_date, out[0]->due_date);
    auto detail = store->get_case(out[0]->number, integrity());
    ASSERT_TRUE(detail);
    EXPECT_EQ(detail->filed.subject, f.draft.subject);
    ASSERT_FALSE(detail->history.empty());
    EXPECT_EQ(detail->history[0].actor, "kiosk:counter-1");
    auto list = store->list_kiosks();
    ASSERT_TRUE(list);
    EXPECT_EQ(list->at(0).filings_received, 1);
    expect_store_checks();
}

TEST_F(Filings, ResendOfTheSameBytesGetsTheFirstAnswerAndWritesNothing) {
    const auto f = kiosk_filing(kiosk, 1, road_complaint());
    auto first = accept({f});
    ASSERT_TRUE(first.at(0));
    const auto rows = store->audit_row_count().value_or(0);
    const auto changes = store->case_changes().value_or(0);
    auto again = accept({f}, bangkok(2026, 11, 21));
    ASSERT_TRUE(again.at(0));
    EXPECT_TRUE(again[0]->resent);
    EXPECT_EQ(again[0]->number, first[0]->number);
    EXPECT_EQ(again[0]->due_date, first[0]->due_date);
    EXPECT_EQ(store->audit_row_count().value_or(-1), rows);
    EXPECT_EQ(store->case_changes().value_or(-1), changes);
    EXPECT_EQ(store->list_kiosks()->at(0).filings_received, 1);
}

TEST_F(Filings, SameUuidInOneBatchIsFiledOnce) {
    const auto f = kiosk_filing(kiosk, 1, road_complaint());
    auto out = accept({f, f});
    ASSERT_TRUE(out.at(0) && out.at(1));
    EXPECT_EQ(out[0]->number, out[1]->number);
    EXPECT_TRUE(out[1]->resent);
    auto next = accept({kiosk_filing(kiosk, 2, road_complaint())});
    EXPECT_EQ(next.at(0)->number.sequence, 2);
}

TEST_F(Filings, SameUuidWithOtherBytesIsRefusedAndQuarantined) {
    const auto f = kiosk_filing(kiosk, 1, road_complaint());
    auto first = accept({f});
    ASSERT_TRUE(first.at(0));
    auto other = f;
    other.draft.subject = "อย่างอื่น";
    other.body += "x";
    auto out = accept({other});
    ASSERT_FALSE(out.at(0));
    EXPECT_EQ(out[0].error().code, Errc::filing_conflict);
    EXPECT_EQ(out[0].error().detail, f.uuid);
    auto q = store->list_quarantine();
    ASSERT_TRUE(q);
    ASSERT_EQ(q->size(), 1u);
    EXPECT_EQ((*q)[0].uuid, f.uuid);
    EXPECT_EQ((*q)[0].kiosk, "counter-1");
    EXPECT_EQ((*q)[0].error, "filing_conflict");
    ASSERT_TRUE((*q)[0].existing_case);
    EXPECT_EQ(*(*q)[0].existing_case, first[0]->number);
    // The first case is as it was, and a resend of the conflict adds no second row.
    EXPECT_EQ(store->get_case(first[0]->number, integrity())->filed.subject, f.draft.subject);
    (void)accept({other});  // refused again; the quarantine keeps one row for it
    EXPECT_EQ(store->list_quarantine()->size(), 1u);
}

TEST_F(Filings, SameUuidFromAnotherKioskIsAConflict) {
    const auto f = kiosk_filing(kiosk, 1, road_complaint());
    ASSERT_TRUE(accept({f}).at(0));
    auto copy = f;
    copy.kiosk = enrol_kiosk(*store, "counter-2");
    auto out = accept({copy});
    ASSERT_FALSE(out.at(0));
    EXPECT_EQ(out[0].error().code, Errc::filing_conflict);
}

TEST_F(Filings, OneBadFilingInABatchLeavesTheOthersCommittedAndNumbersGapFree) {
    auto bad = kiosk_filing(kiosk, 2, streetlight_request());
    bad.draft.service = "no-such-service";
    auto out = accept(
        {kiosk_filing(kiosk, 1, road_complaint()), bad, kiosk_filing(kiosk, 3, suggestion())});
    ASSERT_EQ(out.size(), 3u);
    ASSERT_TRUE(out[0] && out[2]);
    ASSERT_FALSE(out[1]);
    EXPECT_EQ(out[1].error().code, Errc::unknown_service);
    EXPECT_EQ(out[0]->number.sequence, 1);
    EXPECT_EQ(out[2]->number.sequence, 2);  // the refused filing's number went back
    auto q = store->list_quarantine();
    ASSERT_TRUE(q);
    ASSERT_EQ(q->size(), 1u);
    EXPECT_EQ((*q)[0].error, "unknown_service");
    EXPECT_FALSE((*q)[0].existing_case);
    // Issue 12: the kiosks list counts what the server set aside per kiosk.
    auto kiosks = store->list_kiosks();
    ASSERT_TRUE(kiosks);
    ASSERT_EQ(kiosks->size(), 1u);
    EXPECT_EQ((*kiosks)[0].quarantined_by_server, 1);
    expect_store_checks();
}

TEST_F(Filings, MalformedUuidIsInvalidInput) {
    auto f = kiosk_filing(kiosk, 1, road_complaint());
    f.uuid = "not-a-uuid";
    auto out = accept({f});
    ASSERT_FALSE(out.at(0));
    EXPECT_EQ(out[0].error().code, Errc::invalid_input);
    EXPECT_EQ(out[0].error().field, "uuid");
}

TEST_F(Filings, AuditRowNamesTheKioskAndTheCase) {
    auto out = accept({kiosk_filing(kiosk, 1, corruption_complaint())});
    ASSERT_TRUE(out.at(0));
    auto rows = store->audit_rows(0, 1);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].actor, "kiosk:counter-1");
    EXPECT_EQ((*rows)[0].action, "submit");
    EXPECT_EQ((*rows)[0].target, out[0]->number.str());
    EXPECT_EQ(out[0]->number.book, domain::Register::corruption);
}

TEST_F(Filings, NumbersRunGapFreePerRegisterAcrossBatches) {
    std::vector<IncomingFiling> batch;
    for (int i = 0; i < 20; ++i)
        batch.push_back(
            kiosk_filing(kiosk, i + 1, i % 4 == 0 ? corruption_complaint() : suggestion()));
    auto out = accept(batch);
    auto more = accept({kiosk_filing(kiosk, 100, suggestion())});
    out.insert(out.end(), more.begin(), more.end());
    int general = 0, corruption = 0;
    for (const auto& r : out) {
        ASSERT_TRUE(r);
        int& n = r->number.book == domain::Register::general ? general : corruption;
        EXPECT_EQ(r->number.sequence, ++n);
    }
    EXPECT_EQ(general, 16);
    EXPECT_EQ(corruption, 5);
}

TEST_F(Filings, OldFilingFromAnOfflineKioskCountsFromWhenItWasFiled) {
    // Filed on 30 September (fiscal year 2569), uploaded in October (2570).
    auto f = kiosk_filing(kiosk, 1, suggestion(), bangkok(2026, 9, 30, 16));
    auto out = accept({f}, bangkok(2026, 10, 2, 9));
    ASSERT_TRUE(out.at(0));
    EXPECT_EQ(out[0]->number.fiscal_year_be, 2569);
    EXPECT_EQ(store->find_by_code(f.code)->filed_at, f.filed_at);
}

TEST_F(Filings, KioskClockFarAheadIsRecordedAtTheServersTime) {
    const auto server_now = bangkok(2026, 9, 30, 16);
    // The kiosk thinks it is already next fiscal year.
    auto f = kiosk_filing(kiosk, 1, suggestion(), bangkok(2026, 10, 3, 9));
    f.draft.occurred_on = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::October,
                                                      std::chrono::day{2}};
    auto out = accept({f}, server_now);
    ASSERT_TRUE(out.at(0)) << error_name(out[0].error().code);  // not lost for a misset clock
    EXPECT_EQ(out[0]->number.fiscal_year_be, 2569);
    EXPECT_EQ(store->find_by_code(f.code)->filed_at, server_now);
    // A few minutes ahead is just clock drift: kept as the kiosk said.
    auto g = kiosk_filing(kiosk, 2, suggestion(), server_now + 3min);
    ASSERT_TRUE(accept({g}, server_now).at(0));
    EXPECT_EQ(store->find_by_code(g.code)->filed_at, server_now + 3min);
}

TEST_F(Filings, CodeAnotherCaseHasOpensNeitherAndBothAreListedForANewCode) {
    const Filed earlier = submit(road_complaint());
    auto f = kiosk_filing(kiosk, 1, suggestion());
    f.code = earlier.code;
    auto out = accept({f});
    ASSERT_TRUE(out.at(0)) << error_name(out[0].error().code);  // the filing is kept
    auto found = store->find_by_code(earlier.code);
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().code, Errc::unknown_code);
    auto listed = store->codes_to_reissue();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ((*listed)[0].number, earlier.number);
    EXPECT_EQ((*listed)[1].number, out[0]->number);
    auto rows = store->audit_rows(0, 1);
    ASSERT_TRUE(rows);
    EXPECT_EQ(rows->at(0).action, "code_collision");
    // Staff issue a new code: it opens the case and the case leaves the list.
    auto fresh = store->reissue_code(out[0]->number, integrity());
    ASSERT_TRUE(fresh);
    EXPECT_TRUE(store->find_by_code(*fresh));
    EXPECT_EQ(store->codes_to_reissue()->size(), 1u);
    expect_store_checks();
}

TEST_F(Filings, ClearTrackingCodeIsNotInTheFile) {
    const auto f = kiosk_filing(kiosk, 1, suggestion());
    ASSERT_TRUE(accept({f}).at(0));
    store.reset();
    const std::string file = slurp(path) + slurp(path + "-wal");
    EXPECT_EQ(file.find(f.code.str()), std::string::npos);
}

TEST_F(Filings, StoreReopensAfterTheOfficeNetworkStep) {
    ASSERT_TRUE(accept({kiosk_filing(kiosk, 1, suggestion())}).at(0));
    store.reset();
    auto again = Store::open(path);
    ASSERT_TRUE(again) << error_name(again.error().code);
    EXPECT_EQ(again->list_kiosks()->size(), 1u);
}

}  // namespace
}  // namespace siang::store::testing
