// Making and reading siang-server's key and self-signed certificate with OpenSSL 3.
#include "net/server_identity.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "core/output_file.hpp"
#include "store/store_files.hpp"

namespace siang::net {
namespace {

namespace fs = std::filesystem;

template <auto F>
struct Free {
    template <class T>
    void operator()(T* p) const {
        F(p);
    }
};
using Bio = std::unique_ptr<BIO, Free<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Free<X509_free>>;
using PKey = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY_free>>;
using BigNum = std::unique_ptr<BIGNUM, Free<BN_free>>;
using Ext = std::unique_ptr<X509_EXTENSION, Free<X509_EXTENSION_free>>;

constexpr int validity_days = 20 * 365 + 5;  // 20 years with their leap days
constexpr const char* hex_digits = "0123456789abcdef";

Error openssl_failed(std::string_view what) {
    return Error{Errc::internal, "openssl: " + std::string(what)};
}

std::string bio_text(BIO* bio) {
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? std::string(data, static_cast<std::size_t>(n)) : std::string();
}

X509Ptr read_cert(std::string_view pem) {
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio) return nullptr;
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

PKey read_key(std::string_view pem) {
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio) return nullptr;
    return PKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool is_ip(const std::string& s) {
    in6_addr a6{};
    in_addr a4{};
    return ::inet_pton(AF_INET, s.c_str(), &a4) == 1 || ::inet_pton(AF_INET6, s.c_str(), &a6) == 1;
}

Result<void> add_extension(X509* cert, X509V3_CTX* ctx, int nid, const std::string& value) {
    Ext ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.c_str()));
    if (!ext || X509_add_ext(cert, ext.get(), -1) != 1)
        return std::unexpected(openssl_failed(value));
    return {};
}

// A certificate for `key` naming `names`.
Result<std::string> make_certificate(EVP_PKEY* key, const std::vector<std::string>& names) {
    std::string san = "DNS:localhost,IP:127.0.0.1,IP:::1";
    for (const auto& n : names) {
        if (n.empty() || n.find_first_of(" \t\r\n,:") != std::string::npos) {
            if (!is_ip(n)) return fail(Errc::invalid_argument, "--name " + n);
        }
        if (n == "localhost" || n == "127.0.0.1" || n == "::1") continue;
        san += (is_ip(n) ? ",IP:" : ",DNS:") + n;
    }
    X509Ptr cert(X509_new());
    if (!cert) return std::unexpected(openssl_failed("X509_new"));
    X509_set_version(cert.get(), 2);  // v3
    // A random positive 127-bit serial, as RFC 5280 asks of a serial no one else coordinates.
    BigNum serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) == nullptr)
        return std::unexpected(openssl_failed("serial"));
    // An hour back, so a kiosk whose clock runs a little behind sees a valid certificate.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_time_adj_ex(X509_getm_notAfter(cert.get()), validity_days, 0, nullptr);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const auto cn = reinterpret_cast<const unsigned char*>(names.empty() ? "siang-server"
                                                                         : names.front().c_str());
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>("Siang"), -1, -1,
                                   0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, cn, -1, -1, 0) != 1 ||
        X509_set_issuer_name(cert.get(), name) != 1 || X509_set_pubkey(cert.get(), key) != 1)
        return std::unexpected(openssl_failed("name"));
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    for (auto [nid, value] : {std::pair{NID_basic_constraints, std::string("critical,CA:FALSE")},
                              std::pair{NID_key_usage, std::string("critical,digitalSignature")},
                              std::pair{NID_ext_key_usage, std::string("serverAuth")},
                              std::pair{NID_subject_key_identifier, std::string("hash")},
                              std::pair{NID_subject_alt_name, san}}) {
        if (auto ok = add_extension(cert.get(), &ctx, nid, value); !ok)
            return std::unexpected(ok.error());
    }
    if (X509_sign(cert.get(), key, EVP_sha256()) == 0)
        return std::unexpected(openssl_failed("X509_sign"));
    Bio out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509(out.get(), cert.get()) != 1)
        return std::unexpected(openssl_failed("PEM_write_bio_X509"));
    return bio_text(out.get());
}

