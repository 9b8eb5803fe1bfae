// `siang server init`: the server's identity beside the store, its fingerprint in text and JSON,
// idempotent; no output of the CLI may replace the key or the certificate.
#include <sys/stat.h>

#include "tools/cli_fixture.hpp"

namespace {

std::string openssl_fingerprint(const fs::path& cert) {
    FILE* p = ::popen(
        ("openssl x509 -noout -fingerprint -sha256 -in " + quote(cert.string())).c_str(), "r");
    std::string out;
    char buf[512];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
    std::string hex;
    for (char c : out.substr(out.find('=') + 1))
        if (std::isxdigit(static_cast<unsigned char>(c)))
            hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return hex;
}

TEST_F(Cli, ServerInitPrintsTheFingerprintAsJsonAndCreatesTheFilesBesideTheStore) {
    const json j = run_json({"server", "init", "--name", "office.local"});
    const fs::path cert = dir / "siang-server.crt", key = dir / "siang-server.key";
    EXPECT_EQ(j.size(), 2u);
    EXPECT_EQ(j["certificate"], cert.string());
    EXPECT_EQ(j["fingerprint"], openssl_fingerprint(cert));
    struct stat st {};
    ASSERT_EQ(::stat(key.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(Cli, ServerInitAgainPrintsTheSameFingerprintAndChangesNothing) {
    const json first = run_json({"server", "init"});
    const std::string key_before = slurp(dir / "siang-server.key");
    const json again = run_json({"server", "init"});
    EXPECT_EQ(again, first);
    EXPECT_EQ(slurp(dir / "siang-server.key"), key_before);
    const CliRun text = run({"--lang", "en", "server", "init"});
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_NE(text.out.find("already exist"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find(first["fingerprint"].get<std::string>()), std::string::npos);
}

TEST_F(Cli, ServerInitSpeaksThaiAndEnglish) {
    const CliRun th = run({"--lang", "th", "server", "init"});
    EXPECT_EQ(th.exit_code, 0);
    EXPECT_NE(th.out.find("ลายนิ้วมือ SHA-256"), std::string::npos) << th.out;
    EXPECT_NE(th.out.find("สร้างกุญแจและใบรับรอง"), std::string::npos) << th.out;
    const CliRun en = run({"--lang", "en", "server", "init"});
    EXPECT_NE(en.out.find("SHA-256 fingerprint"), std::string::npos) << en.out;
}

TEST_F(Cli, ServerInitWithoutAStoreSaysToCreateIt) {
    fs::remove(store);
    const CliRun r = run({"--lang", "en", "server", "init"});
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_NE(r.err.find("siang init"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir / "siang-server.key"));
}

TEST_F(Cli, ServerInitRefusesANameWithSpaces) {
    const CliRun r = run({"server", "init", "--name", "two words"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_FALSE(fs::exists(dir / "siang-server.key"));
}

TEST_F(Cli, NoOutputMayReplaceTheServerKeyOrCertificate) {
    run_json({"server", "init"});
    for (const char* name : {"siang-server.key", "siang-server.crt"}) {
        const std::string before = slurp(dir / name);
        const CliRun r = run({"--json", "qr", "123456789018", "-o", (dir / name).string()});
        EXPECT_EQ(r.exit_code, 5) << name;
        EXPECT_EQ(json::parse(r.out)["error"], "output_protected") << name;
        EXPECT_EQ(slurp(dir / name), before) << name;
    }
}

}  // namespace
