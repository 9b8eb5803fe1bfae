// `siang kiosk add/list/revoke/quarantine` end to end: the enrolment code, URL and fingerprint,
// the QR a kiosk's scanner reads (zbarimg), JSON output, admin-only, revocation.
#include "tools/cli_fixture.hpp"

namespace {

// Runs a shell command, returning its standard output.
std::string shell(const std::string& cmd) {
    std::string out;
    FILE* p = ::popen(cmd.c_str(), "r");
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

class CliKiosk : public CliWithStaff {
  protected:
    void SetUp() override {
        CliWithStaff::SetUp();
        // The certificate `siang server init` puts beside the store; openssl's own fingerprint of
        // it is what the kiosk must pin.
        const auto crt = (dir / "siang-server.crt").string();
        ASSERT_EQ(run({"server", "init"}).exit_code, 0);
        std::string fp = shell("openssl x509 -noout -fingerprint -sha256 -in " + quote(crt));
        fp = fp.substr(fp.find('=') + 1);
        for (char c : fp)
            if (c != ':')
                fingerprint += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        ASSERT_EQ(fingerprint.size(), 64u);
    }
    std::string fingerprint;
    const std::string url = "https://192.168.1.10:8443";
};

TEST_F(CliKiosk, AddPrintsCodeUrlAndFingerprintAsJson) {
    json out = run_json({"kiosk", "add", "counter-1", "--url", url});
    EXPECT_EQ(out["name"], "counter-1");
    EXPECT_EQ(out["url"], url);
    EXPECT_EQ(out["fingerprint"], fingerprint);
    const std::string code = out["enrolment_code"];
    EXPECT_EQ(code.size(), 19u);
    EXPECT_EQ(code[4], '-');
    const std::string command = out["kiosk_command"];
    EXPECT_NE(command.find("--enrol " + url + " " + code + " --fingerprint " + fingerprint),
              std::string::npos);
}

TEST_F(CliKiosk, AddInTextSaysTheCodeAndTheKioskCommandInThaiAndEnglish) {
    auto en = run({"--lang", "en", "kiosk", "add", "counter-1", "--url", url});
    ASSERT_EQ(en.exit_code, 0) << en.err;
    EXPECT_NE(en.out.find("Enrolment code for kiosk counter-1"), std::string::npos) << en.out;
    EXPECT_NE(en.out.find(fingerprint), std::string::npos);
    EXPECT_NE(en.out.find("siang-kiosk --outbox"), std::string::npos);
    auto th = run({"--lang", "th", "kiosk", "add", "counter-2", "--url", url});
    ASSERT_EQ(th.exit_code, 0) << th.err;
    EXPECT_NE(th.out.find("รหัสลงทะเบียนตู้บริการ counter-2"), std::string::npos) << th.out;
}

TEST_F(CliKiosk, QrHoldsTheEnrolmentLineTheScannerTypes) {
    const auto png = (dir / "enrol.png").string();
    json out = run_json({"kiosk", "add", "counter-1", "--url", url, "-o", png});
    const std::string scanned = shell("zbarimg --quiet --raw " + quote(png));
    EXPECT_EQ(scanned, "SIANG-ENROL 1 " + url + " " + std::string(out["enrolment_code"]) + " " +
                           fingerprint);
}

TEST_F(CliKiosk, AddingAWaitingNameAgainGivesANewCodeAndABadNameIsAUsageError) {
    json first = run_json({"kiosk", "add", "counter-1", "--url", url});
    json second = run_json({"kiosk", "add", "counter-1", "--url", url});
    EXPECT_NE(first["enrolment_code"], second["enrolment_code"]);
    auto bad = run({"kiosk", "add", "no spaces", "--url", url});
    EXPECT_EQ(bad.exit_code, 2) << bad.err;
}

TEST_F(CliKiosk, ListShowsKiosksAndRevokeMarksThem) {
    run_json({"kiosk", "add", "counter-1", "--url", url});
    run_json({"kiosk", "add", "counter-2", "--url", url});
    json list = run_json({"kiosk", "list"});
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0]["name"], "counter-1");
    EXPECT_TRUE(list[0]["enrolled_at"].is_null());
    EXPECT_EQ(list[0]["filings_received"], 0);
    EXPECT_EQ(list[0]["backlog"]["pending"], 0);
    EXPECT_TRUE(list[0]["backlog"]["since"].is_null());
    EXPECT_EQ(list[0]["quarantined_by_server"], 0);  // issue 12: the server's quarantine per kiosk
    json revoked = run_json({"kiosk", "revoke", "counter-1"});
    EXPECT_EQ(revoked["revoked"], true);
    list = run_json({"kiosk", "list"});
    EXPECT_FALSE(list[0]["revoked_at"].is_null());
    auto again = run({"kiosk", "revoke", "counter-1"});
    EXPECT_EQ(again.exit_code, 4) << again.err;
    auto text = run({"--lang", "en", "kiosk", "list"});
    ASSERT_EQ(text.exit_code, 0);
    EXPECT_NE(text.out.find("counter-2"), std::string::npos);
    EXPECT_NE(text.out.find("waiting for enrolment"), std::string::npos);
}

TEST_F(CliKiosk, QuarantineIsEmptyOnAFreshStore) {
    json q = run_json({"kiosk", "quarantine"});
    EXPECT_TRUE(q["quarantined"].empty());
    EXPECT_TRUE(q["codes_to_reissue"].empty());
    auto text = run({"--lang", "en", "kiosk", "quarantine"});
    EXPECT_NE(text.out.find("No filings set aside"), std::string::npos);
}

TEST_F(CliKiosk, OnlyAnAdministratorManagesKiosks) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"--user", "somchai", "kiosk", "add", "counter-1", "--url", url},
          std::vector<std::string>{"--user", "somchai", "kiosk", "list"},
          std::vector<std::string>{"--user", "somchai", "kiosk", "revoke", "counter-1"},
          std::vector<std::string>{"--user", "malee", "kiosk", "quarantine"}}) {
        auto r = run(args);
        EXPECT_EQ(r.exit_code, 7) << r.err;
    }
}

TEST_F(CliKiosk, WithoutAUrlTheConfiguredListenAddressIsOffered) {
    json out = run_json({"kiosk", "add", "counter-9"});
    EXPECT_EQ(out["url"], "https://127.0.0.1:8443");
}

TEST_F(CliKiosk, AddWithoutTheServersCertificateSaysSo) {
    std::filesystem::remove(dir / "siang-server.crt");
    auto r = run({"--lang", "en", "kiosk", "add", "counter-1", "--url", url});
    EXPECT_EQ(r.exit_code, 4) << r.err;
    EXPECT_NE(r.err.find("siang server init"), std::string::npos) << r.err;
}

}  // namespace
