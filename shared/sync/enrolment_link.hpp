// What an enrolment QR holds (`siang kiosk add -o FILE`): the server's URL, the one-time code
// and the certificate fingerprint, as one line a kiosk's scanner types like a keyboard.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace siang::sync {

struct EnrolmentLink {
    std::string url;          // "https://192.168.1.10:8443"
    std::string code;         // the one-time enrolment code as printed
    std::string fingerprint;  // 64 lower-case hex digits
};

// "SIANG-ENROL 1 <url> <code> <fingerprint>": spaces only between the parts.
std::string encode_enrolment_link(const EnrolmentLink& link);
// Parses what encode_enrolment_link writes (surrounding whitespace and a trailing CR/LF from a
// scanner ignored; the fingerprint also accepted in upper case or with colons, as openssl prints
// it). Errors: invalid_input (detail "not_enrolment_link").
Result<EnrolmentLink> parse_enrolment_link(std::string_view text);
// The fingerprint in its one form (64 lower-case hex digits) from lower/upper case, with or
// without colons; nullopt for anything else.
std::optional<std::string> normalize_fingerprint(std::string_view text);

}  // namespace siang::sync
