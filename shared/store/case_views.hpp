// What a staff member sees of a case (CaseDetail) and what a citizen sees at the kiosk
// (PublicStatus).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "domain/case_number.hpp"
#include "domain/kind.hpp"
#include "domain/status.hpp"
#include "domain/status_change.hpp"
#include "domain/submission.hpp"
#include "domain/thai_calendar.hpp"

namespace siang::store {

// An internal note; never shown at the kiosk.
struct Note {
    domain::TimePoint at{};
    std::string actor;
    std::string text;
};

// Everything filed and everything done since, for the staff console.
struct CaseDetail {
    domain::CaseNumber number;
    domain::Draft filed;  // kind, service, division (current), subject, details, location, contact
    domain::Status status = domain::Status::received;
    domain::TimePoint filed_at{};
    std::chrono::year_month_day due_date{};
    bool overdue = false;
    std::vector<domain::StatusChange> history;  // oldest first, starting with "received"
    std::vector<Note> notes;                    // oldest first
};

// One dated step of the public timeline.
struct TimelineEntry {
    domain::Status status = domain::Status::received;
    domain::TimePoint at{};
    std::string public_reply;  // may be empty
};

// Only what the kiosk may show for a tracking code (SPEC §4.8): never details, contact data,
// internal notes or who on the staff acted.
struct PublicStatus {
    domain::Kind kind = domain::Kind::suggestion;
    std::string service;   // service code; empty when none
    std::string division;  // handling division code
    domain::TimePoint filed_at{};
    std::chrono::year_month_day due_date{};
    domain::Status status = domain::Status::received;
    std::vector<TimelineEntry> timeline;  // oldest first
    std::string latest_public_reply;      // empty when the office has not replied yet
};

}  // namespace siang::store
