// Tests for shared/net/server_identity: the key and certificate beside the store, their modes,
// and the fingerprint openssl computes for the same certificate.
#include "net/server_identity.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "support/shell.hpp"
#include "support/test_dir.hpp"

namespace siang::net {
namespace {

namespace fs = std::filesystem;
using siang::testing::shell;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

mode_t mode_of(const fs::path& p) {
    struct stat st {};
    ::stat(p.c_str(), &st);
    return st.st_mode & 0777;
}

// openssl's fingerprint of a PEM certificate file, without colons, in lower case.
std::string openssl_fingerprint(const fs::path& cert) {
    const auto r = shell("openssl x509 -noout -fingerprint -sha256 -in '" + cert.string() + "'");
    EXPECT_EQ(r.exit_code, 0);
    std::string hex;
    const auto eq = r.out.find('=');
    if (eq == std::string::npos) return {};
    for (char c : r.out.substr(eq + 1))
        if (std::isxdigit(static_cast<unsigned char>(c)))
            hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return hex;
}

class Identity : public ::testing::Test {
  protected:
    fs::path dir = siang::testing::test_dir("net_identity");
    std::string store = (dir / "siang.db").string();
    fs::path key = dir / "siang-server.key";
    fs::path cert = dir / "siang-server.crt";
};

TEST_F(Identity, FingerprintIsWhatOpensslComputes) {
    auto made = ensure_server_identity(store, {});
    ASSERT_TRUE(made) << made.error().detail;
    EXPECT_TRUE(made->created);
    const std::string& fp = made->identity.fingerprint;
    EXPECT_EQ(fp.size(), 64u);
    EXPECT_EQ(fp.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_EQ(fp, openssl_fingerprint(cert));
    EXPECT_EQ(certificate_fingerprint(slurp(cert)).value(), fp);
}

TEST_F(Identity, KeyIsPrivateFromItsCreationAndTheCertificateIsPublic) {
    const mode_t old = ::umask(0);  // even with no umask the key is never wider than 0600
    auto made = ensure_server_identity(store, {});
    ::umask(old);
    ASSERT_TRUE(made) << made.error().detail;
    EXPECT_EQ(made->identity.key_path, key.string());
    EXPECT_EQ(made->identity.cert_path, cert.string());
    EXPECT_EQ(mode_of(key), 0600u);
    EXPECT_EQ(mode_of(cert), 0644u);
    // Nothing else is left in the folder (no temporaries).
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), {}), 2);
}

TEST_F(Identity, IsAnEcdsaP256KeyAndAV3CertificateForTwentyYearsNamingTheHosts) {
    auto made = ensure_server_identity(store, {"office.local", "192.168.1.10"});
    ASSERT_TRUE(made) << made.error().detail;
    const auto key_text = shell("openssl pkey -noout -text -in '" + key.string() + "'");
    EXPECT_NE(key_text.out.find("prime256v1"), std::string::npos) << key_text.out;
    const auto text = shell("openssl x509 -noout -text -in '" + cert.string() + "'");
    EXPECT_NE(text.out.find("Version: 3"), std::string::npos);
    EXPECT_NE(text.out.find("ecdsa-with-SHA256"), std::string::npos);
    for (const char* name : {"DNS:localhost", "IP Address:127.0.0.1", "IP Address:0:0:0:0:0:0:0:1",
                             "DNS:office.local", "IP Address:192.168.1.10"})
        EXPECT_NE(text.out.find(name), std::string::npos) << name << "\n" << text.out;
    // Valid for 20 years from now, give or take the leap days.
    EXPECT_EQ(shell("openssl x509 -noout -checkend " + std::to_string(19LL * 366 * 86400) +
                    " -in '" + cert.string() + "'")
                  .exit_code,
              0);
    EXPECT_NE(shell("openssl x509 -noout -checkend " + std::to_string(21LL * 366 * 86400) +
                    " -in '" + cert.string() + "'")
                  .exit_code,
              0);
}

