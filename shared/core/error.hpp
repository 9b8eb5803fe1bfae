// Error values: what can go wrong, as data. Messages for people come from the i18n catalogue.
#pragma once

#include <expected>
#include <string>
#include <string_view>

namespace siang {

// Every failure a caller may need to tell apart or show to a person. Keep in step with
// the "error.*" keys in shared/i18n/catalog.cpp and error_name() in error.cpp.
enum class Errc {
    invalid_argument,    // a caller passed something meaningless (programming or CLI usage)
    invalid_utf8,        // text is not valid UTF-8; detail: field name
    field_required,      // a required field is empty; detail: field name
    field_too_long,      // over the SPEC §3 limit; detail: "field:count:limit"
    invalid_phone,       // detail: what was typed
    invalid_date,        // detail: what was typed
    unknown_kind,        // detail: what was given
    unknown_service,     // detail: the code
    unknown_division,    // detail: the code
    unknown_status,      // detail: what was given
    illegal_transition,  // detail: "from->to"
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
    permission_denied,   // the role may not do this; detail: what
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
    input_too_large,    // an input file is larger than any valid filing; detail: "file:limit"
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
};

struct Error {
    Errc code;
    std::string detail;  // names, paths, values: never translated
};

template <class T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(Errc code, std::string detail = {}) {
    return std::unexpected(Error{code, std::move(detail)});
}

// Stable snake_case name of an error code, for --json output and logs.
std::string_view error_name(Errc code);

}  // namespace siang
