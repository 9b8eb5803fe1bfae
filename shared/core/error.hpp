// Error values: what can go wrong, as data. Messages for people come from the i18n catalogue.
#pragma once

#include <cstddef>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace siang {

// Every failure a caller may need to tell apart or show to a person. Keep in step with
// the "error.*" keys in shared/i18n/catalog_entries.inc, error_name() and exit_code() in
// error.cpp, and errc_count below (tests/shared/i18n/error_contract_test.cpp checks all four).
enum class Errc {
    invalid_argument,    // a bad command line; field: which rule (its sentence is
                         // error.invalid_argument.<field>), detail: the value given
    invalid_utf8,        // text is not valid UTF-8; detail: field name
    field_required,      // a required field is empty; detail: field name
    field_too_long,      // over the SPEC §3 limit; payload: field, count, limit
    invalid_phone,       // detail: what was typed
    invalid_date,        // detail: what was typed
    unknown_kind,        // detail: what was given
    unknown_service,     // detail: the code
    unknown_division,    // detail: the code
    unknown_status,      // detail: what was given
    illegal_transition,  // payload: from, to (status ids)
    reason_required,     // rejecting needs a reason
    malformed_code,      // not 12 digits after cleaning
    bad_check_digit,     // 12 digits, but the Damm check fails: a typing mistake
    unknown_code,        // well-formed, but no case has it
    not_found,           // detail: what was looked for (case number, user…)
    store_corrupt,       // detail: path
    store_unreadable,    // detail: path and OS reason
    store_busy,          // still locked after the busy timeout; detail: path
    store_full,          // disk or quota full; detail: path
    store_too_new,       // schema newer than this program; detail: version
    store_failed,        // any other SQLite failure; detail: sqlite message
    io_error,            // file system; detail: path and OS reason
    config_invalid,      // detail: "file:line: key: problem"
    permission_denied,   // the role may not do this; detail: the action ("user add"), or
                         // "login", "disabled", "login_wait" (payload count: minutes),
                         // "own_account" (an administrator disabling themself)
    audit_broken,        // hash chain broken; detail: first broken row id
    qr_failed,           // detail: reason
    display_failed,      // window, OpenGL context or shader could not be made; detail: reason
    // Text limits and dates (issue 8 items 3 and 11)
    too_many_marks,   // more marks stacked on one character than WTT 2.0 allows; detail: field
    field_too_large,  // over the field's code point or byte cap; detail: field name
    date_in_future,   // a date of an event after the filing date; detail: field name
    date_too_early,   // a date of an event before 2500 BE (1957 CE); detail: field name
    // Files the programs read and write (issue 8: restore, output paths, input files, JSON)
    output_protected,    // an output would replace the store, its -wal/-shm or key; detail: path
    output_not_regular,  // an output would replace a device, folder, FIFO or socket; detail: path
    store_in_use,        // restore refused: another program has the store open; detail: path
    restore_same_file,  // the backup named is the store itself (or its -wal/-shm/key); detail: path
    input_too_large,    // an input file is larger than any valid filing; detail: the file,
                        // payload limit: bytes
    json_duplicate_key,  // a JSON object names a key twice; detail: the key
    json_nul_byte,       // JSON input contains a NUL byte; detail: its offset
    // Staff accounts (issue 8: logins, password policy, reserved names).
    weak_password,      // a new password breaks a rule; detail: "too_short", "username", "common"
    username_reserved,  // a name the system itself acts under; detail: the name
    // Store integrity (issue 8: key check, private files, the write-ahead log).
    store_wrong_key,    // the key file does not belong to this store; detail: key path
    store_key_missing,  // an existing store without its key file; detail: key path
    store_not_private,  // group or others may read or write a store file; detail: that file
    store_wal_damaged,  // the -wal lacks frames the -shm says were committed; detail: wal path
    // Kiosk contact fields (issue 9 item 12).
    invalid_email,  // not a plausible e-mail address; detail: the field ("email"), never the text
    // A store that fails closed (issue 10 item 4).
    store_damaged_value,  // a stored kind, status, register or date is unknown; detail:
                          // "table.column row N"
    // Staff text cleaned in the domain, once (issue 10 item 5).
    control_character,  // a note, reply or reason holds a NUL, escape or other control; detail:
                        // field name
    // One error contract (issue 10 item 6).
    store_missing,     // there is no store at the path (create it with siang init); detail: path
    internal,          // a defect or a library that failed (libsodium, OpenGL…); detail: what
    username_taken,    // another account already has this username; detail: the name
    invalid_username,  // not 2–32 of a-z 0-9 . _ -; detail: the name as given
    invalid_input,     // input data (JSON) is not what the command takes; detail: the key
    // The office network (issue 11, SPEC §9).
    server_unreachable,  // no answer from the office server (refused, timed out, cut); detail:
                         // host:port
    server_untrusted,    // the server's certificate is not the pinned one; detail: the SHA-256
                         // fingerprint it showed (lower-case hex)
    server_failed,       // the server answered with an error it did not explain, or a malformed
                         // answer; detail: the HTTP status or what was malformed
    enrolment_refused,   // an enrolment code that is unknown, used or expired (never says which)
    device_refused,      // a kiosk credential that is unknown, forged or revoked; detail: the
                         // kiosk's name when known
    rate_limited,        // too many attempts; payload count: seconds to wait
    filing_conflict,     // a filing's UUID arrived again with other content; detail: the UUID
    not_enrolled,        // an outbox without a device credential yet; detail: its folder
    // The office server's kiosks (issue 11, i11-server).
    kiosk_exists,  // `siang kiosk add` for a name whose kiosk is enrolled; detail: the name
    integration_exists,  // `siang integration add` for a name in use (issue 14); detail: the name
    // Staff over the office API (issue 12).
    session_expired,  // a staff session token that is missing, unknown, expired, logged out or
                      // of a disabled account: log in again
    case_changed,     // someone else changed the case since it was read (optimistic check);
                      // detail: the case number
    // The receipt printer (issue 13).
    printer_failed,  // the printer cannot print; detail: the problem ("paper_out", "cover_open",
                     // "offline", "no_answer", "lost", "error"), field: the device or address
};

