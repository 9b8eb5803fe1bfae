// The staff API's help, events, statistics and audit bodies: what is encoded decodes to the same
// value, and a strict decoder refuses what a server or client must not take.
#include "sync/staff_wire_reports.hpp"

#include <gtest/gtest.h>

namespace siang::sync {
namespace {

using domain::Kind;
using domain::Status;

domain::TimePoint at(const char* iso) {
    return *domain::parse_iso_utc(iso);
}

reports::ItaReport sample_report() {
    const std::vector<store::StatsRow> rows = {
        {2025, 10, Kind::eservice, "streetlight", "works", Status::resolved, 3},
        {2025, 10, Kind::eservice, "streetlight", "works", Status::in_progress, 2},
        {2026, 1, Kind::complaint, "", "clerk", Status::rejected, 1},
        {2026, 3, Kind::corruption, "", "", Status::in_review, 2},
        {2026, 4, Kind::suggestion, "", "", Status::received, 4},
    };
    auto r = reports::build_ita_report(2569, rows, domain::default_directory());
    r.corruption_withheld = std::chrono::year{2026} / std::chrono::March;
    return r;
}

void expect_same_counts(const reports::Counts& a, const reports::Counts& b) {
    EXPECT_EQ(a.received, b.received);
    EXPECT_EQ(a.completed, b.completed);
    EXPECT_EQ(a.in_progress, b.in_progress);
}

void expect_same_breakdowns(const std::vector<reports::Breakdown>& a,
                            const std::vector<reports::Breakdown>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].key, b[i].key);
        EXPECT_EQ(a[i].name_th, b[i].name_th);
        EXPECT_EQ(a[i].name_en, b[i].name_en);
        expect_same_counts(a[i].counts, b[i].counts);
    }
}

TEST(StaffWireReports, AnItaReportDecodesToEveryFieldItHad) {
    const auto r = sample_report();
    auto back = decode_ita_report(encode(r));
    ASSERT_TRUE(back) << error_name(back.error().code) << " " << back.error().field;
    EXPECT_EQ(back->fiscal_year_be, 2569);
    EXPECT_EQ(back->corruption_withheld, r.corruption_withheld);
    ASSERT_EQ(back->periods.size(), r.periods.size());
    ASSERT_EQ(r.periods.size(), 19u);
    for (std::size_t i = 0; i < r.periods.size(); ++i) {
        const auto& a = r.periods[i];
        const auto& b = back->periods[i];
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.name_th, b.name_th);
        EXPECT_EQ(a.name_en, b.name_en);
        EXPECT_EQ(a.first, b.first);
        EXPECT_EQ(a.last, b.last);
        expect_same_counts(a.total, b.total);
        expect_same_breakdowns(a.by_kind, b.by_kind);
        expect_same_breakdowns(a.by_service, b.by_service);
        expect_same_breakdowns(a.by_division, b.by_division);
    }
    EXPECT_EQ(encode(*back), encode(r));
}

TEST(StaffWireReports, AReportWithNothingWithheldSaysNull) {
    auto r = sample_report();
    r.corruption_withheld.reset();
    const std::string body = encode(r);
    EXPECT_NE(body.find("\"corruption_withheld\":null"), std::string::npos);
    auto back = decode_ita_report(body);
    ASSERT_TRUE(back);
    EXPECT_FALSE(back->corruption_withheld);
}

TEST(StaffWireReports, AReportWithAnUnknownOrBadKeyIsRefusedNamingIt) {
    auto extra = decode_ita_report(
        R"({"fiscal_year_be":2569,"periods":[],"corruption_withheld":null,"by_case":[]})");
    ASSERT_FALSE(extra);
    EXPECT_EQ(extra.error().detail, "unknown_key");
    EXPECT_EQ(extra.error().field, "by_case");
    auto missing = decode_ita_report(R"({"fiscal_year_be":2569,"periods":[]})");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, "corruption_withheld");
    auto month = decode_ita_report(
        R"({"fiscal_year_be":2569,"periods":[],"corruption_withheld":"2026-13"})");
    ASSERT_FALSE(month);
    EXPECT_EQ(month.error().detail, "not_month");
    auto counts = decode_ita_report(
        R"({"fiscal_year_be":2569,"periods":[{"id":"FY2569","name_th":"","name_en":"",)"
        R"("first":"2025-10","last":"2026-09","total":{"received":"1","completed":0,)"
        R"("in_progress":0},"by_kind":[],"by_service":[],"by_division":[]}],)"
        R"("corruption_withheld":null})");
    ASSERT_FALSE(counts);
    EXPECT_EQ(counts.error().detail, "not_integer");
    EXPECT_EQ(counts.error().field, "received");
}

