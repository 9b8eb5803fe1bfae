// Tests for the background uploader against a scripted office in memory: order, resends after
// doubt, quarantine, refusal of the device, backoff, restarts.
#include "sync/uploader.hpp"

#include <gtest/gtest.h>

#include <atomic>

#include "fake_office.hpp"
#include "support/test_dir.hpp"

namespace siang::sync::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

const domain::Directory directory = domain::default_directory();
const domain::TimePoint filed_time = sys_days{2026y / November / 20} + hours{3};

domain::Draft suggestion(int i) {
    domain::Draft d;
    d.kind = domain::Kind::suggestion;
    d.subject = "ข้อเสนอแนะที่ " + std::to_string(i);
    d.details = "ขอให้เพิ่มถังขยะหน้าตลาด";
    auto v = domain::validate_draft(d, directory, filed_time);
    EXPECT_TRUE(v);
    return *v;
}

class UploaderTest : public ::testing::Test {
  protected:
    fs::path dir = siang::testing::test_dir("uploader") / "outbox";
    Outbox outbox = [this] {
        auto o = Outbox::open(dir.string(), true);
        EXPECT_TRUE(o);
        EXPECT_TRUE(o->save_credential(test_credential()));
        return std::move(*o);
    }();
    FakeOffice office;

    std::vector<std::string> file(int n) {
        std::vector<std::string> uuids;
        for (int i = 0; i < n; ++i) {
            auto r = outbox.file(suggestion(i), filed_time, directory);
            EXPECT_TRUE(r);
            uuids.push_back(r->uuid);
        }
        return uuids;
    }
    std::int64_t pending() { return outbox.status()->pending; }
    bool numbered(const std::string& uuid) {
        auto n = outbox.case_number_of(uuid);
        return n && n->has_value();
    }
};

TEST_F(UploaderTest, SendsEveryFilingInFilingOrderAndKeepsTheCaseNumbers) {
    const auto uuids = file(8);
    Uploader uploader(dir.string(), links_to(office), quick_retries());
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
    EXPECT_EQ(office.order(), uuids);
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(**outbox.case_number_of(uuids[i]), (domain::CaseNumber{2570, i + 1}));
}

TEST_F(UploaderTest, FilingsCommittedWhileRunningGoOnNotify) {
    Uploader uploader(dir.string(), links_to(office), quick_retries());
    const auto uuids = file(3);
    uploader.notify();
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
    EXPECT_EQ(office.order(), uuids);
}

TEST_F(UploaderTest, AnswerLostAfterTheServerCommittedIsResentAndStoredOnce) {
    const auto uuids = file(3);
    office.script({Fault::none, Fault::cut_after, Fault::cut_after, Fault::cut_before});
    Uploader uploader(dir.string(), links_to(office), quick_retries());
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
    // The server saw the second filing three times and kept it once, in its place.
    EXPECT_EQ(office.order(), uuids);
    EXPECT_GE(office.calls(), 3 + 3);
    EXPECT_EQ(**outbox.case_number_of(uuids[1]), (domain::CaseNumber{2570, 2}));
    EXPECT_EQ(**outbox.case_number_of(uuids[2]), (domain::CaseNumber{2570, 3}));
}

TEST_F(UploaderTest, ResendsTheSameBytesEveryTime) {
    file(1);
    office.script({Fault::busy, Fault::cut_after, Fault::busy});
    Uploader uploader(dir.string(), links_to(office), quick_retries());
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
    // A different body under the same uuid would have been a conflict at the fake server.
    EXPECT_EQ(outbox.quarantined()->size(), 0u);
    EXPECT_EQ(office.order().size(), 1u);
}

// An answer naming the filing queued behind must not number that one: only the ack of the
// filing sent counts, and the one sent is sent again.
TEST_F(UploaderTest, AnAckNamingAnotherFilingIsNotSuccess) {
    const auto uuids = file(2);
    office.misdirect_to(uuids[1]);
    office.script({Fault::wrong_uuid});
    Uploader uploader(dir.string(), links_to(office), quick_retries());
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
    EXPECT_EQ(office.calls(), 3);
    EXPECT_EQ(**outbox.case_number_of(uuids[0]), (domain::CaseNumber{2570, 1}));
    EXPECT_EQ(**outbox.case_number_of(uuids[1]), (domain::CaseNumber{2570, 2}));
}

