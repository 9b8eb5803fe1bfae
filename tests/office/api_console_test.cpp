// The console's view models against a real siang-server on loopback (issue 12): the queue's
// pages and filters through ApiClient, a status change whose Thai public reply the kiosk's
// tracking endpoint then shows, and two consoles racing on one case.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "office/console/api_client.hpp"
#include "office/console/case_desk.hpp"
#include "office/console/queue_model.hpp"
#include "support/staff_server.hpp"
#include "support/test_dir.hpp"
#include "sync/office_api.hpp"

namespace siang::office {
namespace {

using nlohmann::json;
namespace t = siang::testing;

class ApiConsole : public ::testing::Test {
  protected:
    t::StaffServer server{SIANG_CLI, SIANG_SERVER, t::test_dir("office")};
    void SetUp() override { ASSERT_TRUE(server.ready()) << server.error(); }

    // A console logged in as `user`: its own client, as on another PC.
    std::unique_ptr<ApiClient> console(const char* user) {
        auto c = ApiClient::connect({server.url(), server.fingerprint()});
        EXPECT_TRUE(c);
        if (!c) return nullptr;
        auto who = (*c)->authenticate(user, t::staff_password, "");
        EXPECT_TRUE(who) << error_name(who.error().code);
        return std::move(*c);
    }
    static store::Viewer viewer_of(const ApiClient& c) {
        const auto& u = *c.session_user();
        return staff::viewer_for(u.username, u.role);
    }
};

TEST_F(ApiConsole, TheQueuePagesAndFiltersThroughTheServer) {
    const auto demo = server.cli({"demo", "120"});
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
    auto clerk = console(t::clerk_user);
    ASSERT_TRUE(clerk);
    const auto viewer = viewer_of(*clerk);
    QueueModel queue;
    ASSERT_TRUE(queue.refresh(*clerk, viewer));
    EXPECT_EQ(queue.rows().size(), static_cast<std::size_t>(QueueModel::page_size));
    ASSERT_TRUE(queue.has_next_page());
    const auto first = queue.rows().front().number;
    queue.next_page();
    ASSERT_TRUE(queue.refresh(*clerk, viewer));
    EXPECT_EQ(queue.page(), 1);
    EXPECT_FALSE(queue.rows().empty());
    EXPECT_NE(queue.rows().front().number, first);
    for (const auto& row : queue.rows()) EXPECT_NE(row.kind, domain::Kind::corruption);

    QueueFilters f;
    f.kind = domain::Kind::complaint;
    queue.set_filters(f);
    ASSERT_TRUE(queue.refresh(*clerk, viewer));
    ASSERT_FALSE(queue.rows().empty());
    for (const auto& row : queue.rows()) EXPECT_EQ(row.kind, domain::Kind::complaint);
    f.kind = domain::Kind::corruption;
    queue.set_filters(f);
    ASSERT_TRUE(queue.refresh(*clerk, viewer));
    EXPECT_TRUE(queue.rows().empty()) << "a clerk's corruption filter finds nothing";
    f = {};
    f.search = "ถนน";  // a Thai prefix: ถนนชำรุดซอยสาม is found
    queue.set_filters(f);
    ASSERT_TRUE(queue.refresh(*clerk, viewer));
    ASSERT_FALSE(queue.rows().empty());
    f.search = t::corruption_only_word;
    queue.set_filters(f);
    ASSERT_TRUE(queue.refresh(*clerk, viewer));
    EXPECT_TRUE(queue.rows().empty());
    queue.set_sort(store::Sort::due_soonest);
    f = {};
    f.overdue_only = true;
    queue.set_filters(f);
    ASSERT_TRUE(queue.refresh(*clerk, viewer));
    for (const auto& row : queue.rows()) EXPECT_TRUE(row.overdue);
}

TEST_F(ApiConsole, AThaiPublicReplyIsWhatTheKiosksTrackingShows) {
    auto clerk = console(t::clerk_user);
    ASSERT_TRUE(clerk);
    const auto viewer = viewer_of(*clerk);
    CaseDesk desk;
    ASSERT_TRUE(desk.open(*clerk, viewer, server.ordinary_case().number));
    const std::string reply = "เจ้าหน้าที่กำลังตรวจสอบถนนที่ชำรุด คาดว่าจะซ่อมเสร็จภายในสัปดาห์นี้";
    auto moved =
        desk.change_status(*clerk, viewer, {domain::Status::in_review, "ส่งช่างไปดูแล้ว", reply, ""});
    ASSERT_TRUE(moved) << error_name(moved.error().code);
    EXPECT_EQ(desk.current()->status, domain::Status::in_review);
    EXPECT_EQ(desk.current()->history.back().actor, t::clerk_user);

    const auto added = server.cli({"--json", "kiosk", "add", "kiosk-1"});
    ASSERT_EQ(added.exit_code, 0) << added.err;
    const auto enrolled =
        server.curl("/api/v1/enrol",
                    json{{"enrolment_code", json::parse(added.out).at("enrolment_code")}}.dump());
    ASSERT_EQ(enrolled.status, 200) << enrolled.raw;
    const auto tracked =
        server.curl("/api/v1/track", sync::encode_track_request(server.ordinary_case().code),
                    enrolled.body.at("token"));
    ASSERT_EQ(tracked.status, 200) << tracked.raw;
    EXPECT_EQ(tracked.body.at("status"), "in_review");
    EXPECT_EQ(tracked.body.at("public_reply"), reply);
    EXPECT_EQ(tracked.raw.find("ส่งช่างไปดูแล้ว"), std::string::npos) << "the internal note";
}

TEST_F(ApiConsole, OfTwoConsolesRacingOnOneCaseTheSecondIsRefusedAndNothingOfItIsWritten) {
    auto clerk = console(t::clerk_user);
    auto other = console(t::integrity_user);
    ASSERT_TRUE(clerk && other);
    const auto number = server.ordinary_case().number;
    CaseDesk mine, theirs;
    ASSERT_TRUE(mine.open(*clerk, viewer_of(*clerk), number));
    ASSERT_TRUE(theirs.open(*other, viewer_of(*other), number));

    ASSERT_TRUE(mine.change_status(*clerk, viewer_of(*clerk),
                                   {domain::Status::in_review, "", "รับเรื่องไว้ตรวจสอบ", ""}));
    const std::string typed = "โทรคุยกับผู้ร้องแล้ว";
    auto late = theirs.add_note(*other, viewer_of(*other), typed);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, Errc::case_changed);
    EXPECT_EQ(late.error().detail, number.str());
    // Read again after the refusal: the clerk's change is what the second console shows now.
    EXPECT_EQ(theirs.current()->status, domain::Status::in_review);
    EXPECT_TRUE(theirs.current()->notes.empty()) << "nothing of the refused note was written";
    auto again =
        theirs.change_status(*other, viewer_of(*other), {domain::Status::in_progress, "", "", ""});
    EXPECT_TRUE(again) << "a change sent after reading the case again is written";

    // The clerk's console has not read that change: its next change is refused too.
    auto stale = mine.assign_division(*clerk, viewer_of(*clerk), "works");
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, Errc::case_changed);
    mine.ask_reissue();
    ASSERT_TRUE(mine.confirm_reissue(*clerk, viewer_of(*clerk), ""))
        << "after the reload the version is current";
}

}  // namespace
}  // namespace siang::office