TEST_F(Identity, RunAgainChangesNothing) {
    auto first = ensure_server_identity(store, {});
    ASSERT_TRUE(first);
    const std::string key_before = slurp(key), cert_before = slurp(cert);
    auto second = ensure_server_identity(store, {"other.name"});
    ASSERT_TRUE(second) << second.error().detail;
    EXPECT_FALSE(second->created);
    EXPECT_EQ(second->identity.fingerprint, first->identity.fingerprint);
    EXPECT_EQ(slurp(key), key_before);
    EXPECT_EQ(slurp(cert), cert_before);
}

TEST_F(Identity, LoadReadsWhatEnsureMade) {
    auto made = ensure_server_identity(store, {});
    ASSERT_TRUE(made);
    auto loaded = load_server_identity(store);
    ASSERT_TRUE(loaded) << loaded.error().detail;
    EXPECT_EQ(loaded->fingerprint, made->identity.fingerprint);
    EXPECT_EQ(loaded->key_pem, made->identity.key_pem);
}

TEST_F(Identity, MissingIdentityIsNotFoundNamingTheFile) {
    auto loaded = load_server_identity(store);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, Errc::not_found);
    EXPECT_EQ(loaded.error().field, "server_identity");
    EXPECT_EQ(loaded.error().detail, key.string());
}

TEST_F(Identity, KeyOthersMayReadIsRefused) {
    ASSERT_TRUE(ensure_server_identity(store, {}));
    fs::permissions(key, fs::perms::group_read, fs::perm_options::add);
    auto loaded = load_server_identity(store);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, Errc::store_not_private);
    EXPECT_EQ(loaded.error().detail, key.string());
}

TEST_F(Identity, AKeyWithoutItsCertificateGetsOneForThatKey) {
    auto made = ensure_server_identity(store, {});
    ASSERT_TRUE(made);
    const std::string key_before = slurp(key);
    fs::remove(cert);
    auto again = ensure_server_identity(store, {});
    ASSERT_TRUE(again) << again.error().detail;
    EXPECT_TRUE(again->created);
    EXPECT_EQ(slurp(key), key_before);
    EXPECT_EQ(shell("openssl x509 -noout -pubkey -in '" + cert.string() + "'").out,
              shell("openssl pkey -pubout -in '" + key.string() + "'").out);
}

TEST_F(Identity, ACertificateWhoseKeyIsGoneIsNeverReplacedSilently) {
    ASSERT_TRUE(ensure_server_identity(store, {}));
    const std::string cert_before = slurp(cert);
    fs::remove(key);
    auto ensured = ensure_server_identity(store, {});
    ASSERT_FALSE(ensured);
    EXPECT_EQ(ensured.error().code, Errc::not_found);
    EXPECT_EQ(ensured.error().field, "server_key");
    auto loaded = load_server_identity(store);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().field, "server_key");
    EXPECT_EQ(slurp(cert), cert_before);
    EXPECT_FALSE(fs::exists(key));
}

TEST_F(Identity, ACertificateOfAnotherKeyIsRefused) {
    ASSERT_TRUE(ensure_server_identity(store, {}));
    auto other = make_server_identity({});
    ASSERT_TRUE(other);
    fs::remove(cert);
    std::ofstream(cert) << other->cert_pem;
    auto loaded = load_server_identity(store);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, Errc::invalid_input);
}

TEST_F(Identity, NamesWithSpacesOrCommasAreRefused) {
    for (const char* bad : {"", "a b", "a,IP:1.2.3.4", "x:y"}) {
        auto r = make_server_identity({bad});
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().code, Errc::invalid_argument);
    }
    EXPECT_TRUE(make_server_identity({"fe80::1"}));
}

TEST(Fingerprint, NotAPemCertificateIsInvalidInput) {
    auto r =
        certificate_fingerprint("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Errc::invalid_input);
}

}  // namespace
}  // namespace siang::net