TEST_F(UploaderTest, AConflictIsQuarantinedAndTheNextFilingStillGoes) {
    const auto uuids = file(3);
    office.seed(uuids[1], R"({"another":"kiosk's bytes"})");
    Uploader uploader(dir.string(), links_to(office), quick_retries());
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
    EXPECT_EQ(office.order(), (std::vector<std::string>{uuids[0], uuids[2]}));
    auto held = outbox.quarantined();
    ASSERT_TRUE(held);
    ASSERT_EQ(held->size(), 1u);
    EXPECT_EQ((*held)[0].first, uuids[1]);
    EXPECT_EQ((*held)[0].second.code, Errc::filing_conflict);
    EXPECT_FALSE(numbered(uuids[1]));
    EXPECT_EQ(outbox.status()->quarantined, 1);
}

TEST_F(UploaderTest, RetriesWhileTheServerIsDownThenDeliversEverything) {
    const auto uuids = file(2);
    office.otherwise(Fault::cut_before);
    Uploader uploader(dir.string(), links_to(office), quick_retries());
    ASSERT_TRUE(eventually([&] { return office.calls() >= 5; }));
    EXPECT_EQ(pending(), 2);
    auto status = outbox.status();
    ASSERT_TRUE(status->last_error);
    EXPECT_EQ(status->last_error->code, Errc::server_unreachable);
    EXPECT_GE((*outbox.next_pending())->attempts, 1);
    office.otherwise(Fault::none);
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
    EXPECT_EQ(office.order(), uuids);
    EXPECT_FALSE(outbox.status()->last_error);
}

TEST_F(UploaderTest, ARefusedDeviceStopsUntilNotified) {
    const auto uuids = file(1);
    office.script({Fault::device_refused});
    std::atomic<int> changes{0};
    Uploader uploader(dir.string(), links_to(office), quick_retries(), [&] { ++changes; });
    ASSERT_TRUE(eventually([&] { return office.calls() == 1 && changes > 0; }));
    // Many backoffs long: still one call.
    std::this_thread::sleep_for(milliseconds{300});
    EXPECT_EQ(office.calls(), 1);
    EXPECT_EQ(outbox.status()->last_error->code, Errc::device_refused);
    uploader.notify();  // e.g. enrolled again
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
    EXPECT_EQ(office.order(), uuids);
}

TEST_F(UploaderTest, RestartResumesFromTheOutbox) {
    const auto uuids = file(4);
    office.script({Fault::none});
    office.otherwise(Fault::cut_before);
    {
        Uploader first(dir.string(), links_to(office), quick_retries());
        ASSERT_TRUE(eventually([&] { return office.calls() >= 3; }));
    }
    EXPECT_EQ(pending(), 3);
    office.otherwise(Fault::none);
    Uploader second(dir.string(), links_to(office), quick_retries());
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
    EXPECT_EQ(office.order(), uuids);
}

TEST_F(UploaderTest, StopReturnsPromptlyWhileBackingOff) {
    file(1);
    office.otherwise(Fault::cut_before);
    Uploader uploader(dir.string(), links_to(office),
                      {.first_backoff = minutes{10}, .max_backoff = minutes{10}});
    ASSERT_TRUE(eventually([&] { return office.calls() == 1 && outbox.status()->last_error; }));
    const auto t0 = steady_clock::now();
    uploader.stop();
    // A hang guard, not a timing: the backoff it cut short was ten minutes.
    EXPECT_LT(steady_clock::now() - t0, seconds{30});
    EXPECT_EQ(office.calls(), 1);
}

TEST_F(UploaderTest, ReportsTheBacklogOnceTheQueueDrains) {
    const auto uuids = file(2);
    office.seed(uuids[0], "{}");
    Uploader uploader(dir.string(), links_to(office), quick_retries());
    ASSERT_TRUE(eventually([&] {
        auto beats = office.heartbeats();
        return !beats.empty() && beats.back().pending == 0 && beats.back().quarantined == 1;
    }));
}

TEST_F(UploaderTest, NotEnrolledIsRecordedAndTheFilingWaits) {
    fs::remove(dir / "device.json");
    file(1);
    Uploader uploader(dir.string(), links_to(office), quick_retries());
    ASSERT_TRUE(eventually([&] {
        auto s = outbox.status();
        return s && s->last_error && s->last_error->code == Errc::not_enrolled;
    }));
    EXPECT_EQ(office.calls(), 0);
    ASSERT_TRUE(outbox.save_credential(test_credential()));
    uploader.notify();
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
}

TEST_F(UploaderTest, ChangedIsCalledAfterEachAcknowledgement) {
    file(3);
    std::atomic<int> changes{0};
    Uploader uploader(dir.string(), links_to(office), quick_retries(), [&] { ++changes; });
    ASSERT_TRUE(eventually([&] { return pending() == 0; }));
    uploader.stop();
    EXPECT_GE(changes.load(), 3);
}

}  // namespace
}  // namespace siang::sync::testing
