// Filing and finding: round trips, what the kiosk may see, case numbers, codes, hostile text.
#include <gtest/gtest.h>

#include "domain/tracking_code.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

using domain::CaseNumber;
using domain::Kind;
using domain::Status;
using namespace std::chrono;

class Submit : public StoreTest {};

TEST_F(Submit, SubmittedCaseReadsBackExactlyWithReceivedHistory) {
    const auto at = bangkok(2026, 11, 20, 9, 30);
    const auto draft = streetlight_request();
    const Filed f = submit(draft, at);
    EXPECT_EQ(f.number, (CaseNumber{2570, 1}));
    EXPECT_EQ(f.filed_at, at);
    // streetlight: 7 target days from the local filing date.
    EXPECT_EQ(f.due_date, year_month_day{2026y / November / 27d});

    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c) << error_name(c.error().code);
    EXPECT_EQ(c->filed.kind, Kind::eservice);
    EXPECT_EQ(c->filed.service, "streetlight");
    EXPECT_EQ(c->filed.division, "works");
    EXPECT_EQ(c->filed.subject, draft.subject);
    EXPECT_EQ(c->filed.details, draft.details);
    EXPECT_EQ(c->filed.location, draft.location);
    EXPECT_EQ(c->filed.contact.name, "สมชาย ใจดี");
    EXPECT_EQ(c->filed.contact.phone, "0812345678");
    EXPECT_EQ(c->filed.contact.email, "somchai@example.com");
    EXPECT_EQ(c->filed.contact.address, "12/3 หมู่ 3");
    EXPECT_EQ(c->status, Status::received);
    EXPECT_EQ(c->filed_at, at);
    EXPECT_EQ(c->due_date, f.due_date);
    ASSERT_EQ(c->history.size(), 1u);
    EXPECT_EQ(c->history[0].to, Status::received);
    EXPECT_EQ(c->history[0].at, at);
    EXPECT_EQ(c->history[0].actor, "kiosk");
}

TEST_F(Submit, OccurredOnDateRoundTrips) {
    auto d = road_complaint();
    d.occurred_on = 2026y / November / 18d;
    const Filed f = submit(d);
    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c);
    ASSERT_TRUE(c->filed.occurred_on);
    EXPECT_EQ(*c->filed.occurred_on, 2026y / November / 18d);
}

TEST_F(Submit, ItemWithoutServiceIsDueInFifteenDays) {
    const Filed f = submit(suggestion(), bangkok(2026, 11, 20));
    EXPECT_EQ(f.due_date, year_month_day{2026y / December / 5d});
}

TEST_F(Submit, FindByCodeShowsStatusTimelineAndPublicReply) {
    const Filed f = submit(streetlight_request(), bangkok(2026, 11, 20, 9));
    ASSERT_TRUE(store->change_status(f.number,
                                     {Status::in_review, bangkok(2026, 11, 21, 9), "staff1",
                                      "โทรหาผู้ร้องแล้ว", "รับเรื่องไว้ตรวจสอบแล้ว", ""},
                                     clerk()));
    ASSERT_TRUE(store->change_status(
        f.number, {Status::in_progress, bangkok(2026, 11, 22, 9), "staff1", "ส่งช่างไฟ", "", ""},
        clerk()));
    auto s = store->find_by_code(f.code);
    ASSERT_TRUE(s) << error_name(s.error().code);
    EXPECT_EQ(s->kind, Kind::eservice);
    EXPECT_EQ(s->service, "streetlight");
    EXPECT_EQ(s->division, "works");
    EXPECT_EQ(s->filed_at, bangkok(2026, 11, 20, 9));
    EXPECT_EQ(s->status, Status::in_progress);
    ASSERT_EQ(s->timeline.size(), 3u);
    EXPECT_EQ(s->timeline[0].status, Status::received);
    EXPECT_EQ(s->timeline[1].status, Status::in_review);
    EXPECT_EQ(s->timeline[1].at, bangkok(2026, 11, 21, 9));
    EXPECT_EQ(s->timeline[1].public_reply, "รับเรื่องไว้ตรวจสอบแล้ว");
    EXPECT_EQ(s->timeline[2].status, Status::in_progress);
    EXPECT_EQ(s->latest_public_reply, "รับเรื่องไว้ตรวจสอบแล้ว");
}

