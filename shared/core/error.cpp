// Stable names of error codes.
#include "core/error.hpp"

namespace siang {

std::string_view error_name(Errc code) {
    switch (code) {
        case Errc::invalid_argument: return "invalid_argument";
        case Errc::invalid_utf8: return "invalid_utf8";
        case Errc::field_required: return "field_required";
        case Errc::field_too_long: return "field_too_long";
        case Errc::invalid_phone: return "invalid_phone";
        case Errc::invalid_date: return "invalid_date";
        case Errc::unknown_kind: return "unknown_kind";
        case Errc::unknown_service: return "unknown_service";
        case Errc::unknown_division: return "unknown_division";
        case Errc::unknown_status: return "unknown_status";
        case Errc::illegal_transition: return "illegal_transition";
        case Errc::reason_required: return "reason_required";
        case Errc::malformed_code: return "malformed_code";
        case Errc::bad_check_digit: return "bad_check_digit";
        case Errc::unknown_code: return "unknown_code";
        case Errc::not_found: return "not_found";
        case Errc::store_corrupt: return "store_corrupt";
        case Errc::store_unreadable: return "store_unreadable";
        case Errc::store_busy: return "store_busy";
        case Errc::store_full: return "store_full";
        case Errc::store_too_new: return "store_too_new";
        case Errc::store_failed: return "store_failed";
        case Errc::io_error: return "io_error";
        case Errc::config_invalid: return "config_invalid";
        case Errc::permission_denied: return "permission_denied";
        case Errc::audit_broken: return "audit_broken";
        case Errc::qr_failed: return "qr_failed";
        case Errc::display_failed: return "display_failed";
        // Store integrity (issue 8).
        case Errc::store_wrong_key: return "store_wrong_key";
        case Errc::store_key_missing: return "store_key_missing";
        case Errc::store_not_private: return "store_not_private";
        case Errc::store_wal_damaged: return "store_wal_damaged";
    }
    return "unknown";
}

}  // namespace siang
