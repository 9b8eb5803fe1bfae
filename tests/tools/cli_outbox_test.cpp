// `siang outbox` end to end: the real binary against a stand-in office over HTTPS on loopback —
// enrolment, filing with and without the server, sync, status and tracking.
#include <sys/stat.h>

#include "support/fake_office_server.hpp"
#include "sync/enrolment_link.hpp"
#include "tools/cli_fixture.hpp"

namespace {

using siang::testing::FakeOfficeServer;

class CliOutbox : public Cli {
  protected:
    FakeOfficeServer office;
    fs::path outbox = dir / "outbox";

    CliRun outbox_run(std::vector<std::string> args, const std::string& stdin_text = {}) {
        args.insert(args.begin(), {"--lang", "en", "outbox", "--dir", outbox.string()});
        return run(args, stdin_text);
    }
    json outbox_json(std::vector<std::string> args) {
        args.insert(args.begin(), {"outbox", "--dir", outbox.string()});
        return run_json(args);
    }
    void enrol() {
        CliRun r = outbox_run({"enrol", office.url(), FakeOfficeServer::enrolment_code,
                               "--fingerprint", office.fingerprint()});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    json file(const std::string& subject) {
        return outbox_json({"submit", "--kind", "complaint", "--subject", subject, "--details",
                            "รายละเอียดของเรื่อง " + subject});
    }
};

int mode_of(const fs::path& p) {
    struct stat st {};
    EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
    return static_cast<int>(st.st_mode & 0777);
}

TEST_F(CliOutbox, EnrolledSubmitIsNumberedByTheOffice) {
    enrol();
    EXPECT_EQ(mode_of(outbox), 0700);
    EXPECT_EQ(mode_of(outbox / "device.json"), 0600);
    const json r = file("ถนนชำรุด");
    EXPECT_EQ(r["case_number"], "2570-000001");
    EXPECT_EQ(r["tracking_code"].get<std::string>().size(), 12u);
    EXPECT_EQ(r["uuid"].get<std::string>().size(), 36u);
    ASSERT_EQ(office.filings(), 1u);
    EXPECT_EQ(office.received()[0].uuid, r["uuid"]);
    EXPECT_EQ(office.received()[0].draft.subject, "ถนนชำรุด");
    const json s = outbox_json({"status"});
    EXPECT_EQ(s["pending"], 0);
    EXPECT_EQ(s["quarantined"], 0);
    EXPECT_TRUE(s["last_success"].is_string());
}

TEST_F(CliOutbox, EnrolsFromTheQrLine) {
    const std::string line = siang::sync::encode_enrolment_link(
        {office.url(), FakeOfficeServer::enrolment_code, office.fingerprint()});
    CliRun r = outbox_run({"enrol", "--link", line + "\r\n"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find(FakeOfficeServer::kiosk_name), std::string::npos) << r.out;
    EXPECT_FALSE(file("ไฟดับ")["case_number"].is_null());
}

TEST_F(CliOutbox, AServerWithAnotherCertificateIsRefusedAndTheCodeKept) {
    CliRun r = outbox_run({"enrol", office.url(), FakeOfficeServer::enrolment_code, "--fingerprint",
                           FakeOfficeServer::other_fingerprint()});
    EXPECT_EQ(r.exit_code, 8) << r.err;
    EXPECT_NE(r.err.find("not the office server"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(outbox / "device.json"));
    enrol();  // the code never left this machine
}

TEST_F(CliOutbox, AUsedCodeIsRefused) {
    enrol();
    CliRun r = outbox_run({"enrol", office.url(), FakeOfficeServer::enrolment_code, "--fingerprint",
                           office.fingerprint()});
    EXPECT_EQ(r.exit_code, 7) << r.err;
    EXPECT_NE(r.err.find("enrolment code cannot be used"), std::string::npos) << r.err;
}

TEST_F(CliOutbox, ABadFingerprintOrLinkIsAUsageError) {
    CliRun bad = outbox_run({"enrol", office.url(), "X", "--fingerprint", "12:34"});
    EXPECT_EQ(bad.exit_code, 2) << bad.err;
    CliRun link = outbox_run({"enrol", "--link", "not a link"});
    EXPECT_EQ(link.exit_code, 3) << link.err;
    EXPECT_EQ(office.filings(), 0u);
}

TEST_F(CliOutbox, SubmitBeforeEnrolmentSaysSoAndFilesNothing) {
    CliRun r = outbox_run({"submit", "--kind", "suggestion", "--subject", "ก", "--details", "ข"});
    EXPECT_EQ(r.exit_code, 6) << r.err;
    EXPECT_NE(r.err.find("not enrolled"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(outbox));
}

TEST_F(CliOutbox, SubmitTakesTheSameJsonInputAsSiangSubmit) {
    enrol();
    CliRun r =
        outbox_run({"--json", "submit", "--input", "-"},
                   R"({"kind":"eservice","service":"streetlight","subject":"ไฟดับ","details":"สามคืน",
            "name":"สมชาย","phone":"081-234-5678"})");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(office.filings(), 1u);
    EXPECT_EQ(office.received()[0].draft.service, "streetlight");
    EXPECT_EQ(office.received()[0].draft.contact.phone, "0812345678");
    CliRun typo = outbox_run({"submit", "--input", "-"}, R"({"kind":"complaint","subjcet":"x"})");
    EXPECT_EQ(typo.exit_code, 3) << typo.err;
    EXPECT_EQ(office.filings(), 1u);
}

TEST_F(CliOutbox, AnInvalidDraftIsRefusedBeforeAnythingIsFiled) {
    enrol();
    CliRun r = outbox_run({"submit", "--kind", "complaint", "--subject", "", "--details", "x"});
    EXPECT_EQ(r.exit_code, 3) << r.err;
    EXPECT_EQ(outbox_json({"status"})["pending"], 0);
}

TEST_F(CliOutbox, WithTheServerDownTheFilingWaitsAndSyncDeliversItLater) {
    enrol();
    office.stop();
    const json r = file("ท่อระบายน้ำอุดตัน");
    EXPECT_TRUE(r["case_number"].is_null());
    const std::string code = r["tracking_code"];
    json s = outbox_json({"status"});
    EXPECT_EQ(s["pending"], 1);
    EXPECT_EQ(s["last_error"]["error"], "server_unreachable");

    CliRun waited = outbox_run({"sync", "--wait", "1"});
    EXPECT_EQ(waited.exit_code, 9) << waited.err;
    EXPECT_NE(waited.err.find("1 filings are still waiting"), std::string::npos) << waited.err;
    EXPECT_NE(waited.err.find("Cannot reach the office server"), std::string::npos) << waited.err;

    // Tracking a code still here is answered here.
    CliRun here = outbox_run({"track", code});
    EXPECT_EQ(here.exit_code, 0) << here.err;
    EXPECT_NE(here.out.find("being sent to the office"), std::string::npos) << here.out;

    office.restart();
    CliRun synced = outbox_run({"sync", "--wait", "20"});
    EXPECT_EQ(synced.exit_code, 0) << synced.err;
    s = outbox_json({"status"});
    EXPECT_EQ(s["pending"], 0);
    ASSERT_EQ(office.filings(), 1u);
    EXPECT_EQ(office.received()[0].code.str(), code);
    // Delivered: now the office answers for it.
    const json tracked = outbox_json({"track", code});
    EXPECT_EQ(tracked["status"], "received");
}

TEST_F(CliOutbox, TrackingWithTheServerDownSaysSoPlainly) {
    enrol();
    office.stop();
    const std::string unknown_here = siang::domain::generate_tracking_code().str();
    CliRun r = outbox_run({"track", unknown_here});
    EXPECT_EQ(r.exit_code, 9) << r.err;
    EXPECT_NE(r.err.find("cannot be reached right now"), std::string::npos) << r.err;
    CliRun th = run({"--lang", "th", "outbox", "--dir", outbox.string(), "track", unknown_here});
    EXPECT_EQ(th.exit_code, 9);
    EXPECT_NE(th.err.find("ขณะนี้ติดต่อสำนักงานไม่ได้"), std::string::npos) << th.err;
}

TEST_F(CliOutbox, TrackingAMistypedCodeIsRefusedLocally) {
    enrol();
    std::string code = siang::domain::generate_tracking_code().str();
    code.back() = code.back() == '9' ? '0' : static_cast<char>(code.back() + 1);
    CliRun r = outbox_run({"track", code});
    EXPECT_EQ(r.exit_code, 3) << r.err;
}

TEST_F(CliOutbox, ARevokedKioskKeepsItsFilingsAndSyncReportsTheRefusal) {
    enrol();
    office.revoke();
    const json r = file("ขยะไม่ถูกเก็บ");
    EXPECT_TRUE(r["case_number"].is_null());
    CliRun waited = outbox_run({"sync", "--wait", "1"});
    EXPECT_EQ(waited.exit_code, 9);
    EXPECT_NE(waited.err.find("does not accept this machine"), std::string::npos) << waited.err;
    EXPECT_EQ(outbox_json({"status"})["pending"], 1);
}

TEST_F(CliOutbox, StatusInTextAndThai) {
    enrol();
    office.stop();
    file("ไฟดับ");
    CliRun en = outbox_run({"status"});
    EXPECT_EQ(en.exit_code, 0);
    EXPECT_NE(en.out.find("Waiting to be sent: 1"), std::string::npos) << en.out;
    CliRun th = run({"--lang", "th", "outbox", "--dir", outbox.string(), "status"});
    EXPECT_NE(th.out.find("รอส่ง 1 เรื่อง"), std::string::npos) << th.out;
}

TEST_F(CliOutbox, SyncWithoutEnrolmentIsNotEnrolled) {
    CliRun r = outbox_run({"sync", "--wait", "1"});
    EXPECT_EQ(r.exit_code, 6) << r.err;
}

}  // namespace
