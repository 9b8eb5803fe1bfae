// The Open311 GeoReport v2 wire format (issue 14, SPEC §13), written down once: the JSON of a
// service list, a service definition, a request list, a POST's answer and the error array, the
// form body of a POST and the W3C date-times the spec uses. No store, no HTTP.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/thai_calendar.hpp"

namespace siang::server::open311 {

// One entry of services.json. Siang's services are all "realtime" (a POST answers with the
// service_request_id at once) without extra attributes (metadata false).
struct ServiceEntry {
    std::string code;
    std::string name;         // Thai, as the office names it
    std::string description;  // English name
    std::string group;        // the kind, in English
    std::vector<std::string> keywords;
};

// One entry of requests.json / requests/{id}.json. Only public data: never the description a
// citizen typed, the address, contact data or internal notes (SPEC §4.8, §13).
struct RequestEntry {
    std::string service_request_id;  // the case number
    bool open = true;
    std::string status_notes;  // the office's latest public reply; "" → null
    std::string service_name;
    std::string service_code;
    std::string agency_responsible;  // the division's name; "" → null
    domain::TimePoint requested{};
    domain::TimePoint updated{};
    domain::TimePoint expected{};  // the due date, 16:30 Bangkok time
};

// One {code, description} of the spec's error array.
struct ErrorEntry {
    int code = 400;
    std::string description;
};

std::string encode_services(const std::vector<ServiceEntry>& services);
// A service definition: {"service_code": CODE, "attributes": []}.
std::string encode_definition(std::string_view code);
std::string encode_requests(const std::vector<RequestEntry>& requests);
// [{"service_request_id": ID}]: a POST's answer (no token: the id is given at once; no
// service_notice, account_id: Siang has none).
std::string encode_created(std::string_view service_request_id);
std::string encode_errors(const std::vector<ErrorEntry>& errors);

// "2026-12-02T21:30:00+07:00": the spec's W3C date-time, in Bangkok time.
std::string format_w3c(domain::TimePoint t);
// Parses "YYYY-MM-DDTHH:MM:SS" followed by "Z" or "±HH:MM" (fractions of a second dropped),
// or a bare "YYYY-MM-DD" (midnight, Bangkok time). nullopt for anything else.
std::optional<domain::TimePoint> parse_w3c(std::string_view s);

// Decodes an application/x-www-form-urlencoded body ('+' as space, %XX). nullopt for a malformed
// escape, a NUL byte, a key given twice, or more than `max_fields` fields.
std::optional<std::map<std::string, std::string>> decode_form(std::string_view body,
                                                              std::size_t max_fields = 64);

// The comma-separated list of a filter ("a,b"), empty items dropped.
std::vector<std::string> split_list(std::string_view s);

}  // namespace siang::server::open311
