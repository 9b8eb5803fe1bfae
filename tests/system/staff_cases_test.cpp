// The staff API's cases through the real server and curl (issue 12): a clerk learns nothing of
// the corruption complaint by number, by search words only it holds, by any filter or count, nor
// by trying to change it; an integrity user sees it; every change carries its version and a stale
// one writes nothing; tokens that are not a live session get 401.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/staff_server.hpp"
#include "support/test_dir.hpp"
#include "sync/staff_wire_cases.hpp"

namespace {

using nlohmann::json;
using siang::testing::StaffServer;
namespace t = siang::testing;
namespace sync = siang::sync;
namespace store = siang::store;
namespace domain = siang::domain;

class StaffCases : public ::testing::Test {
  protected:
    StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("system")};
    std::string clerk, integrity;
    void SetUp() override {
        ASSERT_TRUE(server.ready()) << server.error();
        clerk = server.login(t::clerk_user);
        integrity = server.login(t::integrity_user);
        ASSERT_FALSE(clerk.empty());
        ASSERT_FALSE(integrity.empty());
    }
    std::string secret_path() const {
        return "/api/v1/staff/cases/" + sync::path_form(server.corruption_case().number);
    }
    // A number of the corruption register that no case has.
    std::string missing_path() const {
        auto n = server.corruption_case().number;
        n.sequence += 100;
        return "/api/v1/staff/cases/" + sync::path_form(n);
    }
    t::CurlAnswer query(const store::Query& q, const std::string& token) const {
        return server.curl("/api/v1/staff/cases/query", sync::encode(q), token);
    }
    static store::Query counted() {
        store::Query q;
        q.count_total = true;
        return q;
    }
    std::size_t visible_to_clerk() const {
        std::size_t n = 0;
        for (const auto& c : server.cases()) n += c.corruption ? 0 : 1;
        return n;
    }
};

std::string number_segment(const std::string& path) {
    const std::string prefix = "/api/v1/staff/cases/";
    auto rest = path.substr(prefix.size());
    return rest.substr(0, rest.find('/'));
}

// The body without the number asked for, in the path's form and as the office writes it (the
// error's detail), so two answers about two numbers compare equal when they say the same.
std::string scrub(std::string raw, const std::string& segment) {
    std::vector<std::string> forms{segment};
    if (auto n = siang::domain::parse_case_number(segment)) forms.push_back(n->str());
    for (const auto& form : forms)
        for (auto at = raw.find(form); at != std::string::npos; at = raw.find(form))
            raw.erase(at, form.size());
    return raw;
}

TEST_F(StaffCases, AClerkAskingForTheCorruptionComplaintByNumberHearsOfNoSuchCase) {
    const auto hidden = server.curl(secret_path(), {}, clerk);
    const auto missing = server.curl(missing_path(), {}, clerk);
    EXPECT_EQ(hidden.status, 404) << hidden.raw;
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(hidden.body.at("error").at("code"), "not_found");
    EXPECT_EQ(scrub(hidden.raw, number_segment(secret_path())),
              scrub(missing.raw, number_segment(missing_path())));
    // Its one-case change counter answers the same.
    const auto n = sync::path_form(server.corruption_case().number);
    EXPECT_EQ(server.curl("/api/v1/staff/changes?case=" + n, {}, clerk).status, 404);
}

TEST_F(StaffCases, AnIntegrityUserReadsItWithItsVersion) {
    const auto a = server.curl(secret_path(), {}, integrity);
    ASSERT_EQ(a.status, 200) << a.raw;
    auto c = sync::decode_versioned_case(a.raw);
    ASSERT_TRUE(c) << a.raw;
    EXPECT_EQ(c->detail.number, server.corruption_case().number);
    EXPECT_NE(c->detail.filed.subject.find(t::corruption_only_word), std::string::npos);
    EXPECT_GT(c->version, 0);
}

