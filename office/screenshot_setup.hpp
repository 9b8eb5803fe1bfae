// Puts the console into a named screen for `--screenshot` (headless rendering only).
#pragma once

#include <optional>
#include <string>

#include "core/error.hpp"
#include "office/console/console_controller.hpp"

namespace siang::office {

struct ScreenshotRequest {
    // login, lock, lock-help, queue, queue-filtered, detail, detail-reissue, detail-new-code,
    // detail-saved, detail-long-note, stats, audit, users
    std::string screen;
    std::string user;  // username to render as; empty = the built-in administrator
    std::optional<domain::CaseNumber> case_number;
    bool scratch_store = false;  // the store is main()'s throwaway one (it may be written)  //
                                 // detail: this case, else one from the queue
};

// Logs in without a password (ConsoleSession::enter_for_screenshot) and opens the screen.
// Errors: not_found for an unknown --user or --case, permission_denied for an admin screen
// asked for with a user who is not an admin.
Result<void> prepare_screenshot(ConsoleController& console, const ScreenshotRequest& request);

}  // namespace siang::office