TEST_F(Submit, FindByCodeNeverExposesDetailsContactOrNotes) {
    const auto draft = streetlight_request();
    const Filed f = submit(draft);
    ASSERT_TRUE(store->add_note(f.number, Viewer{"staff1", true}, "ผู้ร้องเป็นญาติรองนายก"));
    ASSERT_TRUE(store->change_status(
        f.number, {Status::in_review, {}, "staff1", "บันทึกภายใน ห้ามเผยแพร่", "", ""}, clerk()));
    auto s = store->find_by_code(f.code);
    ASSERT_TRUE(s);
    // Every string the kiosk receives, joined: none of the private text may be in it.
    std::string shown = s->service + s->division + s->latest_public_reply;
    for (const auto& e : s->timeline) shown += e.public_reply;
    for (const std::string& secret :
         {draft.details, draft.contact.name, draft.contact.phone, draft.contact.email,
          draft.contact.address, std::string("ผู้ร้องเป็นญาติรองนายก"),
          std::string("บันทึกภายใน ห้ามเผยแพร่"), std::string("staff1")}) {
        EXPECT_EQ(shown.find(secret), std::string::npos) << secret;
    }
}

TEST_F(Submit, UnknownCodeIsReportedAsUnknown) {
    submit(streetlight_request());
    auto code = domain::parse_tracking_code("000000000000");
    ASSERT_TRUE(code);
    auto s = store->find_by_code(*code);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, Errc::unknown_code);
}

TEST_F(Submit, ReissuedCodeWorksAndOldCodeStops) {
    const Filed f = submit(road_complaint());
    auto fresh = store->reissue_code(f.number, Viewer{"staff1", true});
    ASSERT_TRUE(fresh);
    EXPECT_NE(*fresh, f.code);
    auto old = store->find_by_code(f.code);
    ASSERT_FALSE(old);
    EXPECT_EQ(old.error().code, Errc::unknown_code);
    auto now = store->find_by_code(*fresh);
    ASSERT_TRUE(now);
    EXPECT_EQ(now->kind, Kind::complaint);
}

TEST_F(Submit, CaseNumbersRunPerFiscalYearAndRestartOnFirstOctober) {
    // 30 Sep 2026 23:59 Bangkok is fiscal 2569; 1 Oct 2026 00:01 Bangkok starts 2570, although
    // both instants fall on 30 Sep in UTC.
    const Filed a = submit(suggestion(), bangkok(2026, 9, 30, 23, 58));
    const Filed b = submit(suggestion(), bangkok(2026, 9, 30, 23, 59));
    const Filed c = submit(suggestion(), bangkok(2026, 10, 1, 0, 1));
    const Filed d = submit(suggestion(), bangkok(2026, 10, 1, 0, 2));
    EXPECT_EQ(a.number, (CaseNumber{2569, 1}));
    EXPECT_EQ(b.number, (CaseNumber{2569, 2}));
    EXPECT_EQ(c.number, (CaseNumber{2570, 1}));
    EXPECT_EQ(d.number, (CaseNumber{2570, 2}));
    EXPECT_EQ(c.number.str(), "2570-000001");
}

TEST_F(Submit, HostileStringsAreStoredVerbatim) {
    domain::Draft d = road_complaint();
    d.subject = "'); DROP TABLE cases; -- %s%n%x {} \" OR 1=1";
    d.location = "%s%s%s%s%n ${HOME} `rm -rf /` \\x00 \\";
    d.contact.name = "Robert'); DELETE FROM audit_log;--";
    // 1 MB of details handed straight to the store (validation would refuse it; the store must
    // still keep what it is given, unchanged).
    std::string big;
    while (big.size() < 1024 * 1024) big += "ถนนชำรุด ไฟดับ ✓ 漢字 🚧 ";
    // Binary-ish but NUL-free valid UTF-8: controls, BOM, combining marks, RTL text, noncharacter.
    big +=
        "\x01\x02\x1b[31m\x7f \xEF\xBB\xBF \xCC\x81\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xEF\xBF\xBF";
    d.details = big;
    const Filed f = submit(d);
    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c);
    EXPECT_EQ(c->filed.subject, d.subject);
    EXPECT_EQ(c->filed.location, d.location);
    EXPECT_EQ(c->filed.contact.name, d.contact.name);
    EXPECT_EQ(c->filed.details, big);
    auto audit = store->verify_audit();
    ASSERT_TRUE(audit);
    EXPECT_TRUE(audit->ok());
}

TEST_F(Submit, CodesAreNotStoredInClear) {
    std::vector<Filed> filed;
    for (int i = 0; i < 20; ++i) filed.push_back(submit(i % 2 ? road_complaint() : suggestion()));
    const std::string db = slurp(path) + slurp(path + "-wal");
    ASSERT_FALSE(db.empty());
    for (const auto& f : filed) {
        EXPECT_EQ(db.find(f.code.str()), std::string::npos);
        EXPECT_EQ(db.find(f.code.grouped()), std::string::npos);
    }
}

}  // namespace
}  // namespace siang::store::testing
