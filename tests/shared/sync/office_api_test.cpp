// The office API's wire format: what is encoded decodes to the same value, the same value gives
// the same bytes, and what a strict server must refuse is refused.
#include "sync/office_api.hpp"

#include <gtest/gtest.h>

#include "domain/tracking_code.hpp"

namespace siang::sync {
namespace {

Filing sample_filing() {
    Filing f;
    f.uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    f.filed_at = *domain::parse_iso_utc("2026-11-20T03:00:00Z");
    f.code = *domain::parse_tracking_code("4821-7730-5190");
    f.draft.kind = domain::Kind::complaint;
    f.draft.subject = "ไฟฟ้าส่องสว่างดับ";
    f.draft.details = "ถนนหน้าโรงเรียน \"มืด\" ทั้งซอย\nตั้งแต่วันจันทร์";
    f.draft.division = "public_works";
    f.draft.occurred_on = std::chrono::year_month_day{std::chrono::year{2026},
                                                      std::chrono::November, std::chrono::day{18}};
    f.draft.contact = {"สมชาย ใจดี", "0812345678", "", ""};
    return f;
}

TEST(OfficeApiWire, AFilingDecodesToWhatWasEncoded) {
    const Filing f = sample_filing();
    auto back = decode_filing(encode(f));
    ASSERT_TRUE(back) << error_name(back.error().code) << " " << back.error().field;
    EXPECT_EQ(back->uuid, f.uuid);
    EXPECT_EQ(back->filed_at, f.filed_at);
    EXPECT_EQ(back->code, f.code);
    EXPECT_EQ(back->draft.kind, f.draft.kind);
    EXPECT_EQ(back->draft.subject, f.draft.subject);
    EXPECT_EQ(back->draft.details, f.draft.details);
    EXPECT_EQ(back->draft.division, f.draft.division);
    EXPECT_EQ(back->draft.occurred_on, f.draft.occurred_on);
    EXPECT_EQ(back->draft.contact.name, f.draft.contact.name);
    EXPECT_EQ(back->draft.contact.phone, f.draft.contact.phone);
}

TEST(OfficeApiWire, TheSameFilingGivesTheSameBytes) {
    EXPECT_EQ(encode(sample_filing()), encode(sample_filing()));
    Filing anonymous = sample_filing();
    anonymous.draft.contact = {};
    anonymous.draft.occurred_on.reset();
    auto back = decode_filing(encode(anonymous));
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->draft.contact.anonymous());
    EXPECT_FALSE(back->draft.occurred_on);
}

TEST(OfficeApiWire, AFilingWithAnUnknownOrMissingKeyIsRefusedNamingTheKey) {
    auto extra = decode_filing(R"({"uuid":"u","filed_at":"2026-11-20T03:00:00Z",)"
                               R"("tracking_code":"482177305190","draft":{},"admin":true})");
    ASSERT_FALSE(extra);
    EXPECT_EQ(extra.error().code, Errc::invalid_input);
    EXPECT_EQ(extra.error().detail, "unknown_key");
    EXPECT_EQ(extra.error().field, "admin");

    auto missing = decode_filing(R"({"uuid":"u","filed_at":"2026-11-20T03:00:00Z"})");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().detail, "missing_key");
    EXPECT_EQ(missing.error().field, "tracking_code");
}

TEST(OfficeApiWire, AMistypedTrackingCodeInAFilingIsRefused) {
    std::string body = encode(sample_filing());
    const auto at = body.find("482177305190");
    ASSERT_NE(at, std::string::npos);
    body[at + 11] = body[at + 11] == '0' ? '1' : '0';
    auto bad = decode_filing(body);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, Errc::bad_check_digit);
}

TEST(OfficeApiWire, DuplicateKeysNulBytesAndNonObjectsAreRefused) {
    EXPECT_EQ(decode_enrol_request(R"({"enrolment_code":"a","enrolment_code":"b"})").error().code,
              Errc::json_duplicate_key);
    EXPECT_EQ(decode_enrol_request(std::string("{\"enrolment_code\":\"a\"}\0x", 24)).error().code,
              Errc::json_nul_byte);
    EXPECT_EQ(decode_enrol_request("[1,2]").error().detail, "not_object");
    EXPECT_EQ(decode_enrol_request("{\"enrolment_code\":\"\xff\"}").error().detail, "not_object");
    EXPECT_EQ(decode_enrol_request(R"({"enrolment_code":7})").error().detail, "not_string");
}

