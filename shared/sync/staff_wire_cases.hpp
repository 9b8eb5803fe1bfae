// The JSON of the staff API's case endpoints (sync/staff_api.hpp, "cases"): the queue's query and
// page, a case with its version, and the bodies of the workflow changes.
//
// Versions (issue 12 item 4): a case's version is its change counter (store case_changes). Every
// change carries the version its sender read ("version": null skips the check); a case changed
// since is refused with 409 case_changed and nothing is written. Each change answers the
// case's version read after it; a client that goes on editing reads the case again (GET) rather
// than adopting that number, since another user's change may already be in it.
//
// Encoders write compact JSON with the keys in a fixed order; decoders are strict (not an
// object, an unknown, missing or mistyped key: invalid_input naming the field; an unknown kind or
// status: unknown_kind / unknown_status).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/case_number.hpp"
#include "domain/status.hpp"
#include "domain/tracking_code.hpp"
#include "store/case_query.hpp"
#include "store/case_views.hpp"

namespace siang::sync {

// The most rows one page of the queue answers (the server caps Query::limit at it).
inline constexpr int max_page_rows = 200;

// GET /api/v1/staff/changes?case=NUMBER answers one case's counter instead of the store's
// (404 not_found for a case the session may not see, as for every read).
inline constexpr std::string_view changes_case_arg = "case";

// POST /api/v1/staff/cases/query:
// {"kind","status","division","service","from","to" (each a value or null),"overdue_only",
//  "search","sort" ("newest"|"oldest"|"due_soonest"),"limit","offset","count_total"}.
// Query::as_of is never written nor read: "today" is the server's clock. limit must be ≥ 1 and
// offset ≥ 0 (invalid_input "limit" / "offset"); the server lowers a limit over max_page_rows.
std::string encode(const store::Query& q);
Result<store::Query> decode_query(std::string_view body);

// {"rows": [{"number","kind","service","division","subject","status","filed_at","due_date",
//  "overdue"}…], "total": n or null}
// One queue row as the page carries it ("number", "kind", "service", "division", "subject",
// "status", "filed_at", "due_date", "overdue"); `siang list --json` prints the same object.
nlohmann::json case_row_json(const store::ListRow& r);
std::string encode(const store::Page& p);
Result<store::Page> decode_page(std::string_view body);

// GET /api/v1/staff/cases/{number}: {"version", "case": {"number","filed" (a draft),"status",
// "filed_at","due_date","overdue","history": [{"to","at","actor","note","public_reply",
// "reason"}…],"notes": [{"at","actor","text"}…]}}
struct VersionedCase {
    store::CaseDetail detail;
    std::int64_t version = 0;
};
std::string encode(const VersionedCase& c);
Result<VersionedCase> decode_versioned_case(std::string_view body);

// POST …/status: {"version","to","note","public_reply","reason"}. Who and when are the server's.
struct StatusChangeRequest {
    std::optional<std::int64_t> version;
    domain::Status to = domain::Status::in_review;
    std::string note;
    std::string public_reply;
    std::string reason;
};
std::string encode(const StatusChangeRequest& r);
Result<StatusChangeRequest> decode_status_change(std::string_view body);

// POST …/notes: {"version","text"}
struct NoteRequest {
    std::optional<std::int64_t> version;
    std::string text;
};
std::string encode(const NoteRequest& r);
Result<NoteRequest> decode_note_request(std::string_view body);

// POST …/division: {"version","division"}
struct DivisionRequest {
    std::optional<std::int64_t> version;
    std::string division;
};
std::string encode(const DivisionRequest& r);
Result<DivisionRequest> decode_division_request(std::string_view body);

// POST …/reissue: {"version"}
std::string encode_reissue_request(std::optional<std::int64_t> version);
Result<std::optional<std::int64_t>> decode_reissue_request(std::string_view body);

// The answer of a change: {"version"}.
std::string encode_version(std::int64_t version);
Result<std::int64_t> decode_version(std::string_view body);

// The answer of a reissue: {"tracking_code" (12 digits),"version"}.
struct Reissued {
    domain::TrackingCode code;
    std::int64_t version = 0;
};
std::string encode(const Reissued& r);
Result<Reissued> decode_reissued(std::string_view body);

// GET /api/v1/staff/changes: {"changes"}.
std::string encode_changes(std::int64_t changes);
Result<std::int64_t> decode_changes(std::string_view body);

// A case number as a path segment: "2569-000123", and "TJ-2569-000012" for the corruption
// register (ASCII, nothing to escape; parse_case_number reads it back).
std::string path_form(const domain::CaseNumber& n);
// The case number of a path segment (any form parse_case_number reads): not_found for anything
// that is not one, as for a number no case has.
Result<domain::CaseNumber> case_number_of_path(std::string_view text);

}  // namespace siang::sync
