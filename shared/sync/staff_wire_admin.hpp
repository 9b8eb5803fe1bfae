// The staff API's administration on the wire (staff_api.hpp; admin only): users without their
// password hashes, kiosks with their backlog and quarantine, a new kiosk's enrolment offer, the
// filings the server set aside. `siang kiosk … --json` prints the same objects, from the same
// encoders (the *_json functions), so a script reads one shape from either.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "staff/staff_accounts.hpp"
#include "store/backup_record.hpp"
#include "store/kiosk_records.hpp"
#include "store/user_record.hpp"

namespace siang::sync {

// --- users ------------------------------------------------------------------------------------

// POST path_staff_users: {"username","display_name","role","password"}.
struct NewUser {
    staff::StaffUser user;
    std::string password;
};
std::string encode(const NewUser& u);
Result<NewUser> decode_new_user(std::string_view body);

// POST path_staff_users/{name}/password: {"password"}.
// A change of one's own password also carries "current_password" (the server checks it as a
// login would), so a session left open on a desk cannot take the account over.
struct PasswordChange {
    std::string password;
    std::string current_password;  // empty: absent (an admin resetting someone else's)
};
std::string encode_password(std::string_view password, std::string_view current_password = {});
Result<PasswordChange> decode_password(std::string_view body);

// GET path_staff_users: {"users": [{"username","display_name","role","disabled","created_at"}]}.
// Never the password hash: decoded records have it empty (and id 0).
std::string encode_users(const std::vector<store::UserRecord>& users);
Result<std::vector<store::UserRecord>> decode_users(std::string_view body);

// --- kiosks -----------------------------------------------------------------------------------

// POST path_staff_kiosks: {"name"}.
std::string encode_kiosk_name(std::string_view name);
Result<std::string> decode_kiosk_name(std::string_view body);

// A new kiosk's one-time enrolment, as `siang kiosk add --json` prints it and the console's
// kiosks panel shows it (with its QR: sync::EnrolmentLink of url, code and fingerprint).
struct KioskOffer {
    std::string name;
    std::string enrolment_code;
    std::string url;          // the office API as kiosks reach it (config::office_url)
    std::string fingerprint;  // the server certificate's SHA-256, lower-case hex
    domain::TimePoint valid_until{};
};
// {"name","enrolment_code","url","fingerprint","valid_until"}
nlohmann::json kiosk_offer_json(const KioskOffer& o);
std::string encode(const KioskOffer& o);
Result<KioskOffer> decode_kiosk_offer(std::string_view body);

// {"name","added_at","enrolled_at","last_contact","filings_received",
//  "backlog": {"pending","quarantined","since"},"quarantined_by_server","revoked_at"};
// times ISO UTC or null. `siang kiosk list --json` prints an array of these.
nlohmann::json kiosk_record_json(const store::KioskRecord& k);
// GET path_staff_kiosks: {"kiosks": [...]}.
std::string encode_kiosks(const std::vector<store::KioskRecord>& kiosks);
Result<std::vector<store::KioskRecord>> decode_kiosks(std::string_view body);

// GET path_staff_kiosks/quarantine, and `siang kiosk quarantine --json`:
// {"quarantined": [{"uuid","kiosk","received_at","error","field","existing_case"}],
//  "codes_to_reissue": [{"case_number","since"}]}; field and existing_case null when empty.
struct Quarantine {
    std::vector<store::QuarantinedFiling> filings;
    std::vector<store::CodeToReissue> codes_to_reissue;
};
nlohmann::json quarantine_json(const Quarantine& q);
Result<Quarantine> decode_quarantine(std::string_view body);

// GET path_staff_backup (admin): the last nightly backup as siang-backup recorded it,
// {"state": "ok"|"failed"|"stale"|"never"|"unreadable", "at", "file", "age_hours"}; "at" and
// "file" as recorded ("" when never). The record's own path stays on the server.
std::string encode(const store::BackupRecord& b);
Result<store::BackupRecord> decode_backup_record(std::string_view body);

}  // namespace siang::sync