TEST(StaffWireReports, HelpRequestsAndEventsRoundTrip) {
    const std::vector<store::HelpRequest> help = {
        {7, "ตู้-ชั้น1", at("2026-12-02T03:04:05Z"), "review"},
        {9, "kiosk-2", at("2026-12-02T03:05:00Z"), ""}};
    auto list = decode_help_requests(encode_help_requests(help));
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ((*list)[0].id, 7);
    EXPECT_EQ((*list)[0].kiosk, "ตู้-ชั้น1");
    EXPECT_EQ((*list)[0].at, help[0].at);
    EXPECT_EQ((*list)[0].screen, "review");
    EXPECT_EQ((*list)[1].screen, "");

    StaffEvents e{1764640000123, 42, help};
    const std::string body = encode(e);
    EXPECT_NE(body.find(R"("event":1764640000123)"), std::string::npos);
    auto back = decode_staff_events(body);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->event, e.event);
    EXPECT_EQ(back->changes, 42);
    ASSERT_EQ(back->help.size(), 2u);
    EXPECT_EQ(back->help[1].kiosk, "kiosk-2");
    EXPECT_EQ(encode(*back), body);
}

TEST(StaffWireReports, AnAcknowledgementCarriesOnlyAPlainDetail) {
    EXPECT_EQ(encode_help_acknowledgement(""), "{}");
    EXPECT_EQ(decode_help_acknowledgement("{}"), std::string{});
    EXPECT_EQ(decode_help_acknowledgement(encode_help_acknowledgement("lock_screen")),
              std::string("lock_screen"));
    auto bad = decode_help_acknowledgement(R"({"detail":"x\nforged row"})");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().detail, "not_detail");
    auto actor = decode_help_acknowledgement(R"({"actor":"admin"})");
    ASSERT_FALSE(actor);
    EXPECT_EQ(actor.error().field, "actor");
}

TEST(StaffWireReports, EventsWithAMistypedHelpRequestAreRefused) {
    auto bad = decode_staff_events(
        R"({"event":1,"changes":2,"help":[{"id":1,"kiosk":"k","at":"yesterday","screen":""}]})");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().detail, "not_time");
    EXPECT_EQ(bad.error().field, "at");
    auto not_obj = decode_staff_events(R"({"event":1,"changes":2,"help":[3]})");
    ASSERT_FALSE(not_obj);
    EXPECT_EQ(not_obj.error().field, "help");
    auto missing = decode_staff_events(R"({"event":1,"help":[]})");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, "changes");
}

TEST(StaffWireReports, AuditRowsAndTheirCountRoundTrip) {
    AuditPage page{
        120,
        {{120, at("2026-12-02T01:00:00Z"), "admin", "export", "/tmp/ita.csv", "statistics FY 2569"},
         {119, at("2026-12-01T23:59:59Z"), "somchai", "change_status", "2569-000004",
          "in_review → resolved"}}};
    auto back = decode_audit_page(encode(page));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->count, 120);
    ASSERT_EQ(back->rows.size(), 2u);
    EXPECT_EQ(back->rows[1].id, 119);
    EXPECT_EQ(back->rows[1].at, page.rows[1].at);
    EXPECT_EQ(back->rows[1].actor, "somchai");
    EXPECT_EQ(back->rows[1].action, "change_status");
    EXPECT_EQ(back->rows[1].target, "2569-000004");
    EXPECT_EQ(back->rows[1].detail, "in_review → resolved");
    auto extra = decode_audit_page(R"({"count":1,"rows":[],"hash":"00"})");
    ASSERT_FALSE(extra);
    EXPECT_EQ(extra.error().field, "hash");
}

TEST(StaffWireReports, AnAuditReportSaysWhereTheChainBreaks) {
    store::AuditReport ok{250, std::nullopt};
    auto a = decode_audit_report(encode(ok));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->rows, 250);
    EXPECT_TRUE(a->ok());
    store::AuditReport broken{250, 17};
    auto b = decode_audit_report(encode(broken));
    ASSERT_TRUE(b);
    EXPECT_EQ(b->first_broken, 17);
    auto missing = decode_audit_report(R"({"rows":3})");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, "first_broken");
}

}  // namespace
}  // namespace siang::sync