// How many Errc values there are: one more than the last. Update it with the enum (the contract
// test fails when it is behind: error_name(errc_count) must be "unknown").
inline constexpr std::size_t errc_count = static_cast<std::size_t>(Errc::printer_failed) + 1;

// A failure as a value: its code, one name/path/value as it is, and typed facts. Sentences are
// never carried here: report_error() (shared/i18n/catalog.hpp) makes them from the catalogue.
// The same fields are what a JSON error carries (error_facts below), so nothing is ever packed
// into `detail` and parsed back. [[nodiscard]]: a function that makes an Error for its caller
// (sqlite_error, io_fail) has no other use.
struct [[nodiscard]] Error {
    Errc code;
    std::string detail = {};  // one name, path or value as it is: never a sentence
    std::string field = {};   // the input field concerned, by its stable name ("subject", "text")
    std::optional<std::int64_t> count = {};  // how much the input had (characters, minutes…)
    std::optional<std::int64_t> limit = {};  // the most allowed (characters, bytes)
    std::string from = {};                   // illegal_transition: the status id it was in
    std::string to = {};                     // illegal_transition: the status id asked for
};

// A value or the Error why there is none. [[nodiscard]] on the class makes every function that
// returns one by value (free, member, virtual, lambda) warn when its result is dropped, which
// GCC 12's std::expected does not; where ignoring one is truly right, write `(void)call(); // why`
// (tests/shared/core/result_nodiscard_test checks that dropping one does not compile with -Werror).
template <class T>
class [[nodiscard]] Result : public std::expected<T, Error> {
  public:
    using std::expected<T, Error>::expected;
    Result() = default;
    // From a plain std::expected (a library's or a monadic operation's result).
    Result(std::expected<T, Error> e) : std::expected<T, Error>(std::move(e)) {}
};

// [[nodiscard]]: `if (bad) fail(…);` without `return` is a failure that never happens.
[[nodiscard]] inline std::unexpected<Error> fail(Errc code, std::string detail = {}) {
    return std::unexpected(Error{code, std::move(detail)});
}
// For an error with a payload: fail({.code = Errc::field_too_long, .field = "subject", …}).
[[nodiscard]] inline std::unexpected<Error> fail(Error error) {
    return std::unexpected(std::move(error));
}

// Stable snake_case name of an error code, for --json output and logs; "unknown" for a value
// outside the enum.
std::string_view error_name(Errc code);
// The code with that name (the inverse of error_name), or nullopt.
std::optional<Errc> errc_from_name(std::string_view name);

// The process exit code for an error: one table for the CLI, the kiosk and the console (README
// "Exit codes"; scripts rely on them).
enum ExitCode : int {
    exit_ok = 0,
    exit_failure = 1,        // anything not listed below (QR, display, internal failures)
    exit_usage = 2,          // bad command line
    exit_invalid_input = 3,  // the data given was refused (limits, UTF-8, transitions, codes)
    exit_not_found = 4,      // no such case, code or user
    exit_store = 5,          // the store is missing, cannot be opened, is corrupt, busy or full;
                             // file errors
    exit_config = 6,         // the configuration file is invalid
    exit_denied = 7,         // the role may not do this; wrong password
    exit_integrity = 8,      // integrity or audit-chain check failed; a server whose
                             // certificate is not the pinned one
    exit_network = 9,        // the office server could not be reached, failed or asks to wait
};
int exit_code(Errc code);

// One fact of an error for a JSON error object or a log line: "code", "detail", "field",
// "count", "limit", "from", "to", in that order, each only when set.
struct ErrorFact {
    std::string_view key;
    std::variant<std::string, std::int64_t> value;
};
std::vector<ErrorFact> error_facts(const Error& error);

}  // namespace siang