TEST_F(StaffCases, SearchWordsOnlyTheCorruptionComplaintHoldsFindNothingForAClerk) {
    store::Query q = counted();
    q.search = t::corruption_only_word;
    const auto mine = query(q, clerk);
    ASSERT_EQ(mine.status, 200) << mine.raw;
    EXPECT_TRUE(mine.body.at("rows").empty());
    EXPECT_EQ(mine.body.at("total"), 0);
    const auto theirs = query(q, integrity);
    ASSERT_EQ(theirs.status, 200);
    EXPECT_EQ(theirs.body.at("rows").size(), 1u);
    EXPECT_EQ(theirs.body.at("total"), 1);
    q.search = "สินบน";  // a prefix of the word: segmented search finds it for integrity only
    EXPECT_TRUE(query(q, clerk).body.at("rows").empty());
    EXPECT_EQ(query(q, integrity).body.at("rows").size(), 1u);
}

TEST_F(StaffCases, NoFilterNorCountRevealsItToAClerk) {
    const auto today = std::chrono::year_month_day{
        std::chrono::floor<std::chrono::days>(domain::Clock::now() + std::chrono::hours{7})};
    std::vector<store::Query> queries;
    {
        store::Query q = counted();
        queries.push_back(q);
        q.kind = domain::Kind::corruption;
        queries.push_back(q);
    }
    {
        store::Query q = counted();
        q.from = today;
        q.to = today;
        queries.push_back(q);
    }
    {
        store::Query q = counted();
        q.status = domain::Status::received;
        queries.push_back(q);
    }
    {
        store::Query q = counted();
        q.sort = store::Sort::due_soonest;
        queries.push_back(q);
        q.sort = store::Sort::oldest;
        queries.push_back(q);
    }
    // Every division a case is in, and the corruption complaint's own.
    const auto secret = sync::decode_versioned_case(server.curl(secret_path(), {}, integrity).raw);
    ASSERT_TRUE(secret);
    for (const std::string& division :
         {secret->detail.filed.division, std::string("works"), std::string("public_works")}) {
        store::Query q = counted();
        q.division = division;
        queries.push_back(q);
    }
    {
        store::Query q = counted();
        q.overdue_only = true;
        queries.push_back(q);
    }
    const std::string secret_number = server.corruption_case().number.str();
    std::size_t clerk_all = 0, integrity_all = 0;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const auto mine = query(queries[i], clerk);
        ASSERT_EQ(mine.status, 200) << i << " " << mine.raw;
        EXPECT_EQ(mine.raw.find(secret_number), std::string::npos) << i;
        for (const auto& row : mine.body.at("rows")) EXPECT_NE(row.at("kind"), "corruption") << i;
        EXPECT_EQ(mine.body.at("total").get<std::size_t>(), mine.body.at("rows").size()) << i;
        if (i == 0) {
            clerk_all = mine.body.at("total");
            integrity_all = query(queries[i], integrity).body.at("total");
        }
    }
    EXPECT_EQ(clerk_all, visible_to_clerk());
    EXPECT_EQ(integrity_all, server.cases().size());
    // kind=corruption: none, and counted as none.
    EXPECT_EQ(query(queries[1], clerk).body.at("total"), 0);
    EXPECT_EQ(query(queries[1], integrity).body.at("total"), 1);
}

TEST_F(StaffCases, AClerksChangesToItAnswerAsForNoSuchCaseAndWriteNothing) {
    const auto before = sync::decode_versioned_case(server.curl(secret_path(), {}, integrity).raw);
    ASSERT_TRUE(before);
    const auto changes_before = server.curl("/api/v1/staff/changes", {}, clerk).body.at("changes");
    const std::vector<std::pair<std::string, std::string>> attempts = {
        {"/status", sync::encode(sync::StatusChangeRequest{std::nullopt, domain::Status::rejected,
                                                           "", "ปิดเรื่อง", "ไม่มีมูล"})},
        {"/notes", sync::encode(sync::NoteRequest{std::nullopt, "อ่านแล้ว"})},
        {"/division", sync::encode(sync::DivisionRequest{std::nullopt, "works"})},
        {"/reissue", sync::encode_reissue_request(std::nullopt)},
    };
    for (const auto& [action, body] : attempts) {
        const auto hidden = server.curl(secret_path() + action, body, clerk);
        const auto missing = server.curl(missing_path() + action, body, clerk);
        EXPECT_EQ(hidden.status, 404) << action << " " << hidden.raw;
        EXPECT_EQ(scrub(hidden.raw, number_segment(secret_path())),
                  scrub(missing.raw, number_segment(missing_path())))
            << action;
    }
    const auto after = sync::decode_versioned_case(server.curl(secret_path(), {}, integrity).raw);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->version, before->version);
    EXPECT_EQ(after->detail.history.size(), before->detail.history.size());
    EXPECT_EQ(after->detail.notes.size(), before->detail.notes.size());
    EXPECT_EQ(after->detail.filed.division, before->detail.filed.division);
    EXPECT_EQ(server.curl("/api/v1/staff/changes", {}, clerk).body.at("changes"), changes_before);
}

