// Tests for the office client over real HTTPS on loopback: enrolment, pinning, filings and their
// resends, tracking, refusals, a server that is gone; and the uploader on top of it.
#include "sync/office_client.hpp"

#include <gtest/gtest.h>

#include "fake_office.hpp"
#include "support/fake_office_server.hpp"
#include "support/test_dir.hpp"
#include "sync/uploader.hpp"

namespace siang::sync::testing {
namespace {

using namespace std::chrono;
using siang::testing::FakeOfficeServer;

const domain::Directory directory = domain::default_directory();
const domain::TimePoint filed_time = sys_days{2026y / November / 20} + hours{3};

Filing a_filing(std::string uuid = "3f2b8c1e-5d4a-4e6f-9a7b-2c1d0e9f8a7b") {
    Filing f;
    f.uuid = std::move(uuid);
    f.filed_at = filed_time;
    f.code = domain::generate_tracking_code();
    f.draft.kind = domain::Kind::complaint;
    f.draft.subject = "ถนนชำรุด";
    f.draft.details = "หลุมใหญ่หน้าตลาด";
    return f;
}

class OfficeClientTest : public ::testing::Test {
  protected:
    FakeOfficeServer office;

    DeviceCredential enrolled() {
        auto c = enrol(office.url(), office.fingerprint(), FakeOfficeServer::enrolment_code);
        EXPECT_TRUE(c) << error_name(c.error().code) << " " << c.error().detail;
        return *c;
    }
    std::unique_ptr<OfficeClient> client(const DeviceCredential& c) {
        auto l = OfficeClient::connect(c);
        EXPECT_TRUE(l) << error_name(l.error().code);
        return std::move(*l);
    }
};

TEST_F(OfficeClientTest, EnrolmentGivesTheCredentialAndTheCodeWorksOnce) {
    const DeviceCredential c = enrolled();
    EXPECT_EQ(c.url, office.url());
    EXPECT_EQ(c.fingerprint, office.fingerprint());
    EXPECT_EQ(c.kiosk, FakeOfficeServer::kiosk_name);
    EXPECT_EQ(c.token, office.token());
    auto again = enrol(office.url(), office.fingerprint(), FakeOfficeServer::enrolment_code);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, Errc::enrolment_refused);
}

TEST_F(OfficeClientTest, AnotherCertificateIsRefusedBeforeTheCodeIsSent) {
    auto c = enrol(office.url(), FakeOfficeServer::other_fingerprint(),
                   FakeOfficeServer::enrolment_code);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, Errc::server_untrusted);
    EXPECT_EQ(c.error().detail, office.fingerprint());
    // The code never reached the server: it still enrols.
    enrolled();
}

TEST_F(OfficeClientTest, TheFingerprintIsAcceptedInOpensslsColonForm) {
    std::string colons;
    for (std::size_t i = 0; i < office.fingerprint().size(); i += 2)
        colons += (i ? ":" : "") + office.fingerprint().substr(i, 2);
    for (char& ch : colons) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    auto c = enrol(office.url(), colons, FakeOfficeServer::enrolment_code);
    ASSERT_TRUE(c) << error_name(c.error().code);
    EXPECT_EQ(c->fingerprint, office.fingerprint());
}

TEST_F(OfficeClientTest, AResendGetsTheFirstAnswerAndOtherContentIsAConflict) {
    auto link = client(enrolled());
    const Filing f = a_filing();
    const std::string body = encode(f);
    auto first = link->send_filing(body);
    ASSERT_TRUE(first) << error_name(first.error().code);
    EXPECT_EQ(first->uuid, f.uuid);
    EXPECT_EQ(first->case_number, (domain::CaseNumber{2570, 1}));
    auto again = link->send_filing(body);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->case_number, first->case_number);
    Filing other = f;
    other.draft.subject = "อย่างอื่น";
    auto conflict = link->send_filing(encode(other));
    ASSERT_FALSE(conflict);
    EXPECT_EQ(conflict.error().code, Errc::filing_conflict);
    EXPECT_TRUE(refused_for_good(conflict.error().code));
    EXPECT_EQ(office.filings(), 1u);
}

TEST_F(OfficeClientTest, TrackingAsksTheServer) {
    auto link = client(enrolled());
    const Filing f = a_filing();
    ASSERT_TRUE(link->send_filing(encode(f)));
    auto status = link->track(f.code);
    ASSERT_TRUE(status) << error_name(status.error().code);
    EXPECT_EQ(status->kind, domain::Kind::complaint);
    EXPECT_EQ(status->status, domain::Status::received);
    auto unknown = link->track(domain::generate_tracking_code());
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, Errc::unknown_code);
}

TEST_F(OfficeClientTest, ARevokedOrForgedTokenIsDeviceRefused) {
    DeviceCredential c = enrolled();
    DeviceCredential forged = c;
    forged.token = std::string(64, 'f');
    auto refused = client(forged)->send_filing(encode(a_filing()));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Errc::device_refused);
    office.revoke();
    auto revoked = client(c)->report_backlog({1, 0});
    ASSERT_FALSE(revoked);
    EXPECT_EQ(revoked.error().code, Errc::device_refused);
}

TEST_F(OfficeClientTest, AServerThatIsGoneIsUnreachable) {
    auto link = client(enrolled());
    office.stop();
    auto r = link->send_filing(encode(a_filing()));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::server_unreachable);
    EXPECT_FALSE(refused_for_good(r.error().code));
}

TEST_F(OfficeClientTest, ATokenThatIsNotHexIsNeverPutInAHeader) {
    DeviceCredential c = enrolled();
    c.token = std::string(62, 'a') + "\r\n";
    auto l = OfficeClient::connect(c);
    ASSERT_FALSE(l);
    EXPECT_EQ(l.error().code, Errc::not_enrolled);
}

TEST_F(OfficeClientTest, TheUploaderDeliversAnOutboxOverHttps) {
    const auto dir = siang::testing::test_dir("office_client") / "outbox";
    auto outbox = Outbox::open(dir.string(), true);
    ASSERT_TRUE(outbox);
    ASSERT_TRUE(outbox->save_credential(enrolled()));
    std::vector<std::string> uuids;
    for (int i = 0; i < 3; ++i) {
        domain::Draft d;
        d.kind = domain::Kind::suggestion;
        d.subject = "ข้อเสนอ " + std::to_string(i);
        d.details = "รายละเอียด";
        uuids.push_back(outbox->file(d, filed_time, directory)->uuid);
    }
    Uploader uploader(
        dir.string(),
        [](const DeviceCredential& c) -> Result<std::unique_ptr<OfficeLink>> {
            auto l = OfficeClient::connect(c);
            if (!l) return std::unexpected(l.error());
            return std::unique_ptr<OfficeLink>(std::move(*l));
        },
        quick_retries());
    ASSERT_TRUE(eventually([&] { return outbox->status()->pending == 0; }));
    const auto got = office.received();
    ASSERT_EQ(got.size(), 3u);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(got[i].uuid, uuids[i]);
    ASSERT_TRUE(eventually([&] {
        auto b = office.last_heartbeat();
        return b && b->pending == 0;
    }));
}

}  // namespace
}  // namespace siang::sync::testing
