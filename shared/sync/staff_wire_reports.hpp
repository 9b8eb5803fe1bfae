// The staff API's help requests, live events, statistics and audit log on the wire
// (staff_api.hpp lists the paths). Strict decoders: an unknown, missing or mistyped key is
// invalid_input naming the field; encoders write the keys in a fixed order.
//
//   help request      {"id", "kiosk", "at" (ISO UTC), "screen"}
//   GET  path_staff_help                   → {"help": [help request…]}  (open ones, oldest first)
//   POST path_staff_help/{id}/acknowledge  {} or {"detail": "lock_screen"} (where the console
//                                            acknowledged it, for the audit row) → {}
//   GET  path_staff_events?after=N         → StaffEvents
//                                            {"event", "changes", "help": [help request…]}
//        "event" is the server's event counter (in memory; it starts from the server's start
//        time in milliseconds, so a restarted server never answers a number a client already
//        had). The server answers at once when its counter is not N (N = 0 on the first call),
//        else when it moves, else after staff_event_wait; "changes" is the store's change
//        counter of all cases (Store::case_changes), "help" the open help requests.
//   GET  path_staff_stats?fiscal_year=2569 → ItaReport
//        {"fiscal_year_be", "periods": [Period…], "corruption_withheld": "2569-03"|null}
//        Period {"id", "name_th", "name_en", "first": "2568-10", "last" (CE months), "total",
//                "by_kind", "by_service", "by_division"}; counts {"received","completed",
//                "in_progress"}; breakdown {"key","name_th","name_en","counts"}
//   GET  path_staff_audit?offset=N&limit=M → AuditPage {"count", "rows": [{"id","at","actor",
//                                            "action","target","detail"}…]} (newest first)
//   GET  path_staff_audit/verify           → {"rows", "first_broken": id|null}
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "reports/ita_stats.hpp"
#include "store/audit_chain.hpp"
#include "store/help_request.hpp"

namespace siang::sync {

// The answer of the events long poll.
struct StaffEvents {
    std::int64_t event = 0;                // pass it back as ?after= on the next call
    std::int64_t changes = 0;              // Store::case_changes() of all cases
    std::vector<store::HelpRequest> help;  // the open help requests
};

// One page of the audit log and the log's row count (the admin's audit view).
struct AuditPage {
    std::int64_t count = 0;
    std::vector<store::AuditEntry> rows;
};

std::string encode_help_requests(const std::vector<store::HelpRequest>& help);
Result<std::vector<store::HelpRequest>> decode_help_requests(std::string_view body);

// "" gives {}. The detail: lower-case letters, digits and "_", at most 32 (invalid_input
// "not_detail" otherwise).
std::string encode_help_acknowledgement(std::string_view detail);
Result<std::string> decode_help_acknowledgement(std::string_view body);

std::string encode(const StaffEvents& e);
Result<StaffEvents> decode_staff_events(std::string_view body);

std::string encode(const reports::ItaReport& r);
Result<reports::ItaReport> decode_ita_report(std::string_view body);

std::string encode(const AuditPage& p);
Result<AuditPage> decode_audit_page(std::string_view body);

std::string encode(const store::AuditReport& r);
Result<store::AuditReport> decode_audit_report(std::string_view body);

}  // namespace siang::sync
