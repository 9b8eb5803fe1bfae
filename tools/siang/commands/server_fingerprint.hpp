// The SHA-256 fingerprint of siang-server's certificate beside the store, for `siang kiosk add`.
// Kept apart so the lead can switch it to shared/net/server_identity.hpp (load_server_identity)
// once the transport branch is merged: that reads the same file.
#pragma once

#include <string>

#include "core/error.hpp"

namespace siang::cli {

// 64 lower-case hex digits of SHA-256 over the DER of the first certificate in
// `<store folder>/siang-server.crt`. io_error (detail: the path) when there is none yet
// (`siang server init` makes it) or it is not a PEM certificate.
Result<std::string> server_fingerprint(const std::string& store_path);

}  // namespace siang::cli