Error io_fail(const std::string& path, int err) {
    return Error{Errc::io_error, path + ": " + std::strerror(err)};
}

Result<std::string> read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::unexpected(io_fail(path, errno));
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Writes `bytes` to a new file `path` with `mode`, never replacing one that exists: written and
// fsynced under a temporary name that has `mode` from its creation, then linked into place.
// Returns false when `path` appeared meanwhile (another run made it first).
Result<bool> write_new_file(const std::string& path, std::string_view bytes, mode_t mode) {
    std::string temp = OutputFile::temp_prefix(path) + "XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);  // 0600 from the start
    if (fd < 0) return std::unexpected(io_fail(path, errno));
    auto failed = [&](int err) -> Result<bool> {
        ::close(fd);
        ::unlink(temp.c_str());
        return std::unexpected(io_fail(path, err));
    };
    // Only ever widened for the public certificate; the key keeps mkostemp's 0600.
    if (mode != 0600 && ::fchmod(fd, mode) != 0) return failed(errno);
    for (std::string_view rest = bytes; !rest.empty();) {
        const ssize_t n = ::write(fd, rest.data(), rest.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return failed(errno);
        rest.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::fsync(fd) != 0) return failed(errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        return std::unexpected(io_fail(path, err));
    }
    const int rc = ::link(temp.c_str(), path.c_str());
    const int err = errno;
    ::unlink(temp.c_str());
    if (rc != 0 && err == EEXIST) return false;
    if (rc != 0) return std::unexpected(io_fail(path, err));
    const auto dir = fs::path(path).parent_path();
    if (auto ok = fsync_directory(dir.empty() ? "." : dir.string()); !ok)
        return std::unexpected(ok.error());
    return true;
}

Error identity_missing(const std::string& path) {
    return Error{.code = Errc::not_found, .detail = path, .field = "server_identity"};
}
// The certificate is there, its key is not: a new identity would orphan every enrolled kiosk.
Error key_lost(const std::string& key_path) {
    return Error{.code = Errc::not_found, .detail = key_path, .field = "server_key"};
}

bool exists(const std::string& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

}  // namespace

std::string der_fingerprint(std::string_view der) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (EVP_Digest(der.data(), der.size(), md, &n, EVP_sha256(), nullptr) != 1) return {};
    std::string hex;
    for (unsigned int i = 0; i < n; ++i) {
        hex += hex_digits[md[i] >> 4];
        hex += hex_digits[md[i] & 0xf];
    }
    return hex;
}

Result<std::string> certificate_fingerprint(std::string_view cert_pem) {
    X509Ptr cert = read_cert(cert_pem);
    if (!cert) return fail(Errc::invalid_input, "certificate");
    unsigned char* der = nullptr;
    const int n = i2d_X509(cert.get(), &der);
    if (n <= 0) return std::unexpected(openssl_failed("i2d_X509"));
    std::string fp = der_fingerprint({reinterpret_cast<const char*>(der), static_cast<size_t>(n)});
    OPENSSL_free(der);
    return fp;
}

