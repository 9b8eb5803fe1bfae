// Stable names of error codes, their exit codes, and an error's facts for JSON and logs.
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
        // One error contract (issue 10 item 6).
        case Errc::store_missing: return "store_missing";
        case Errc::internal: return "internal";
        case Errc::username_taken: return "username_taken";
        case Errc::invalid_username: return "invalid_username";
        case Errc::invalid_input: return "invalid_input";
        // The office network (issue 11).
        case Errc::server_unreachable: return "server_unreachable";
        case Errc::server_untrusted: return "server_untrusted";
        case Errc::server_failed: return "server_failed";
        case Errc::enrolment_refused: return "enrolment_refused";
        case Errc::device_refused: return "device_refused";
        case Errc::rate_limited: return "rate_limited";
        case Errc::filing_conflict: return "filing_conflict";
        case Errc::not_enrolled: return "not_enrolled";
        case Errc::kiosk_exists: return "kiosk_exists";
        case Errc::integration_exists: return "integration_exists";
        case Errc::session_expired: return "session_expired";
        case Errc::case_changed: return "case_changed";
        case Errc::printer_failed: return "printer_failed";
    }
    return "unknown";
}

std::optional<Errc> errc_from_name(std::string_view name) {
    for (std::size_t i = 0; i < errc_count; ++i) {
        const auto code = static_cast<Errc>(i);
        if (error_name(code) == name) return code;
    }
    return std::nullopt;
}

int exit_code(Errc code) {
    switch (code) {
        case Errc::invalid_argument:
            return exit_usage;
        case Errc::invalid_utf8:
        case Errc::field_required:
        case Errc::field_too_long:
        case Errc::invalid_phone:
        case Errc::invalid_date:
        case Errc::unknown_kind:
        case Errc::unknown_service:
        case Errc::unknown_division:
        case Errc::unknown_status:
        case Errc::illegal_transition:
        case Errc::reason_required:
        case Errc::malformed_code:
        case Errc::bad_check_digit:
        case Errc::too_many_marks:
        case Errc::field_too_large:
        case Errc::date_in_future:
        case Errc::date_too_early:
        case Errc::restore_same_file:
        case Errc::input_too_large:
        case Errc::json_duplicate_key:
        case Errc::json_nul_byte:
        case Errc::weak_password:
        case Errc::username_reserved:
        case Errc::invalid_email:
        case Errc::control_character:
        case Errc::username_taken:
        case Errc::invalid_username:
        case Errc::invalid_input:
        case Errc::filing_conflict:
        case Errc::kiosk_exists:
        case Errc::integration_exists:
        case Errc::case_changed:
            return exit_invalid_input;
        case Errc::unknown_code:
        case Errc::not_found:
            return exit_not_found;
        case Errc::store_corrupt:
        case Errc::store_unreadable:
        case Errc::store_busy:
        case Errc::store_full:
        case Errc::store_too_new:
        case Errc::store_failed:
        case Errc::io_error:
        case Errc::output_protected:
        case Errc::output_not_regular:
        case Errc::store_in_use:
        case Errc::store_wrong_key:
        case Errc::store_key_missing:
        case Errc::store_not_private:
        case Errc::store_wal_damaged:
        case Errc::store_damaged_value:
        case Errc::store_missing:
            return exit_store;
        case Errc::config_invalid:
        case Errc::not_enrolled:
            return exit_config;
        case Errc::permission_denied:
        case Errc::enrolment_refused:
        case Errc::device_refused:
        case Errc::session_expired:
            return exit_denied;
        case Errc::audit_broken:
        case Errc::server_untrusted:
            return exit_integrity;
        case Errc::server_unreachable:
        case Errc::server_failed:
        case Errc::rate_limited:
            return exit_network;
        case Errc::qr_failed:
        case Errc::display_failed:
        case Errc::printer_failed:
        case Errc::internal:
            return exit_failure;
    }
    return exit_failure;
}

std::vector<ErrorFact> error_facts(const Error& error) {
    std::vector<ErrorFact> facts{{"code", std::string(error_name(error.code))}};
    if (!error.detail.empty()) facts.push_back({"detail", error.detail});
    if (!error.field.empty()) facts.push_back({"field", error.field});
    if (error.count) facts.push_back({"count", *error.count});
    if (error.limit) facts.push_back({"limit", *error.limit});
    if (!error.from.empty()) facts.push_back({"from", error.from});
    if (!error.to.empty()) facts.push_back({"to", error.to});
    return facts;
}

}  // namespace siang
