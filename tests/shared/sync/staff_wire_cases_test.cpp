// The staff API's case codecs: what is encoded decodes to the same value, the same value gives
// the same bytes, and what a strict server must refuse is refused.
#include "sync/staff_wire_cases.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace siang::sync {
namespace {

using std::chrono::day;
using std::chrono::year;
using std::chrono::year_month_day;

domain::CaseNumber number(std::string_view s) {
    return *domain::parse_case_number(s);
}

store::Query full_query() {
    store::Query q;
    q.kind = domain::Kind::complaint;
    q.status = domain::Status::in_review;
    q.division = "public_works";
    q.service = "road_repair";
    q.from = year_month_day{year{2026}, std::chrono::October, day{1}};
    q.to = year_month_day{year{2026}, std::chrono::November, day{30}};
    q.overdue_only = true;
    q.search = "ถนนชำรุด";
    q.sort = store::Sort::due_soonest;
    q.limit = 25;
    q.offset = 50;
    q.count_total = true;
    return q;
}

TEST(StaffWireCases, AQueryWithEveryFilterDecodesToWhatWasEncoded) {
    const store::Query q = full_query();
    auto back = decode_query(encode(q));
    ASSERT_TRUE(back) << error_name(back.error().code) << " " << back.error().field;
    EXPECT_EQ(back->kind, q.kind);
    EXPECT_EQ(back->status, q.status);
    EXPECT_EQ(back->division, q.division);
    EXPECT_EQ(back->service, q.service);
    EXPECT_EQ(back->from, q.from);
    EXPECT_EQ(back->to, q.to);
    EXPECT_TRUE(back->overdue_only);
    EXPECT_EQ(back->search, q.search);
    EXPECT_EQ(back->sort, q.sort);
    EXPECT_EQ(back->limit, 25);
    EXPECT_EQ(back->offset, 50);
    EXPECT_TRUE(back->count_total);
    EXPECT_EQ(encode(*back), encode(q));
}

TEST(StaffWireCases, AnEmptyQueryKeepsItsNulls) {
    auto back = decode_query(encode(store::Query{}));
    ASSERT_TRUE(back);
    EXPECT_FALSE(back->kind);
    EXPECT_FALSE(back->division);
    EXPECT_FALSE(back->from);
    EXPECT_EQ(back->sort, store::Sort::newest);
}

TEST(StaffWireCases, AsOfIsNeverTakenFromTheWire) {
    store::Query q;
    q.as_of = *domain::parse_iso_utc("2020-01-01T00:00:00Z");
    EXPECT_EQ(encode(q).find("as_of"), std::string::npos);
    std::string body = encode(store::Query{});
    body.insert(1, "\"as_of\":\"2020-01-01T00:00:00Z\",");
    auto r = decode_query(body);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, "as_of");
}

TEST(StaffWireCases, RefusesAQueryWithAMissingMistypedOrOutOfRangeField) {
    const std::string good = encode(store::Query{});
    auto without = [&](std::string_view key) {
        auto j = nlohmann::json::parse(good);
        j.erase(std::string(key));
        return j.dump();
    };
    auto with = [&](std::string_view key, nlohmann::json v) {
        auto j = nlohmann::json::parse(good);
        j[std::string(key)] = std::move(v);
        return j.dump();
    };
    for (std::string_view key :
         {"kind", "status", "division", "service", "from", "to", "overdue_only", "search", "sort",
          "limit", "offset", "count_total"}) {
        auto r = decode_query(without(key));
        ASSERT_FALSE(r) << key;
        EXPECT_EQ(r.error().code, Errc::invalid_input) << key;
        EXPECT_EQ(r.error().field, key);
    }
    EXPECT_EQ(decode_query(with("limit", 0)).error().field, "limit");
    EXPECT_EQ(decode_query(with("limit", 1ll << 40)).error().field, "limit");
    EXPECT_EQ(decode_query(with("offset", -1)).error().field, "offset");
    EXPECT_EQ(decode_query(with("limit", "50")).error().field, "limit");
    EXPECT_EQ(decode_query(with("from", "2026-13-01")).error().field, "from");
    EXPECT_EQ(decode_query(with("sort", "random")).error().field, "sort");
    EXPECT_EQ(decode_query(with("kind", "gossip")).error().code, Errc::unknown_kind);
    EXPECT_EQ(decode_query(with("status", "lost")).error().code, Errc::unknown_status);
    EXPECT_FALSE(decode_query("[]"));
    EXPECT_FALSE(decode_query("{\"kind\":null,\"kind\":null}"));
}