Result<ServerIdentity> make_server_identity(const std::vector<std::string>& names) {
    PKey key(EVP_EC_gen("P-256"));
    if (!key) return std::unexpected(openssl_failed("EVP_EC_gen"));
    auto cert = make_certificate(key.get(), names);
    if (!cert) return std::unexpected(cert.error());
    Bio out(BIO_new(BIO_s_mem()));
    if (!out ||
        PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return std::unexpected(openssl_failed("PEM_write_bio_PrivateKey"));
    ServerIdentity id;
    id.key_pem = bio_text(out.get());
    id.cert_pem = std::move(*cert);
    auto fp = certificate_fingerprint(id.cert_pem);
    if (!fp) return std::unexpected(fp.error());
    id.fingerprint = std::move(*fp);
    return id;
}

Result<ServerIdentity> load_server_identity(const std::string& store_path) {
    ServerIdentity id;
    id.key_path = store::server_key_path(store_path);
    id.cert_path = store::server_cert_path(store_path);
    const bool has_key = exists(id.key_path), has_cert = exists(id.cert_path);
    if (!has_key && has_cert) return std::unexpected(key_lost(id.key_path));
    if (!has_key) return std::unexpected(identity_missing(id.key_path));
    if (!has_cert) return std::unexpected(identity_missing(id.cert_path));
    struct stat st {};
    if (::stat(id.key_path.c_str(), &st) != 0) return std::unexpected(io_fail(id.key_path, errno));
    if ((st.st_mode & 077) != 0) return fail(Errc::store_not_private, id.key_path);
    auto key = read_text_file(id.key_path);
    if (!key) return std::unexpected(key.error());
    auto cert = read_text_file(id.cert_path);
    if (!cert) return std::unexpected(cert.error());
    PKey k = read_key(*key);
    if (!k) return fail(Errc::invalid_input, id.key_path);
    X509Ptr c = read_cert(*cert);
    if (!c) return fail(Errc::invalid_input, id.cert_path);
    // A certificate from another identity would make every TLS handshake fail, far from here.
    if (X509_check_private_key(c.get(), k.get()) != 1)
        return fail(Errc::invalid_input, id.cert_path);
    auto fp = certificate_fingerprint(*cert);
    if (!fp) return std::unexpected(fp.error());
    id.key_pem = std::move(*key);
    id.cert_pem = std::move(*cert);
    id.fingerprint = std::move(*fp);
    return id;
}

Result<EnsuredIdentity> ensure_server_identity(const std::string& store_path,
                                               const std::vector<std::string>& names) {
    const std::string key_path = store::server_key_path(store_path);
    const std::string cert_path = store::server_cert_path(store_path);
    const bool had_key = exists(key_path), had_cert = exists(cert_path);
    if (had_key && had_cert) {
        auto id = load_server_identity(store_path);
        if (!id) return std::unexpected(id.error());
        return EnsuredIdentity{std::move(*id), false};
    }
    if (had_cert) return std::unexpected(key_lost(key_path));
    std::string key_pem;
    if (had_key) {
        auto loaded = load_server_identity(store_path);  // for the key's checks; cert is missing
        if (!loaded &&
            !(loaded.error().code == Errc::not_found && loaded.error().detail == cert_path))
            return std::unexpected(loaded.error());
        auto text = read_text_file(key_path);
        if (!text) return std::unexpected(text.error());
        key_pem = std::move(*text);
    } else {
        auto made = make_server_identity(names);
        if (!made) return std::unexpected(made.error());
        auto wrote = write_new_file(key_path, made->key_pem, 0600);
        if (!wrote) return std::unexpected(wrote.error());
        if (*wrote) {
            auto wrote_cert = write_new_file(cert_path, made->cert_pem, 0644);
            if (!wrote_cert) return std::unexpected(wrote_cert.error());
            if (*wrote_cert) {
                made->key_path = key_path;
                made->cert_path = cert_path;
                return EnsuredIdentity{std::move(*made), true};
            }
            // Someone else's certificate went in after our key: theirs cannot match it.
            return fail(Errc::io_error, cert_path + ": " + std::strerror(EEXIST));
        }
        // Another run created the key first; it writes its own certificate, or we add one.
        auto text = read_text_file(key_path);
        if (!text) return std::unexpected(text.error());
        key_pem = std::move(*text);
        if (exists(cert_path)) {
            auto id = load_server_identity(store_path);
            if (!id) return std::unexpected(id.error());
            return EnsuredIdentity{std::move(*id), false};
        }
    }
    PKey key = read_key(key_pem);
    if (!key) return fail(Errc::invalid_input, key_path);
    auto cert = make_certificate(key.get(), names);
    if (!cert) return std::unexpected(cert.error());
    auto wrote = write_new_file(cert_path, *cert, 0644);
    if (!wrote) return std::unexpected(wrote.error());
    auto id = load_server_identity(store_path);
    if (!id) return std::unexpected(id.error());
    return EnsuredIdentity{std::move(*id), *wrote};
}

}  // namespace siang::net