TEST(OfficeApiWire, AnAckAStatusAndTheSmallMessagesRoundTrip) {
    FilingAck ack{"u-1", *domain::parse_case_number("2569-000123"),
                  std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::December,
                                              std::chrono::day{5}}};
    auto a = decode_filing_ack(encode(ack));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->case_number.str(), "2569-000123");
    EXPECT_EQ(a->due_date, ack.due_date);

    store::PublicStatus s;
    s.kind = domain::Kind::eservice;
    s.service = "water";
    s.status = domain::Status::in_progress;
    s.filed_at = *domain::parse_iso_utc("2026-11-20T03:00:00Z");
    s.due_date = ack.due_date;
    s.timeline = {{domain::Status::received, s.filed_at, ""},
                  {domain::Status::in_progress, s.filed_at + std::chrono::hours{5}, "กำลังซ่อม"}};
    s.latest_public_reply = "กำลังซ่อม";
    auto p = decode_public_status(encode(s));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->status, s.status);
    ASSERT_EQ(p->timeline.size(), 2u);
    EXPECT_EQ(p->timeline[1].public_reply, "กำลังซ่อม");
    EXPECT_EQ(p->timeline[1].at, s.timeline[1].at);

    EXPECT_EQ(*decode_help_request(encode_help_request("review")), "review");
    EXPECT_EQ(*decode_help_id(encode_help_id(42)), 42);
    EXPECT_TRUE(*decode_help_state(encode_help_state(true)));
    auto b = decode_backlog(encode(Backlog{3, 1}));
    ASSERT_TRUE(b);
    EXPECT_EQ(b->pending, 3);
    EXPECT_EQ(b->quarantined, 1);
    EXPECT_FALSE(decode_backlog(R"({"pending":-1,"quarantined":0})"));
    auto code =
        decode_track_request(encode_track_request(*domain::parse_tracking_code("482177305190")));
    ASSERT_TRUE(code);
    EXPECT_EQ(code->str(), "482177305190");
}

TEST(OfficeApiWire, AnErrorTravelsWithItsFactsAndAnUnexplainedAnswerIsAServerFailure) {
    const Error e{.code = Errc::field_too_long, .field = "subject", .count = 250, .limit = 200};
    const Error back = decode_error(encode_error(e), 422);
    EXPECT_EQ(back.code, Errc::field_too_long);
    EXPECT_EQ(back.field, "subject");
    EXPECT_EQ(back.count, 250);
    EXPECT_EQ(back.limit, 200);
    const Error html = decode_error("<html>bad gateway</html>", 502);
    EXPECT_EQ(html.code, Errc::server_failed);
    EXPECT_EQ(html.detail, "502");
    EXPECT_EQ(decode_error(R"({"error":{"code":"no_such_code"}})", 500).code, Errc::server_failed);
}

TEST(OfficeApiWire, OnlyConflictsAndRefusedDraftsAreRefusedForGood) {
    EXPECT_TRUE(refused_for_good(Errc::filing_conflict));
    EXPECT_TRUE(refused_for_good(Errc::field_too_long));
    EXPECT_TRUE(refused_for_good(Errc::invalid_input));
    EXPECT_FALSE(refused_for_good(Errc::store_full));
    EXPECT_FALSE(refused_for_good(Errc::store_busy));
    EXPECT_FALSE(refused_for_good(Errc::server_unreachable));
    EXPECT_FALSE(refused_for_good(Errc::rate_limited));
    EXPECT_FALSE(refused_for_good(Errc::device_refused));
    EXPECT_FALSE(refused_for_good(Errc::internal));
    EXPECT_EQ(http_status(Errc::device_refused), 401);
    EXPECT_EQ(http_status(Errc::store_full), 503);
    EXPECT_EQ(http_status(Errc::unknown_code), 404);
}

}  // namespace
}  // namespace siang::sync
