// Workflow changes, notes, division assignment and staff accounts.
#include <gtest/gtest.h>

#include "store/sqlite_db.hpp"
#include "store/sqlite_statement.hpp"
#include "store_fixture.hpp"

namespace siang::store::testing {
namespace {

using domain::Status;

class Workflow : public StoreTest {};

TEST_F(Workflow, IllegalTransitionIsRefusedAndNothingIsWritten) {
    const Filed f = submit(road_complaint());
    const auto audit_before = store->verify_audit();
    ASSERT_TRUE(audit_before);
    // received → resolved skips the review.
    auto r =
        store->change_status(f.number, {Status::resolved, {}, "staff1", "n", "r", ""}, clerk());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::illegal_transition);
    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c);
    EXPECT_EQ(c->status, Status::received);
    EXPECT_EQ(c->history.size(), 1u);
    EXPECT_EQ(store->verify_audit()->rows, audit_before->rows);
}

TEST_F(Workflow, RejectionNeedsAReason) {
    const Filed f = submit(road_complaint());
    auto r = store->change_status(f.number, {Status::rejected, {}, "staff1", "", "", ""}, clerk());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::reason_required);
    ASSERT_TRUE(store->change_status(
        f.number, {Status::rejected, {}, "staff1", "", "", "อยู่นอกเขตเทศบาล"}, clerk()));
    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c);
    EXPECT_EQ(c->status, Status::rejected);
    ASSERT_EQ(c->history.size(), 2u);
    EXPECT_EQ(c->history[1].reason, "อยู่นอกเขตเทศบาล");
    EXPECT_EQ(c->history[1].actor, "staff1");
}

TEST_F(Workflow, UnknownCaseIsNotFound) {
    auto r = store->change_status({2570, 99}, {Status::in_review, {}, "s", "", "", ""}, clerk());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::not_found);
    EXPECT_EQ(r.error().detail, "2570-000099");
}

TEST_F(Workflow, NotesAreKeptInOrderWithAuthor) {
    const Filed f = submit(streetlight_request());
    ASSERT_TRUE(store->add_note(f.number, Viewer{"staff1", true}, "โทรแจ้งการไฟฟ้าแล้ว",
                                bangkok(2026, 11, 21)));
    ASSERT_TRUE(
        store->add_note(f.number, Viewer{"staff2", true}, "รออะไหล่", bangkok(2026, 11, 22)));
    EXPECT_FALSE(store->add_note(f.number, Viewer{"staff2", true}, ""));
    auto c = store->get_case(f.number, clerk());
    ASSERT_TRUE(c);
    ASSERT_EQ(c->notes.size(), 2u);
    EXPECT_EQ(c->notes[0].text, "โทรแจ้งการไฟฟ้าแล้ว");
    EXPECT_EQ(c->notes[0].actor, "staff1");
    EXPECT_EQ(c->notes[1].at, bangkok(2026, 11, 22));
}

TEST_F(Workflow, AssignDivisionChangesHandlingDivision) {
    const Filed f = submit(suggestion());
    ASSERT_TRUE(store->assign_division(f.number, "education", Viewer{"staff1", true}));
    auto s = store->find_by_code(f.code);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->division, "education");
    auto bad = store->assign_division(f.number, "army", Viewer{"staff1", true});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, Errc::unknown_division);
}

TEST_F(Workflow, AClerkCannotNoteAssignOrRecodeACorruptionComplaint) {
    const Filed f = submit(corruption_complaint());
    const std::int64_t rows_before = store->audit_row_count().value_or(-1);
    EXPECT_EQ(store->add_note(f.number, clerk(), "ลองเขียน").error().code, Errc::not_found);
    EXPECT_EQ(store->assign_division(f.number, "works", clerk()).error().code, Errc::not_found);
    EXPECT_EQ(store->reissue_code(f.number, clerk()).error().code, Errc::not_found);
    EXPECT_EQ(store->audit_row_count().value_or(-1), rows_before);  // nothing happened
    EXPECT_TRUE(store->find_by_code(f.code));                       // the code still works
    // The integrity officer may.
    EXPECT_TRUE(store->add_note(f.number, integrity(), "รับเรื่องไว้พิจารณา"));
    EXPECT_TRUE(store->assign_division(f.number, "clerk", integrity()));
    EXPECT_TRUE(store->reissue_code(f.number, integrity()));
}

TEST_F(Workflow, UsersAreAddedFoundUpdatedAndUnique) {
    UserRecord u{0,
                 "somsri",
                 "สมศรี มีสุข",
                 "clerk",
                 "$argon2id$v=19$m=65536,t=2,p=1$abc$def",
                 false,
                 bangkok(2026, 11, 1)};
    auto id = store->add_user(u, "admin");
    ASSERT_TRUE(id);
    auto dup = store->add_user(u, "admin");
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().code, Errc::username_taken);
    auto found = store->find_user("somsri");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, *id);
    EXPECT_EQ(found->display_name, "สมศรี มีสุข");
    EXPECT_EQ(found->password_hash, u.password_hash);
    EXPECT_EQ(found->created_at, u.created_at);
    u.role = "integrity";
    u.disabled = true;
    ASSERT_TRUE(store->update_user(u, "admin"));
    found = store->find_user("somsri");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->role, "integrity");
    EXPECT_TRUE(found->disabled);
    EXPECT_EQ(store->find_user("nobody").error().code, Errc::not_found);
    UserRecord ghost = u;
    ghost.username = "ghost";
    EXPECT_EQ(store->update_user(ghost).error().code, Errc::not_found);
    auto all = store->list_users();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 1u);
}

TEST_F(Workflow, PasswordHashNeverReachesTheAuditLog) {
    UserRecord u{0, "anan", "อนันต์", "admin", "$argon2id$SECRETHASH", false, {}};
    ASSERT_TRUE(store->add_user(u));
    store.reset();  // close, so the log is checkpointed into the file we read
    EXPECT_EQ(slurp(path).find("SECRETHASH") != std::string::npos, true);  // it is in users
    auto db = SqliteDb::open(path, SQLITE_OPEN_READONLY);
    ASSERT_TRUE(db);
    auto st = Statement::prepare(db->get(), "SELECT count(*) FROM audit_log WHERE detail LIKE ?");
    ASSERT_TRUE(st);
    st->bind_all("%SECRETHASH%");
    ASSERT_TRUE(st->step().value_or(false));
    EXPECT_EQ(st->column_int64(0), 0);
}

}  // namespace
}  // namespace siang::store::testing
