// siang-kiosk over the office server (`--outbox DIR`, SPEC §9): enrolment when asked or needed,
// then the citizen kiosk filing into the outbox with the uploader running behind it.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "i18n/catalog.hpp"
#include "ui/app_loop.hpp"

namespace siang::kiosk {

struct EnrolOption {
    std::string url;
    std::string code;
    std::string fingerprint;
};

// `--screenshot` of a kiosk on a real outbox (the GUI tests: a credential pointing at a server
// that is down): the sample visit is walked over the real ports and the uploader, the wait for
// the number and a lookup's answer taken in real time, then one PNG is written. `screen`:
// attract (with the sync indicator), receipt (a filing), track-unreachable and track-result (a
// code asked of the office: `track_code`, else a made-up valid one).
struct OfficeScreenshot {
    std::string png;
    std::string screen;
    int width = 1920;
    int height = 1080;
    std::string track_code;  // as a citizen would type it; never logged
    // Before the visit, up to this long for the uploader to send what waits (the test of a
    // server that came back); 0: not at all.
    std::chrono::seconds sync_wait{0};
};

// Runs the kiosk on the outbox in `dir` (made 0700 when missing) in `window` until it closes.
// With `enrol`, first exchanges the code for a credential and saves it (exit_network and a
// stderr line when that fails). Without a credential it shows the staff-only enrolment screen
// until the enrolment QR is scanned. Returns the process's exit status.
int run_office_kiosk(const std::string& dir, const std::optional<EnrolOption>& enrol,
                     const config::Config& config, ui::App& window, i18n::Lang lang,
                     bool larger_text, const std::optional<OfficeScreenshot>& shot = {});

// True when this build has the outbox and the office client (else --outbox says so and fails).
bool office_kiosk_available();

}  // namespace siang::kiosk
