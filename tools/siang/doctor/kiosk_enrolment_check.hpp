// `siang doctor` on a kiosk: is its outbox enrolled, and does the office still accept it?
#pragma once

#include <string>

#include "doctor/doctor_checks.hpp"

namespace siang::cli::doctor {

// Skipped when `outbox_dir` is empty. Fails: no outbox or no credential in it (not enrolled), the
// office unreachable or showing another certificate than the pinned one, the credential refused
// (a revoked or removed kiosk, named by the name the office gave it). Warns: filings the outbox
// set aside (quarantined). Asks with one heartbeat, the kiosk's own authenticated request, which
// the office records as this kiosk's last contact and backlog (what the kiosk sends every minute).
Row check_kiosk_enrolment(const std::string& outbox_dir);

}  // namespace siang::cli::doctor