TEST_F(StaffCases, AChangeIsRecordedUnderTheSessionsUserAndAStaleVersionWritesNothing) {
    const std::string path =
        "/api/v1/staff/cases/" + sync::path_form(server.ordinary_case().number);
    const auto read = sync::decode_versioned_case(server.curl(path, {}, clerk).raw);
    ASSERT_TRUE(read);
    const auto moved =
        server.curl(path + "/status",
                    sync::encode(sync::StatusChangeRequest{read->version, domain::Status::in_review,
                                                           "", "กำลังตรวจสอบเรื่องของท่าน", ""}),
                    clerk);
    ASSERT_EQ(moved.status, 200) << moved.raw;
    EXPECT_GT(moved.body.at("version").get<std::int64_t>(), read->version);
    // The integrity user sent the version from before the clerk's change.
    const auto stale = server.curl(
        path + "/notes", sync::encode(sync::NoteRequest{read->version, "ของฉัน"}), integrity);
    EXPECT_EQ(stale.status, 409) << stale.raw;
    EXPECT_EQ(stale.body.at("error").at("code"), "case_changed");
    const auto now = sync::decode_versioned_case(server.curl(path, {}, integrity).raw);
    ASSERT_TRUE(now);
    EXPECT_TRUE(now->detail.notes.empty());
    EXPECT_EQ(now->detail.history.back().actor, t::clerk_user);
    EXPECT_EQ(now->detail.history.back().public_reply, "กำลังตรวจสอบเรื่องของท่าน");
    // A reissue answers the new code, and no cache may keep it.
    const auto code =
        server.curl(path + "/reissue", sync::encode_reissue_request(now->version), clerk);
    ASSERT_EQ(code.status, 200) << code.raw;
    EXPECT_EQ(code.body.at("tracking_code").get<std::string>().size(), 12u);
    EXPECT_NE(code.headers.find("no-store"), std::string::npos);
}

TEST_F(StaffCases, EveryCaseEndpointRefusesATokenThatIsNoLiveSession) {
    const std::string forged(64, 'a');
    const std::string ended = server.login(t::clerk_user);
    ASSERT_EQ(server.curl("/api/v1/staff/logout", "{}", ended).status, 200);
    const std::string path =
        "/api/v1/staff/cases/" + sync::path_form(server.ordinary_case().number);
    for (const std::string& token : {std::string(), forged, ended}) {
        EXPECT_EQ(query(store::Query{}, token).status, 401);
        EXPECT_EQ(server.curl(path, {}, token).status, 401);
        EXPECT_EQ(
            server.curl(path + "/notes", sync::encode(sync::NoteRequest{std::nullopt, "x"}), token)
                .status,
            401);
        EXPECT_EQ(server.curl("/api/v1/staff/changes", {}, token).status, 401);
    }
    // A token from another address than its login's.
    EXPECT_EQ(server.curl(path, {}, clerk, {}, "127.0.0.2").status, 401);
}

TEST_F(StaffCases, APageIsCappedAtTheServer) {
    store::Query q;
    q.limit = 100000;
    const auto a = query(q, integrity);
    ASSERT_EQ(a.status, 200) << a.raw;
    EXPECT_LE(a.body.at("rows").size(), static_cast<std::size_t>(sync::max_page_rows));
    const auto bad = server.curl("/api/v1/staff/cases/query", R"({"kind":null})", integrity);
    EXPECT_EQ(bad.status, 400) << bad.raw;
}

}  // namespace
