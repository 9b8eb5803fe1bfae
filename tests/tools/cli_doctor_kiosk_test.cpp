// `siang doctor --outbox` on a kiosk (issue 15): enrolled and accepted, not enrolled, the office
// down, and a revoked kiosk named plainly; against a real siang-server on 127.0.0.1.
#include <memory>

#include "cli_fixture.hpp"
#include "support/server_process.hpp"

namespace {

class DoctorKiosk : public Cli {
  protected:
    fs::path outbox = dir / "outbox";
    std::unique_ptr<siang::testing::ServerProcess> server;
    std::string url;

    void SetUp() override {
        Cli::SetUp();
        ASSERT_EQ(run({"server", "init"}).exit_code, 0);
        server = std::make_unique<siang::testing::ServerProcess>(SIANG_SERVER, store, dir);
        ASSERT_TRUE(server->start());
        url = "https://127.0.0.1:" + std::to_string(server->office_port());
    }
    // Enrols `outbox` as kiosk `name` with a fresh code.
    void enrol(const std::string& name) {
        const json offer = run_json({"kiosk", "add", name, "--url", url});
        CliRun r = run({"outbox", "--dir", outbox.string(), "enrol", url,
                        offer.at("enrolment_code").get<std::string>(), "--fingerprint",
                        offer.at("fingerprint").get<std::string>()});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    // The doctor's "kiosk" row for `outbox`.
    json kiosk_row(const std::string& lang = "en") {
        CliRun r = run({"--json", "--lang", lang, "doctor", "--outbox", outbox.string()});
        const json j = json::parse(r.out);
        for (const auto& row : j.at("checks"))
            if (row.at("check") == "kiosk") return row;
        ADD_FAILURE() << "no kiosk row in " << r.out;
        return {};
    }
};

TEST_F(DoctorKiosk, AnEnrolledKioskTheOfficeAcceptsIsOk) {
    enrol("kiosk-hall");
    const json row = kiosk_row();
    EXPECT_EQ(row["verdict"], "ok") << row;
    EXPECT_EQ(row["code"], "doctor.kiosk_enrolled");
    EXPECT_NE(row["message"].get<std::string>().find("kiosk-hall"), std::string::npos) << row;
    // The check is the kiosk's own heartbeat: the office saw it.
    const json list = run_json({"kiosk", "list"});
    EXPECT_NE(list.dump().find("kiosk-hall"), std::string::npos);
}

TEST_F(DoctorKiosk, AKioskWithoutAnOutboxIsNamedAndTheExitSaysAction) {
    CliRun r = run({"--json", "doctor", "--outbox", (dir / "no-such-outbox").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("doctor.kiosk_no_outbox"), std::string::npos) << r.out;
}

TEST_F(DoctorKiosk, ARevokedKioskIsNamedPlainlyInThaiAndEnglish) {
    enrol("kiosk-market");
    ASSERT_EQ(run({"kiosk", "revoke", "kiosk-market"}).exit_code, 0);
    const json en = kiosk_row("en");
    EXPECT_EQ(en["verdict"], "fail") << en;
    EXPECT_EQ(en["code"], "doctor.kiosk_refused");
    const std::string en_text = en["message"].get<std::string>();
    EXPECT_NE(en_text.find("kiosk-market"), std::string::npos) << en_text;
    EXPECT_NE(en_text.find("revoked"), std::string::npos) << en_text;
    const std::string th_text = kiosk_row("th")["message"].get<std::string>();
    EXPECT_NE(th_text.find("kiosk-market"), std::string::npos) << th_text;
    EXPECT_NE(th_text.find("ถูกเพิกถอน"), std::string::npos) << th_text;
}

TEST_F(DoctorKiosk, AnOfficeThatIsDownIsNamed) {
    enrol("kiosk-hall");
    server->kill9();
    const json row = kiosk_row();
    EXPECT_EQ(row["verdict"], "fail") << row;
    EXPECT_EQ(row["code"], "doctor.server_down");
    EXPECT_NE(row["message"].get<std::string>().find(url), std::string::npos) << row;
}

}  // namespace
