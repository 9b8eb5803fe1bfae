// Puts the console into a named screen for `--screenshot` (headless rendering only).
#pragma once

#include <optional>
#include <string>

#include "core/error.hpp"
#include "office/console/console_controller.hpp"

namespace siang::office {

struct ScreenshotRequest {
    // login, lock, lock-help, lock-help-printer, queue, queue-help-printer, queue-filtered, detail, detail-reissue, detail-new-code,
    // detail-saved, detail-long-note, stats, audit, users, kiosks, kiosks-enrol, server-down,
    // server-untrusted
    std::string screen;
    std::string user;  // username to render as; empty = the built-in administrator
    std::optional<domain::CaseNumber> case_number;  // detail: this case, else one from the queue
    bool scratch_store = false;  // the store is main()'s throwaway one (it may be written)
};

// Logs in without a password (ConsoleController::enter_for_screenshot) and opens the screen, on a
// store made for screenshots only (demo::made_for_screenshots): its users are demo users, and
// what it audits is nobody's real record. Errors: permission_denied for any other store and for
// an admin screen asked for with a user who is not an admin, not_found for an unknown --user
// or --case.
// `store` is the one `console`'s client reaches; it is read here for its mark, and written only
// when it is the throwaway one (a kiosk's help request for the *-help-printer screens).
Result<void> prepare_screenshot(ConsoleController& console, store::Store& store,
                                const ScreenshotRequest& request);

}  // namespace siang::office