TEST(StaffWireCases, APageDecodesToWhatWasEncoded) {
    store::Page p;
    store::ListRow row;
    row.number = number("ทจ 2569-000012");
    row.kind = domain::Kind::corruption;
    row.service = "";
    row.division = "integrity";
    row.subject = "เรียกรับเงินใต้โต๊ะ";
    row.status = domain::Status::in_progress;
    row.filed_at = *domain::parse_iso_utc("2026-11-20T03:00:00Z");
    row.due_date = year_month_day{year{2026}, std::chrono::December, day{5}};
    row.overdue = true;
    p.rows = {row, row};
    p.rows[1].number = number("2569-000123");
    p.total = 1234;
    auto back = decode_page(encode(p));
    ASSERT_TRUE(back) << error_name(back.error().code) << " " << back.error().field;
    ASSERT_EQ(back->rows.size(), 2u);
    EXPECT_EQ(back->rows[0].number, row.number);
    EXPECT_EQ(back->rows[1].number, p.rows[1].number);
    EXPECT_EQ(back->rows[0].kind, row.kind);
    EXPECT_EQ(back->rows[0].subject, row.subject);
    EXPECT_EQ(back->rows[0].status, row.status);
    EXPECT_EQ(back->rows[0].filed_at, row.filed_at);
    EXPECT_EQ(back->rows[0].due_date, row.due_date);
    EXPECT_TRUE(back->rows[0].overdue);
    EXPECT_EQ(back->total, 1234u);
    EXPECT_EQ(encode(*back), encode(p));
    p.total.reset();
    EXPECT_FALSE(decode_page(encode(p))->total);
}

TEST(StaffWireCases, ACaseAndItsVersionDecodeToWhatWasEncoded) {
    VersionedCase c;
    c.version = 7;
    auto& d = c.detail;
    d.number = number("2569-000042");
    d.filed.kind = domain::Kind::complaint;
    d.filed.subject = "ไฟฟ้าส่องสว่างดับ";
    d.filed.details = "ถนนหน้าโรงเรียน \"มืด\"\nทั้งซอย";
    d.filed.division = "public_works";
    d.filed.contact = {"สมชาย ใจดี", "0812345678", "", ""};
    d.status = domain::Status::rejected;
    d.filed_at = *domain::parse_iso_utc("2026-11-20T03:00:00Z");
    d.due_date = year_month_day{year{2026}, std::chrono::December, day{5}};
    d.history = {{domain::Status::received, d.filed_at, "kiosk", "", "", ""},
                 {domain::Status::rejected, *domain::parse_iso_utc("2026-11-21T03:00:00Z"),
                  "somchai", "ซ้ำ", "เรื่องนี้ซ้ำกับเรื่องเดิม", "ซ้ำ"}};
    d.notes = {{*domain::parse_iso_utc("2026-11-21T04:00:00Z"), "malee", "โทรแจ้งแล้ว"}};
    auto back = decode_versioned_case(encode(c));
    ASSERT_TRUE(back) << error_name(back.error().code) << " " << back.error().field;
    EXPECT_EQ(back->version, 7);
    EXPECT_EQ(back->detail.number, d.number);
    EXPECT_EQ(back->detail.filed.details, d.filed.details);
    EXPECT_EQ(back->detail.filed.contact.name, d.filed.contact.name);
    EXPECT_EQ(back->detail.status, d.status);
    ASSERT_EQ(back->detail.history.size(), 2u);
    EXPECT_EQ(back->detail.history[1].actor, "somchai");
    EXPECT_EQ(back->detail.history[1].public_reply, d.history[1].public_reply);
    EXPECT_EQ(back->detail.history[1].reason, "ซ้ำ");
    ASSERT_EQ(back->detail.notes.size(), 1u);
    EXPECT_EQ(back->detail.notes[0].text, "โทรแจ้งแล้ว");
    EXPECT_EQ(encode(*back), encode(c));
}

