// siang-server's TLS identity (SPEC §9, trust without a PKI): an ECDSA P-256 key and a
// self-signed certificate beside the store, and the SHA-256 fingerprint clients pin.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace siang::net {

struct ServerIdentity {
    std::string key_pem;      // PKCS#8 private key
    std::string cert_pem;     // X.509 v3, self-signed
    std::string fingerprint;  // certificate_fingerprint(cert_pem)
    std::string key_path;
    std::string cert_path;
};

// SHA-256 of the certificate's DER as 64 lower-case hex digits: what `openssl x509 -noout
// -fingerprint -sha256` prints, without colons and in lower case. Errors: invalid_input (not a
// PEM certificate).
Result<std::string> certificate_fingerprint(std::string_view cert_pem);
// The same of a certificate already in DER form.
std::string der_fingerprint(std::string_view der);

// A new key and a certificate valid 20 years whose subjectAltName holds `names` (host names or
// IP addresses) and always localhost, 127.0.0.1 and ::1. Nothing is written. Errors: internal
// (OpenSSL failed), invalid_argument (an empty name or one with spaces or commas).
Result<ServerIdentity> make_server_identity(const std::vector<std::string>& names);

// The identity of the store at `store_path`: store::server_key_path / server_cert_path.
// Errors: not_found (field "server_identity", detail: the missing file; field "server_key",
// detail: the key, when only the certificate is left), store_not_private (the
// key may be read by group or others; detail: the key), io_error, invalid_input (a file that is
// not PEM), internal.
Result<ServerIdentity> load_server_identity(const std::string& store_path);

// What ensure_server_identity did.
struct EnsuredIdentity {
    ServerIdentity identity;
    bool created = false;  // false: it existed and nothing was changed
};

// Loads the identity beside the store, or creates it (key mode 0600 from its creation,
// certificate 0644, each written under a temporary name and linked into place so a concurrent
// run never replaces the other's). A key without its certificate (a run cut short) gets a new
// certificate for that key. The store's folder must exist. Errors: as load_server_identity;
// not_found (field "server_key") for a certificate whose key is gone.
Result<EnsuredIdentity> ensure_server_identity(const std::string& store_path,
                                               const std::vector<std::string>& names);

}  // namespace siang::net
