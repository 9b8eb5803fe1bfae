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
        // Text limits and dates (issue 8 items 3 and 11)
        case Errc::too_many_marks: return "too_many_marks";
        case Errc::field_too_large: return "field_too_large";
        case Errc::date_in_future: return "date_in_future";
        case Errc::date_too_early: return "date_too_early";
        case Errc::output_protected: return "output_protected";
        case Errc::output_not_regular: return "output_not_regular";
        case Errc::store_in_use: return "store_in_use";
        case Errc::restore_same_file: return "restore_same_file";
        case Errc::input_too_large: return "input_too_large";
        case Errc::json_duplicate_key: return "json_duplicate_key";
        case Errc::json_nul_byte: return "json_nul_byte";
        case Errc::weak_password: return "weak_password";
        case Errc::username_reserved: return "username_reserved";
        // Store integrity (issue 8).
        case Errc::store_wrong_key: return "store_wrong_key";
        case Errc::store_key_missing: return "store_key_missing";
        case Errc::store_not_private: return "store_not_private";
        case Errc::store_wal_damaged: return "store_wal_damaged";
        case Errc::invalid_email:
            return "invalid_email";
        case Errc::store_damaged_value: return "store_damaged_value";
        // Staff text cleaned in the domain, once (issue 10 item 5).
        case Errc::control_character: return "control_character";
    }
    return "unknown";
}

}  // namespace siang