TEST(StaffWireCases, ChangeBodiesDecodeToWhatWasEncoded) {
    StatusChangeRequest s{3, domain::Status::rejected, "บันทึก", "ตอบประชาชน", "ซ้ำ"};
    auto sb = decode_status_change(encode(s));
    ASSERT_TRUE(sb);
    EXPECT_EQ(sb->version, 3);
    EXPECT_EQ(sb->to, domain::Status::rejected);
    EXPECT_EQ(sb->public_reply, "ตอบประชาชน");
    EXPECT_EQ(sb->reason, "ซ้ำ");
    s.version.reset();
    EXPECT_FALSE(decode_status_change(encode(s))->version);

    auto nb = decode_note_request(encode(NoteRequest{9, "ติดต่อกลับแล้ว"}));
    ASSERT_TRUE(nb);
    EXPECT_EQ(nb->version, 9);
    EXPECT_EQ(nb->text, "ติดต่อกลับแล้ว");
    auto db = decode_division_request(encode(DivisionRequest{4, "public_works"}));
    ASSERT_TRUE(db);
    EXPECT_EQ(db->division, "public_works");
    EXPECT_EQ(*decode_reissue_request(encode_reissue_request(5)), 5);
    EXPECT_FALSE(*decode_reissue_request(encode_reissue_request(std::nullopt)));
    EXPECT_EQ(*decode_version(encode_version(11)), 11);
    EXPECT_EQ(*decode_changes(encode_changes(123456)), 123456);
    const Reissued r{*domain::parse_tracking_code("4821-7730-5190"), 12};
    auto rb = decode_reissued(encode(r));
    ASSERT_TRUE(rb);
    EXPECT_EQ(rb->code, r.code);
    EXPECT_EQ(rb->version, 12);
}

TEST(StaffWireCases, RefusesChangeBodiesWithoutTheirVersionOrWithStrangers) {
    EXPECT_EQ(decode_status_change(R"({"to":"in_review","note":"","public_reply":"","reason":""})")
                  .error()
                  .field,
              "version");
    EXPECT_EQ(decode_note_request(R"({"version":"1","text":"x"})").error().field, "version");
    EXPECT_EQ(decode_note_request(R"({"version":1,"text":"x","actor":"admin"})").error().field,
              "actor");
    EXPECT_EQ(decode_division_request(R"({"version":1})").error().field, "division");
    EXPECT_EQ(decode_reissue_request(R"({"version":1,"viewer":"integrity"})").error().field,
              "viewer");
    EXPECT_EQ(
        decode_status_change(R"({"version":1,"to":"gone","note":"","public_reply":"","reason":""})")
            .error()
            .code,
        Errc::unknown_status);
    EXPECT_EQ(decode_reissued(R"({"tracking_code":"123","version":1})").error().field,
              "tracking_code");
}

TEST(StaffWireCases, CaseNumbersTravelInPathsAsAscii) {
    const auto tj = number("ทจ 2569-000012");
    EXPECT_EQ(path_form(tj), "TJ-2569-000012");
    EXPECT_EQ(*case_number_of_path(path_form(tj)), tj);
    EXPECT_EQ(path_form(number("2569-000123")), "2569-000123");
    EXPECT_EQ(*case_number_of_path("ทจ 2569-000012"), tj);
    auto bad = case_number_of_path("2569-x");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, Errc::not_found);
}

}  // namespace
}  // namespace siang::sync
