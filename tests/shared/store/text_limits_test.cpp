// What staff type is held to limits in the store itself, so the console and the CLI both get them.
#include <gtest/gtest.h>

#include "domain/status_change.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

using domain::Status;

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

class StaffTextLimits : public StoreTest {
  protected:
    // Refused changes write nothing: no history row, no audit row.
    void expect_refused(const domain::CaseNumber& n, const domain::StatusChange& change, Errc code,
                        std::string_view field) {
        const auto audit_before = store->verify_audit();
        ASSERT_TRUE(audit_before);
        auto r = store->change_status(n, change, clerk());
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, code) << r.error().detail;
        // field_too_long names it in its payload; the others as their detail.
        EXPECT_EQ(r.error().field.empty() ? r.error().detail : r.error().field, field);
        auto c = store->get_case(n, clerk());
        ASSERT_TRUE(c);
        EXPECT_EQ(c->history.size(), 1u);
        EXPECT_EQ(store->verify_audit()->rows, audit_before->rows);
    }
};

TEST_F(StaffTextLimits, ThirtyThousandMarkReplyIsRefused) {
    const Filed f = submit(road_complaint());
    domain::StatusChange c{Status::in_review, {}, "staff1", "", "ก" + repeat("\u0E49", 30000), ""};
    expect_refused(f.number, c, Errc::too_many_marks, "reply");
}

TEST_F(StaffTextLimits, OverlongReplyNoteAndReasonAreRefused) {
    const Filed f = submit(road_complaint());
    expect_refused(
        f.number, {Status::in_review, {}, "s", "", repeat("ที่", domain::public_reply_limit + 1), ""},
        Errc::field_too_long, "reply");
    expect_refused(
        f.number,
        {Status::in_review, {}, "s", repeat("ก\u200D", domain::staff_note_limit + 1), "", ""},
        Errc::field_too_long, "note");
    expect_refused(f.number,
                   {Status::rejected, {}, "s", "", "", repeat("น้ำ", domain::reason_limit + 1)},
                   Errc::field_too_long, "reason");
}

TEST_F(StaffTextLimits, InvisibleOnlyReasonIsNoReason) {
    const Filed f = submit(road_complaint());
    expect_refused(f.number, {Status::rejected, {}, "s", "", "", "\u200D\u2060\u200B"},
                   Errc::reason_required, "");
}

TEST_F(StaffTextLimits, TextAtTheLimitIsStoredCleaned) {
    const Filed f = submit(road_complaint());
    const std::string reply = repeat("ที่", domain::public_reply_limit);
    ASSERT_TRUE(store->change_status(
        f.number, {Status::in_review, {}, "s", "\u202Eภายใน\u202C", reply + " ", ""}, clerk()));
    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c);
    ASSERT_EQ(c->history.size(), 2u);
    EXPECT_EQ(c->history[1].public_reply, reply);
    EXPECT_EQ(c->history[1].note, "ภายใน");
}

TEST_F(StaffTextLimits, NotesAreLimitedRequiredAndCleaned) {
    const Filed f = submit(streetlight_request());
    const Viewer v{"staff1", true};
    auto r = store->add_note(f.number, v, "ก" + repeat("\u0E48", 30000));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::too_many_marks);
    r = store->add_note(f.number, v, repeat("กี่", domain::staff_note_limit + 1));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::field_too_long);
    r = store->add_note(f.number, v, "\u200D\u2060");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::field_required);
    ASSERT_TRUE(store->add_note(f.number, v, "\u2066โทรแล้ว\u2069"));
    ASSERT_TRUE(store->add_note(f.number, v, repeat("กี่", domain::staff_note_limit)));
    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c);
    ASSERT_EQ(c->notes.size(), 2u);
    EXPECT_EQ(c->notes[0].text, "โทรแล้ว");
}

// Issue 10 item 5: the Store itself is the one place staff text is checked, whoever calls it.

TEST_F(StaffTextLimits, SixThousandCharacterNoteIsRefusedByTheStore) {
    const Filed f = submit(road_complaint());
    const std::string six_thousand = repeat("ก", 6000);
    auto r = store->add_note(f.number, clerk(), six_thousand);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::field_too_long);
    EXPECT_EQ(r.error().count, 6000);
    EXPECT_EQ(r.error().limit, 5000);
    expect_refused(f.number, {Status::in_review, {}, "s", six_thousand, "", ""},
                   Errc::field_too_long, "note");
    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->notes.empty());
}

TEST_F(StaffTextLimits, InvalidUtf8InStaffTextIsRefused) {
    const Filed f = submit(road_complaint());
    auto r = store->add_note(f.number, clerk(), "โทร\xff\xfe");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::invalid_utf8);
    expect_refused(f.number, {Status::in_review, {}, "s", "", "ตอบ\xc0\xaf", ""},
                   Errc::invalid_utf8, "reply");
    expect_refused(f.number, {Status::rejected, {}, "s", "", "", "\xed\xa0\x80"},
                   Errc::invalid_utf8, "reason");
}

// A NUL, an escape or a bell is never what a clerk meant: the console cannot type them, so they
// come from a script or an attack, and whoever sent them is told rather than silently edited.
TEST_F(StaffTextLimits, NulAndControlCharactersInStaffTextAreRefused) {
    const Filed f = submit(road_complaint());
    using namespace std::string_literals;
    for (const std::string& bad :
         {"โทร\0แล้ว"s, "\x1b[31mโทรแล้ว"s, "โทรแล้ว\x07"s, "a\x7f"s, "ภายใน\xc2\x9b"s}) {
        auto r = store->add_note(f.number, clerk(), bad);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, Errc::control_character);
        EXPECT_EQ(r.error().detail, "note");
    }
    expect_refused(f.number, {Status::in_review, {}, "s", "a\0b"s, "", ""}, Errc::control_character,
                   "note");
    expect_refused(f.number, {Status::in_review, {}, "s", "", "\x1b]0;x\x07", ""},
                   Errc::control_character, "reply");
    expect_refused(f.number, {Status::rejected, {}, "s", "", "", "ซ้ำ\x08"}, Errc::control_character,
                   "reason");
    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->notes.empty());
}

TEST_F(StaffTextLimits, StoredStaffTextIsTrimmedWithCrLfNormalised) {
    const Filed f = submit(road_complaint());
    ASSERT_TRUE(store->add_note(f.number, clerk(), "  โทรแล้ว\r\nนัดวันจันทร์\rเช้า\t \r\n"));
    ASSERT_TRUE(store->change_status(
        f.number,
        {Status::rejected, {}, "s", " ภายใน\r\nสอง ", "\r\nตอบแล้ว\r\n", "\tซ้ำกับเรื่องเดิม\r\n"},
        clerk()));
    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c);
    ASSERT_EQ(c->notes.size(), 1u);
    EXPECT_EQ(c->notes[0].text, "โทรแล้ว\nนัดวันจันทร์\nเช้า");
    ASSERT_EQ(c->history.size(), 2u);
    EXPECT_EQ(c->history[1].note, "ภายใน\nสอง");
    EXPECT_EQ(c->history[1].public_reply, "ตอบแล้ว");
    EXPECT_EQ(c->history[1].reason, "ซ้ำกับเรื่องเดิม");
}

}  // namespace
}  // namespace siang::store::testing
